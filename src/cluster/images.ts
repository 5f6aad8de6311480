// Images that scenarios declare (`images:`), loaded into a kind cluster's nodes before the run: from kubetrial's own
// image archives when one holds the image (`npm run images` builds them), else from the local Docker engine.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Scenario } from "../model/scenario.ts";
import type { Kind } from "./kind.ts";

export function declaredImages(scenarios: Scenario[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.images))].sort();
}

export function archiveDir(): string {
  return process.env["KUBETRIAL_IMAGES"] ?? "/var/cache/kubetrial/images/archives";
}

/** `reference archive` lines of the archive folder's index.txt. Pure apart from reading it. */
export function archiveIndex(dir: string): Map<string, string> {
  const file = join(dir, "index.txt");
  if (!existsSync(file)) return new Map();
  const entries = readFileSync(file, "utf8").split("\n").map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2);
  return new Map(entries.map(([ref, tar]) => [ref as string, join(dir, tar as string)]));
}

export interface LoadPlan {
  image: string;
  from: "archive" | "docker";
  archive?: string;
}

export function planImageLoads(images: string[], index: Map<string, string>): LoadPlan[] {
  return images.map((image) => {
    const archive = index.get(image) ?? index.get(image.replace(/^docker\.io\/library\//, ""));
    return archive ? { image, from: "archive", archive } : { image, from: "docker" };
  });
}

/** Loads every declared image into the kind cluster's nodes; returns what was loaded, for the report. */
export async function loadImagesIntoKind(kind: Kind, cluster: string, images: string[], dir: string = archiveDir()): Promise<string[]> {
  const loaded: string[] = [];
  for (const plan of planImageLoads(images, archiveIndex(dir))) {
    if (plan.from === "archive" && plan.archive) await kind.loadImageArchive(cluster, plan.archive);
    else await kind.loadDockerImage(cluster, plan.image);
    loaded.push(`${plan.image} (${plan.from === "archive" ? `archive ${plan.archive}` : "local Docker image"})`);
  }
  return loaded;
}
