// Live events: every reporter hook call as one JSON-serialisable record. They travel to live.jsonl,
// to `serve`'s browsers and into the view state, so a running, followed or replayed run looks the same.
import type { ClusterInfo, RunSummary, ScenarioResult, ScenarioVerdict, StepResult, ClaimVerdict } from "../model/result.ts";
import type { Observation } from "../model/observation.ts";
import type { RunReporter } from "../model/reporter.ts";
import type { Scenario, Step } from "../model/scenario.ts";

export const LIVE_FORMAT = "kubetrial-live";
export const LIVE_VERSION = 1;

/** What the live view needs of a scenario: its steps in words. */
export interface ScenarioOutline {
  id: string;
  name: string;
  description: string;
  steps: { type: Step["type"]; description: string }[];
}

export interface ScenarioEnd {
  verdict: ScenarioVerdict;
  claimVerdict?: ClaimVerdict;
  durationMs: number;
  setup: StepResult[];
  steps: StepResult[];
  error?: string;
  cleanup: ScenarioResult["cleanup"];
}

type Body =
  | { hook: "runStarted"; format: typeof LIVE_FORMAT; version: typeof LIVE_VERSION; runId: string; startedAt: string; cluster: ClusterInfo; scenarios: ScenarioOutline[] }
  | { hook: "scenarioStarted"; scenario: ScenarioOutline; namespace: string }
  | { hook: "stepStarted"; scenarioId: string; index: number }
  | { hook: "stepFinished"; scenarioId: string; result: StepResult }
  | { hook: "observed"; scenarioId: string; observation: Observation }
  | { hook: "confirmAction"; scenarioId: string; description: string }
  | ({ hook: "scenarioFinished"; scenarioId: string } & ScenarioEnd)
  | { hook: "runFinished"; finishedAt: string; durationMs: number; summary: RunSummary };

/** `at`: wall-clock time of the hook call, ISO 8601. */
export type LiveEvent = Body & { at: string };
export type LiveHook = LiveEvent["hook"];

export function outline(scenario: Scenario): ScenarioOutline {
  return {
    id: scenario.id,
    name: scenario.name,
    description: scenario.description,
    steps: scenario.steps.map((s) => ({ type: s.type, description: s.description })),
  };
}

export function scenarioEnd(result: ScenarioResult): ScenarioEnd {
  return {
    verdict: result.verdict,
    ...(result.claimVerdict ? { claimVerdict: result.claimVerdict } : {}),
    durationMs: result.durationMs,
    setup: result.setup,
    steps: result.steps,
    ...(result.error ? { error: result.error } : {}),
    cleanup: result.cleanup,
  };
}

/**
 * A reporter that turns each hook call into a LiveEvent for `sink`. Its confirmAction never blocks
 * (it only records that an action waits), so put it before the step-mode reporter.
 */
export function eventsReporter(sink: (event: LiveEvent) => void, now: () => Date = () => new Date()): RunReporter {
  const emit = (body: Body): void => sink({ ...body, at: now().toISOString() });
  return {
    runStarted(run) {
      emit({ hook: "runStarted", format: LIVE_FORMAT, version: LIVE_VERSION, runId: run.runId, startedAt: run.startedAt, cluster: run.cluster, scenarios: run.scenarios.map(outline) });
    },
    scenarioStarted(scenario, namespace) {
      emit({ hook: "scenarioStarted", scenario: outline(scenario), namespace });
    },
    stepStarted(scenario, index) {
      emit({ hook: "stepStarted", scenarioId: scenario.id, index });
    },
    stepFinished(scenario, result) {
      emit({ hook: "stepFinished", scenarioId: scenario.id, result });
    },
    observed(scenario, observation) {
      emit({ hook: "observed", scenarioId: scenario.id, observation });
    },
    confirmAction(scenario, description) {
      emit({ hook: "confirmAction", scenarioId: scenario.id, description });
      return Promise.resolve(true);
    },
    scenarioFinished(result) {
      emit({ hook: "scenarioFinished", scenarioId: result.id, ...scenarioEnd(result) });
    },
    runFinished(result) {
      emit({ hook: "runFinished", finishedAt: result.finishedAt, durationMs: result.durationMs, summary: result.summary });
    },
  };
}

const HOOKS: ReadonlySet<string> = new Set<LiveHook>(["runStarted", "scenarioStarted", "stepStarted", "stepFinished", "observed", "confirmAction", "scenarioFinished", "runFinished"]);

/** Parses one line of live.jsonl; undefined for a torn or foreign line (a reader skips it). */
export function parseLiveLine(line: string): LiveEvent | undefined {
  if (!line.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const hook = (value as { hook?: unknown }).hook;
  return typeof hook === "string" && HOOKS.has(hook) ? (value as LiveEvent) : undefined;
}
