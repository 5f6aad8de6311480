// A small typed wrapper over the `kind` CLI (the design card's "kind-runner", which npm does not have).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { ClusterError } from "../model/errors.ts";
import { explainKindFailure } from "./kind-errors.ts";
import { kindConfig } from "./kind-config.ts";

const CREATE_TIMEOUT_MS = 10 * 60_000;
const QUICK_TIMEOUT_MS = 60_000;

export interface KindOptions {
  /** The kind binary; KUBETRIAL_KIND or `kind` on PATH. */
  binary?: string;
}

export const kindArgs = {
  getClusters: (): string[] => ["get", "clusters"],
  create: (name: string, configPath: string, image?: string): string[] =>
    ["create", "cluster", "--name", name, "--config", configPath, "--wait", "120s", ...(image ? ["--image", image] : [])],
  delete: (name: string): string[] => ["delete", "cluster", "--name", name],
  kubeconfig: (name: string): string[] => ["get", "kubeconfig", "--name", name],
  loadArchive: (name: string, archive: string): string[] => ["load", "image-archive", archive, "--name", name],
  loadImage: (name: string, image: string): string[] => ["load", "docker-image", image, "--name", name],
};

export class Kind {
  readonly binary: string;

  constructor(options: KindOptions = {}) {
    this.binary = options.binary ?? process.env["KUBETRIAL_KIND"] ?? "kind";
  }

  private async run(action: string, args: string[], clusterName: string, timeout = QUICK_TIMEOUT_MS): Promise<string> {
    const result = await execa(this.binary, args, { reject: false, timeout, all: true });
    if (result.failed && result.code === "ENOENT") {
      throw new ClusterError(`kind is not installed (looked for "${this.binary}")`,
        "install it (go install sigs.k8s.io/kind@v0.33.0, or bash tools/kind/build.sh), or set KUBETRIAL_KIND, or use --kubeconfig/--context");
    }
    if (result.timedOut) throw new ClusterError(`kind ${action} did not finish within ${Math.round(timeout / 1000)} s`);
    if (result.exitCode !== 0) throw explainKindFailure(action, result.all ?? "", clusterName);
    return result.stdout;
  }

  async clusters(): Promise<string[]> {
    return (await this.run("get clusters", kindArgs.getClusters(), "")).split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("No kind clusters"));
  }

  async create(name: string, image?: string): Promise<void> {
    const configPath = join(mkdtempSync(join(tmpdir(), "kubetrial-kind-")), "cluster.yaml");
    writeFileSync(configPath, kindConfig());
    await this.run("create cluster", kindArgs.create(name, configPath, image), name, CREATE_TIMEOUT_MS);
  }

  async delete(name: string): Promise<void> {
    await this.run("delete cluster", kindArgs.delete(name), name);
  }

  async kubeconfig(name: string): Promise<string> {
    return this.run("get kubeconfig", kindArgs.kubeconfig(name), name);
  }

  async loadImageArchive(name: string, archive: string): Promise<void> {
    await this.run("load image-archive", kindArgs.loadArchive(name, archive), name, CREATE_TIMEOUT_MS);
  }

  async loadDockerImage(name: string, image: string): Promise<void> {
    await this.run("load docker-image", kindArgs.loadImage(name, image), name, CREATE_TIMEOUT_MS);
  }
}
