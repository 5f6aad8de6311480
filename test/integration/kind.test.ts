// The real kind CLI (built from the Go module proxy by tools/kind/build.sh) and a real Docker engine
// (tools/kind/ensure-docker.sh). These machines reach no registry, so creating a cluster from the public node image
// fails at the pull: what is shown is that kubetrial drives kind, reports each failure well and leaves nothing behind.
import { expect } from "chai";
import { existsSync } from "node:fs";
import { execa } from "execa";
import { KIND_NODE_IMAGE } from "../../src/cluster/kind-config.ts";
import { kubetrial } from "./support/cli.ts";

const KIND = `${process.env["KUBETRIAL_CACHE"] ?? "/var/cache/kubetrial"}/bin/kind-v0.33.0/kind`;

describe("kind (real CLI)", function () {
  this.timeout(60_000);

  before(function () {
    if (!existsSync(KIND)) this.skip();
  });

  it("is the real kind v0.33.0", async () => {
    const result = await execa(KIND, ["version"]);
    expect(result.stdout).to.match(/^kind v0\.33\.0 /);
  });

  it("reports a missing Docker engine with exit code 3 and what to do, for status and for run", async () => {
    // a socket where no engine listens stands for a stopped engine
    const env = { KUBETRIAL_KIND: KIND, DOCKER_HOST: "unix:///nonexistent/docker.sock" };
    const status = await execa("node", ["src/cli/main.ts", "cluster", "status"], { reject: false, env, extendEnv: true });
    expect(status.exitCode).to.equal(3);
    expect(status.stderr).to.contain("the Docker engine is not running");
    const run = await execa("node", ["src/cli/main.ts", "run", "scenarios/mission"], { reject: false, env: { ...env, KUBECONFIG: "" }, extendEnv: true });
    expect(run.exitCode).to.equal(3);
    expect(run.stderr).to.contain("hint: start Docker");
  });

  it("reports a node image that cannot be pulled (exit 3), and leaves no container or cluster behind", async function () {
    this.timeout(300_000);
    const docker = await execa("docker", ["info"], { reject: false });
    if (docker.exitCode !== 0) {
      if (process.env["KUBETRIAL_REQUIRE_CLUSTER"] === "1") throw new Error("no Docker engine: run tools/kind/ensure-docker.sh");
      this.skip();
    }
    const result = await execa("node", ["src/cli/main.ts", "cluster", "up", "--name", "kubetrial-pulltest"], { reject: false, env: { KUBETRIAL_KIND: KIND } });
    expect(result.exitCode, result.stderr).to.equal(3);
    expect(result.stderr).to.contain("the node image could not be pulled");
    expect(result.stderr).to.contain(KIND_NODE_IMAGE);
    expect(result.stderr).to.contain("preload the node image");
    expect((await execa(KIND, ["get", "clusters"], { all: true })).all).to.not.contain("kubetrial-pulltest");
    expect((await execa("docker", ["ps", "-a", "--filter", "label=io.x-k8s.kind.cluster=kubetrial-pulltest", "-q"])).stdout).to.equal("");
  });

  it("says when kind itself is missing", async () => {
    const result = await kubetrial(["cluster", "status"], { env: { KUBETRIAL_KIND: "/nonexistent/kind" } });
    expect(result.exitCode).to.equal(3);
    expect(result.all).to.contain("kind is not installed");
  });
});
