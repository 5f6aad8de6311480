// Renders a run of 1,000 scenarios (the sample scenarios, repeated) and prints render time and file sizes.
// A benchmark that prints figures, not a timed test: `npm run bench:report`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ScenarioResult } from "../src/model/result.ts";
import { renderHtml } from "../src/report/html.ts";
import { renderJson } from "../src/report/json.ts";
import { renderJunit } from "../src/report/junit.ts";
import { writeReports } from "../src/report/write.ts";
import { sampleRun, sampleScenarios } from "../test/fixtures/report/sample-run.ts";

const COUNT = Number(process.argv[2] ?? 1000);
const templates = sampleScenarios();
const scenarios: ScenarioResult[] = Array.from({ length: COUNT }, (_, i) => {
  const s = templates[i % templates.length] as ScenarioResult;
  return { ...s, id: `${s.id}-${i}`, name: `${s.name}-${i}`, file: `scenarios/bench/${s.id}-${Math.floor(i / 3)}.yaml` };
});
const run = sampleRun(scenarios);
const observations = scenarios.reduce((n, s) => n + s.timeline.length, 0);

function time<T>(label: string, fn: () => T): T {
  const start = performance.now();
  const out = fn();
  const ms = performance.now() - start;
  const size = typeof out === "string" ? `  ${(Buffer.byteLength(out) / 1024 / 1024).toFixed(2)} MiB` : "";
  console.log(`${label.padEnd(18)} ${ms.toFixed(0).padStart(6)} ms${size}`);
  return out;
}

console.log(`${COUNT} scenarios, ${observations} observations`);
time("html (cold)", () => renderHtml(run));
time("html", () => renderHtml(run));
time("junit.xml", () => renderJunit(run));
time("results.json", () => renderJson(run));
const dir = mkdtempSync(join(tmpdir(), "kubetrial-bench-"));
const start = performance.now();
await writeReports(run, dir);
console.log(`${"writeReports".padEnd(18)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  (redact + render + write all three)`);
rmSync(dir, { recursive: true, force: true });
