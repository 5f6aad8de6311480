// One scenario's phases: namespace, recorder, setup, apply, steps, invariants, evidence, cleanup.
// The only place (with run.ts) that wires cluster access, recording, actions and cleanup together.
import { stringify } from "yaml";
import type { ActionStep, RenderedManifest, Scenario, Step } from "../model/scenario.ts";
import type { InvariantResult, NotApplicable, ScenarioResult, StepResult } from "../model/result.ts";
import type { RunReporter } from "../model/reporter.ts";
import type { KubeClients } from "../k8s/clients.ts";
import { createNamespace, deleteNamespace, namespaceName } from "../k8s/namespaces.ts";
import { Recorder } from "../recorder/recorder.ts";
import { Timeline } from "../recorder/timeline.ts";
import { claimVerdict, scenarioVerdict } from "./verdicts.ts";
import { describeAction, performAction, type ActionContext } from "./actions.ts";
import { collectEvidence } from "./evidence.ts";
import type { Journal } from "./journal.ts";
import { NodeChanges } from "./node-changes.ts";
import { checkInvariants, waitForExpectation } from "./wait.ts";
import { renderForRun } from "./render.ts";
import { applicableOnly } from "./applicable.ts";
import { namedFeatureGates, type ClusterFacts } from "../scenario/conditions.ts";

export interface ScenarioRunOptions {
  clients: KubeClients;
  runId: string;
  journal: Journal;
  faultNode: string;
  templatesDir: string;
  keepOnFailure: boolean;
  reporter: RunReporter;
  /** Aborted on Ctrl-C / SIGTERM: stop waiting, clean up, report what was seen. */
  signal: AbortSignal;
  /** Stops the whole run (step mode's `q`). */
  abortRun: () => void;
  /** What `when:` conditions are judged on. */
  facts: ClusterFacts;
}

interface Progress {
  steps: StepResult[];
  setup: StepResult[];
  /** Where the next expectation starts looking. */
  cursor: number;
  /**
   * Where the next event expectation starts looking: after the last action and the last matched event. Events and pod
   * updates arrive on separate watch streams with no order between them, so an event is never required to come after
   * a pod state seen on the other stream, only after what caused it.
   */
  eventCursor: number;
  failed: boolean;
}

export async function runScenario(scenario: Scenario, options: ScenarioRunOptions): Promise<ScenarioResult> {
  const namespace = namespaceName(scenario.id, options.runId);
  const started = Date.now();
  const timeline = new Timeline(started);
  timeline.subscribe((observation) => options.reporter.observed?.(scenario, observation));
  const nodeChanges = new NodeChanges(options.clients, options.journal);
  const progress: Progress = { steps: [], setup: [], cursor: 0, eventCursor: 0, failed: false };
  const scenarioAbort = new AbortController();
  const onAbort = (): void => scenarioAbort.abort();
  options.signal.addEventListener("abort", onAbort, { once: true });
  const deadline = setTimeout(() => scenarioAbort.abort(), scenario.timeouts.scenarioMs);

  let manifests: RenderedManifest[] = [];
  let invariants: InvariantResult[] = [];
  let error: string | undefined;
  let notApplicable: NotApplicable[] = [];
  let recorder: Recorder | undefined;
  let evidence: Awaited<ReturnType<typeof collectEvidence>> = { logs: [], finalObjects: "" };

  await options.reporter.scenarioStarted?.(scenario, namespace);
  try {
    const { rendered, notApplicable: left } = applicableOnly(
      renderForRun(scenario, { namespace, runId: options.runId, scenario: scenario.id, node: options.faultNode }, options.templatesDir), options.facts);
    notApplicable = left;
    manifests = rendered.manifests;
    options.journal.write({ type: "namespace", name: namespace });
    await createNamespace(options.clients, namespace, options.runId, scenario.id);
    recorder = new Recorder(options.clients, namespace, timeline);
    await recorder.start();

    const actionContext: ActionContext = {
      clients: options.clients, namespace, faultNode: options.faultNode, nodeChanges, manifests, signal: scenarioAbort.signal,
    };
    for (const [index, step] of rendered.setup.entries()) {
      const result = await runAction(scenario, step, index, "setup", actionContext, timeline, options);
      progress.setup.push(result);
      if (result.verdict !== "passed") { progress.failed = true; break; }
    }
    if (!progress.failed && !rendered.steps.some((s) => s.type === "action" && s.action.kind === "apply")) {
      const apply: ActionStep = { type: "action", action: { kind: "apply" }, description: "apply the scenario's manifests" };
      const result = await runAction(scenario, apply, progress.setup.length, "setup", actionContext, timeline, options);
      progress.setup.push(result);
      progress.failed = result.verdict !== "passed";
    }
    progress.cursor = timeline.observations.length;
    progress.eventCursor = progress.setup[progress.setup.length - 1]?.evidence[0] ?? 0;
    const invariantsFrom = progress.cursor;
    if (!progress.failed) await runSteps(scenario, rendered.steps, actionContext, timeline, progress, options, scenarioAbort.signal);
    invariants = checkInvariants(timeline.observations, rendered.never, invariantsFrom);
    evidence = await collectEvidence(options.clients, namespace, timeline.observations);
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  } finally {
    clearTimeout(deadline);
    options.signal.removeEventListener("abort", onAbort);
  }

  const verdict = scenarioVerdict({ error, steps: [...progress.setup, ...progress.steps], invariants, interrupted: options.signal.aborted });
  const cleanup = await cleanUp(options, namespace, nodeChanges, recorder, options.keepOnFailure && verdict !== "passed", scenario);
  const result: ScenarioResult = {
    id: scenario.id,
    name: scenario.name,
    file: scenario.file,
    description: scenario.description,
    tags: scenario.tags,
    ...(scenario.runbook ? { runbook: scenario.runbook } : {}),
    ...(scenario.environmentNote ? { environmentNote: scenario.environmentNote } : {}),
    matrixValues: scenario.matrixValues,
    namespace,
    verdict,
    ...(scenario.runbook ? { claimVerdict: claimVerdict(verdict, scenario.runbook) } : {}),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    setup: progress.setup,
    steps: progress.steps,
    invariants,
    timeline: timeline.observations,
    manifests: manifestsText(manifests),
    finalObjects: evidence.finalObjects,
    logs: evidence.logs,
    imagesLoaded: [],
    ...(error ? { error } : {}),
    cleanup,
    ...(notApplicable.length ? { notApplicable } : {}),
    ...(scenarioGates(scenario, options.facts)),
  };
  await options.reporter.scenarioFinished?.(result);
  return result;
}

