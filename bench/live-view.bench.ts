// Benchmark, not a test: feeds the live view hundreds of observations a second and prints the redraw rate,
// the CPU the process spends and the bytes written to the (discarded) terminal. `npm run bench:live`.
import { Writable } from "node:stream";
import type { Observation, PodSnapshot } from "../src/model/observation.ts";
import type { Scenario } from "../src/model/scenario.ts";
import { liveView } from "../src/live/live-view.ts";

const STATUSES = ["ContainerCreating", "Running", "Error", "CrashLoopBackOff", "ErrImagePull", "ImagePullBackOff"];
const PODS = 20;
const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 3);

const scenario: Scenario = {
  id: "bench", name: "bench", file: "bench.yaml", description: "", tags: [], templates: [], matrixValues: {}, images: [], setup: [],
  steps: Array.from({ length: 8 }, (_, i) => ({ type: "action" as const, action: { kind: "sleep" as const, ms: 0 }, description: `step ${i + 1}` })),
  never: [], timeouts: { scenarioMs: 60_000, stepMs: 1000, cleanupMs: 1000 }, changesNodes: false,
};

function pod(i: number, n: number): PodSnapshot {
  const status = STATUSES[(i + n) % STATUSES.length] ?? "Running";
  return {
    uid: `uid-${i}`, name: `web-${i}`, namespace: "bench", labels: {}, phase: "Running", status, readyColumn: "0/1", ready: false,
    restarts: n, deleting: false, conditions: [], initContainers: [],
    containers: [{ name: "app", init: false, image: "busybox", state: status === "Running" ? "running" : "waiting", reason: status, ready: false, restartCount: n }],
  };
}

async function measure(rate: number): Promise<void> {
  let bytes = 0;
  const terminal = Object.assign(new Writable({ write(chunk: Buffer, _e, done) { bytes += chunk.length; done(); } }), { columns: 140, rows: 50, isTTY: true });
  const view = liveView({ stdout: terminal });
  const started = Date.now();
  await view.runStarted?.({ runId: "bench", startedAt: new Date().toISOString(), cluster: { context: "bench", server: "", serverVersion: "v0", nodeCount: 1, flavour: "other" }, scenarios: [scenario], reportDir: "" });
  await view.scenarioStarted?.(scenario, "bench");
  const cpu = process.cpuUsage();
  const total = rate * SECONDS;
  for (let seq = 0; seq < total; seq++) {
    const t = Date.now() - started;
    const observation: Observation = seq % 3 === 2
      ? { seq, t, at: new Date().toISOString(), kind: "event", change: "added", event: { uid: `e${seq}`, type: "Warning", reason: "BackOff", message: `back-off ${seq}`, object: { kind: "Pod", name: `web-${seq % PODS}` }, count: 1 } }
      : { seq, t, at: new Date().toISOString(), kind: "pod", change: "modified", pod: pod(seq % PODS, Math.floor(seq / PODS)), changed: ["status"] };
    view.observed?.(scenario, observation);
    if (seq % 500 === 0) await view.stepStarted?.(scenario, (seq / 500) % 8, scenario.steps[0] as Scenario["steps"][number]);
    // Pace the feed: wait until this event's slot in wall time.
    const due = started + ((seq + 1) * 1000) / rate;
    const wait = due - Date.now();
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
  }
  const elapsed = (Date.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { redraws, events } = view.stats();
  await view.runFinished?.({ format: "kubetrial-results", version: 1, runId: "bench", kubetrialVersion: "", startedAt: "", finishedAt: "", durationMs: 0, cluster: { context: "", server: "", serverVersion: "", nodeCount: 0, flavour: "" }, summary: { passed: 0, failed: 0, errored: 0, skipped: 0, total: 0 }, scenarios: [] });
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${String(rate).padStart(5)} events/s offered: ${(events / elapsed).toFixed(0).padStart(5)} applied/s, ${(redraws / elapsed).toFixed(1).padStart(5)} redraws/s, ` +
    `CPU ${(cpuMs / elapsed / 10).toFixed(1).padStart(5)}% of one core (${(cpuMs / Math.max(1, redraws)).toFixed(2)} ms per redraw incl. event handling), ${(bytes / elapsed / 1024).toFixed(0)} KiB/s to the terminal`);
}

console.log(`live view benchmark: ${PODS} pods, ${SECONDS} s per rate, redraws capped at 15/s`);
for (const rate of [100, 300, 1000, 3000]) await measure(rate);
