// Timelines recorded on the real cluster (test/fixtures/recorded/README.md says how).
import { readFileSync } from "node:fs";
import type { Observation } from "../../../src/model/observation.ts";
import type { RunResult } from "../../../src/model/result.ts";

export function recordedTimeline(file: string, scenario: string): Observation[] {
  const run = JSON.parse(readFileSync(new URL(`../../fixtures/recorded/${file}`, import.meta.url), "utf8")) as RunResult;
  const found = run.scenarios.find((s) => s.id === scenario);
  if (!found) throw new Error(`no scenario ${scenario} in ${file}`);
  return found.timeline;
}