async function runSteps(
  scenario: Scenario,
  steps: Step[],
  ctx: ActionContext,
  timeline: Timeline,
  progress: Progress,
  options: ScenarioRunOptions,
  signal: AbortSignal,
): Promise<void> {
  for (const [index, step] of steps.entries()) {
    if (progress.failed || signal.aborted) {
      progress.steps.push({ index, type: step.type, description: step.description, verdict: "skipped", startT: timeline.elapsed(), endT: timeline.elapsed(), evidence: [] });
      continue;
    }
    await options.reporter.stepStarted?.(scenario, index, step);
    let result: StepResult;
    if (step.type === "expect") {
      const startT = timeline.elapsed();
      const isEvent = step.expectation.kind === "event";
      const from = isEvent ? progress.eventCursor : progress.cursor;
      const outcome = await waitForExpectation(timeline, step.expectation, from, step.timeoutMs, signal);
      result = { index, type: "expect", description: step.description, startT, endT: timeline.elapsed(), ...outcome.result };
      if (outcome.nextCursor !== undefined) {
        if (isEvent) progress.eventCursor = outcome.nextCursor;
        progress.cursor = Math.max(progress.cursor, outcome.nextCursor);
      }
    } else {
      result = await runAction(scenario, step, index, "action", ctx, timeline, options);
      progress.cursor = result.evidence[0] ?? progress.cursor;
      progress.eventCursor = progress.cursor;
    }
    if (result.verdict !== "passed") progress.failed = true;
    progress.steps.push(result);
    await options.reporter.stepFinished?.(scenario, result);
  }
}

async function runAction(
  scenario: Scenario,
  step: ActionStep,
  index: number,
  type: "setup" | "action",
  ctx: ActionContext,
  timeline: Timeline,
  options: ScenarioRunOptions,
): Promise<StepResult> {
  const description = describeAction(step.action, options.faultNode);
  const startT = timeline.elapsed();
  if (options.reporter.confirmAction && !(await options.reporter.confirmAction(scenario, description))) {
    options.abortRun();
    return { index, type, description, verdict: "skipped", startT, endT: timeline.elapsed(), evidence: [], message: "aborted before this action" };
  }
  const begun = timeline.append({ kind: "action", action: step.action.kind, description, phase: "started" });
  try {
    const detail = await performAction(step.action, ctx);
    timeline.append({ kind: "action", action: step.action.kind, description, phase: "done", ...(detail ? { detail } : {}) });
    return { index, type, description, verdict: "passed", startT, endT: timeline.elapsed(), evidence: [begun.seq], ...(detail ? { message: detail } : {}) };
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    timeline.append({ kind: "action", action: step.action.kind, description, phase: "failed", detail: message });
    return { index, type, description, verdict: "failed", startT, endT: timeline.elapsed(), evidence: [begun.seq], message };
  }
}

async function cleanUp(
  options: ScenarioRunOptions,
  namespace: string,
  nodeChanges: NodeChanges,
  recorder: Recorder | undefined,
  keep: boolean,
  scenario: Scenario,
): Promise<ScenarioResult["cleanup"]> {
  const started = Date.now();
  recorder?.stop();
  const problems = await nodeChanges.revertAll();
  if (!keep) {
    try {
      await deleteNamespace(options.clients, namespace, scenario.timeouts.cleanupMs);
      options.journal.write({ type: "namespace-deleted", name: namespace });
    } catch (failure) {
      problems.push(`deleting namespace ${namespace}: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }
  const detail = [...(keep ? [`namespace ${namespace} kept (--keep-on-failure); remove it with \`kubetrial gc\``] : []), ...problems].join("; ");
  return { ok: problems.length === 0, durationMs: Date.now() - started, ...(detail ? { detail } : {}) };
}

function scenarioGates(scenario: Scenario, facts: ClusterFacts): { featureGates?: Record<string, boolean> } {
  const known = namedFeatureGates(scenario).filter((gate) => gate in facts.featureGates);
  return known.length ? { featureGates: Object.fromEntries(known.map((gate) => [gate, facts.featureGates[gate] as boolean])) } : {};
}

function manifestsText(manifests: RenderedManifest[]): string {
  return manifests.map((m) => `# ${m.template}\n${stringify(m.object)}`).join("---\n");
}

