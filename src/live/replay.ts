// Replaying a recorded run: its hook calls rebuilt from results.json and played at a chosen speed through
// any reporters (live view, plain lines, step mode, serve's feed), as if the run were happening now.
import type { RunReporter } from "../model/reporter.ts";
import type { RunResult, ScenarioResult } from "../model/result.ts";
import type { Scenario, Step } from "../model/scenario.ts";
import { reporterHub } from "../runner/reporter-hub.ts";

type Hub = Required<RunReporter>;

export interface ReplayCall {
  /** Milliseconds since the run began. */
  at: number;
  /** Resolves false when a step-mode presenter aborts. */
  play(hub: Hub): Promise<boolean | void> | boolean | void;
}

/**
 * results.json keeps steps as words, not as the scenario's actions and expectations: the Scenario given to
 * reporters carries those words in placeholder steps (an action that does nothing, an expectation on events).
 */
export function scenarioFromResult(result: ScenarioResult): Scenario {
  const steps: Step[] = result.steps.map((s): Step => s.type === "expect"
    ? { type: "expect", expectation: { kind: "event" }, timeoutMs: s.endT - s.startT, description: s.description }
    : { type: "action", action: { kind: "sleep", ms: 0 }, description: s.description });
  return {
    id: result.id, name: result.name, file: result.file, description: result.description, tags: result.tags,
    ...(result.runbook ? { runbook: result.runbook } : {}),
    ...(result.environmentNote ? { environmentNote: result.environmentNote } : {}),
    templates: [], matrixValues: result.matrixValues, images: result.imagesLoaded, setup: [], steps, never: [],
    timeouts: { scenarioMs: result.durationMs, stepMs: 0, cleanupMs: result.cleanup.durationMs }, changesNodes: false,
  };
}

/** The run's hook calls in the order and at the times they happened (scenarios interleaved as they ran). */
export function replayPlan(run: RunResult): ReplayCall[] {
  const runStart = Date.parse(run.startedAt);
  const scenarios = run.scenarios.filter((s) => s.verdict !== "skipped" || s.timeline.length > 0);
  const byId = new Map(run.scenarios.map((s) => [s.id, scenarioFromResult(s)]));
  const calls: ReplayCall[] = [{ at: 0, play: (hub) => hub.runStarted({ runId: run.runId, startedAt: run.startedAt, cluster: run.cluster, scenarios: [...byId.values()], reportDir: "" }) }];
  for (const result of scenarios) {
    const scenario = byId.get(result.id);
    if (!scenario) continue;
    const base = Math.max(0, Date.parse(result.startedAt) - runStart) || 0;
    const hooks: (ReplayCall & { finish?: boolean })[] = [{ at: 0, play: (hub) => hub.scenarioStarted(scenario, result.namespace) }];
    for (const step of result.setup) hooks.push({ at: step.startT, play: (hub) => hub.confirmAction(scenario, step.description) });
    for (const step of result.steps) {
      if (step.verdict === "skipped") continue;
      hooks.push({ at: step.startT, play: (hub) => hub.stepStarted(scenario, step.index, scenario.steps[step.index] ?? scenario.steps[0] as Step) });
      if (step.type === "action") hooks.push({ at: step.startT, play: (hub) => hub.confirmAction(scenario, step.description) });
      hooks.push({ at: step.endT, finish: true, play: (hub) => hub.stepFinished(scenario, step) });
    }
    hooks.push({ at: result.durationMs, finish: true, play: (hub) => hub.scenarioFinished(result) });
    const observed = result.timeline.map((o): ReplayCall => ({ at: o.t, play: (hub) => hub.observed(scenario, o) }));
    hooks.sort((a, b) => a.at - b.at);
    const own = mergeInOrder(hooks, observed);
    // one by one: spreading a long timeline into push() or Math.max() overflows the call stack
    for (const c of own) calls.push({ at: c.at + base, play: c.play });
  }
  const end = calls.reduce((latest, c) => Math.max(latest, c.at), run.durationMs || 0);
  calls.sort((a, b) => a.at - b.at);
  calls.push({ at: end, play: (hub) => hub.runFinished(run) });
  return calls;
}

/**
 * Merges the step hooks and the observations, each already in order. On a tie an observation goes before a
 * step's end (it is what ended the step) and after a step's start.
 */
function mergeInOrder(hooks: (ReplayCall & { finish?: boolean })[], observed: ReplayCall[]): ReplayCall[] {
  const out: ReplayCall[] = [];
  let i = 0;
  let j = 0;
  while (i < hooks.length || j < observed.length) {
    const h = hooks[i];
    const o = observed[j];
    const takeHook = h !== undefined && (o === undefined || h.at < o.at || (h.at === o.at && !h.finish));
    if (takeHook) { out.push(h); i += 1; } else if (o) { out.push(o); j += 1; }
  }
  return out;
}

export interface ReplayOptions {
  /** Recorded milliseconds per wall millisecond; Infinity plays at once. */
  speed: number;
  signal?: AbortSignal;
  onReporterError?: (message: string) => void;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> => new Promise((resolve) => {
  if (signal?.aborted || ms <= 0) return resolve();
  const timer = setTimeout(done, ms);
  function done(): void {
    clearTimeout(timer);
    signal?.removeEventListener("abort", done);
    resolve();
  }
  signal?.addEventListener("abort", done, { once: true });
});

/** Plays the run; resolves "aborted" when a presenter pressed q or the signal fired. */
export async function playReplay(run: RunResult, reporters: RunReporter[], options: ReplayOptions): Promise<"finished" | "aborted"> {
  const hub = reporterHub(reporters, options.onReporterError ?? ((m) => process.stderr.write(`${m}\n`)));
  const plan = replayPlan(run);
  let wallStart = Date.now();
  for (const call of plan) {
    if (options.signal?.aborted) return "aborted";
    if (Number.isFinite(options.speed)) await sleep(wallStart + call.at / options.speed - Date.now(), options.signal);
    const before = Date.now();
    const answer = await call.play(hub);
    // Time spent waiting for the presenter is not part of the recording.
    wallStart += Date.now() - before;
    if (answer === false) return "aborted";
  }
  return "finished";
}
