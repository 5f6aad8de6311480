// The live view's state, derived only from live events: pods and containers as `kubectl get pods` would show
// them, the latest event per pod, the steps with their ticks, timeline lanes and markers. No I/O, no clock:
// `applyEvent` updates the state in place (cheap at hundreds of events a second) and is deterministic.
import type { EventObservation, Observation, PodObservation } from "../model/observation.ts";
import type { ClusterInfo, RunSummary, ScenarioVerdict, StepResult, StepVerdict } from "../model/result.ts";
import type { LiveEvent, ScenarioOutline } from "./events.ts";
import { containerLabel, LaneBuilder, type Lane } from "./spans.ts";

export interface EventLine {
  t: number;
  type: string;
  reason: string;
  message: string;
  /** `Pod/web`, `Node/kubetrial-node`. */
  object: string;
  count: number;
}

export interface ContainerView {
  name: string;
  init: boolean;
  state: string;
  ready: boolean;
  restarts: number;
}

export interface PodView {
  uid: string;
  name: string;
  status: string;
  ready: boolean;
  readyColumn: string;
  restarts: number;
  node?: string;
  /** Scenario time the pod was first seen (its age counts from there). */
  firstT: number;
  deleted: boolean;
  containers: ContainerView[];
  latestEvent?: EventLine;
}

export type StepState = "pending" | "running" | StepVerdict;

export interface StepView {
  index: number;
  type: "expect" | "action";
  description: string;
  state: StepState;
  /** When it passed: the time of the observation that satisfied it (actions: when they ended). */
  t?: number;
  message?: string;
  lastSeen?: string;
}

export interface Marker {
  t: number;
  kind: "action" | "step" | "gap";
  label: string;
  verdict?: StepVerdict;
}

export interface ScenarioView {
  id: string;
  name: string;
  description: string;
  namespace: string;
  /** `waiting`: declared by runStarted, not begun yet. */
  phase: "waiting" | "running" | "finished";
  verdict?: ScenarioVerdict;
  durationMs?: number;
  error?: string;
  /** Latest scenario time seen (observation or step end). */
  lastT: number;
  steps: StepView[];
  pods: PodView[];
  /** Most recent last, at most EVENTS_KEPT. */
  events: EventLine[];
  /** Latest action in words, e.g. `apply the scenario's manifests: done`. */
  activity?: string;
  /** An action waits for the presenter (step mode). */
  awaiting?: string;
  lanes: Lane[];
  markers: Marker[];
  observations: number;
}

export interface LiveState {
  runId?: string;
  startedAt?: string;
  cluster?: ClusterInfo;
  scenarios: ScenarioView[];
  finished: boolean;
  summary?: RunSummary;
  durationMs?: number;
}

export const EVENTS_KEPT = 30;

interface Internals {
  lanes: LaneBuilder;
  /** Observation time by seq, to place a step's tick at the observation that satisfied it. */
  obsT: number[];
}
const internals = new WeakMap<ScenarioView, Internals>();

export function emptyState(): LiveState {
  return { scenarios: [], finished: false };
}

function newScenario(o: ScenarioOutline, namespace: string): ScenarioView {
  const view: ScenarioView = {
    id: o.id, name: o.name, description: o.description, namespace, phase: "waiting", lastT: 0,
    steps: o.steps.map((s, index) => ({ index, type: s.type, description: s.description, state: "pending" })),
    pods: [], events: [], lanes: [], markers: [], observations: 0,
  };
  const lanes = new LaneBuilder();
  view.lanes = lanes.lanes;
  internals.set(view, { lanes, obsT: [] });
  return view;
}

function scenarioFor(state: LiveState, id: string): ScenarioView | undefined {
  return state.scenarios.find((s) => s.id === id);
}

export function applyEvent(state: LiveState, event: LiveEvent): void {
  switch (event.hook) {
    case "runStarted":
      state.runId = event.runId;
      state.startedAt = event.startedAt;
      state.cluster = event.cluster;
      for (const o of event.scenarios) if (!scenarioFor(state, o.id)) state.scenarios.push(newScenario(o, ""));
      return;
    case "scenarioStarted": {
      let view = scenarioFor(state, event.scenario.id);
      if (!view) {
        view = newScenario(event.scenario, event.namespace);
        state.scenarios.push(view);
      }
      view.namespace = event.namespace;
      view.phase = "running";
      return;
    }
    case "stepStarted": {
      const view = scenarioFor(state, event.scenarioId);
      const step = view?.steps[event.index];
      if (view && step) {
        step.state = "running";
        delete view.awaiting;
      }
      return;
    }
    case "stepFinished": {
      const view = scenarioFor(state, event.scenarioId);
      if (view) finishStep(view, event.result);
      return;
    }
    case "observed": {
      const view = scenarioFor(state, event.scenarioId);
      if (view) observe(view, event.observation);
      return;
    }
    case "confirmAction": {
      const view = scenarioFor(state, event.scenarioId);
      if (view) view.awaiting = event.description;
      return;
    }
    case "scenarioFinished": {
      const view = scenarioFor(state, event.scenarioId);
      if (!view) return;
      view.phase = "finished";
      view.verdict = event.verdict;
      view.durationMs = event.durationMs;
      view.lastT = Math.max(view.lastT, event.durationMs);
      if (event.error) view.error = event.error;
      delete view.awaiting;
      for (const result of event.steps) if (view.steps[result.index]?.state !== result.verdict) finishStep(view, result);
      for (const step of view.steps) if (step.state === "pending" || step.state === "running") step.state = "skipped";
      return;
    }
    case "runFinished":
      state.finished = true;
      state.summary = event.summary;
      state.durationMs = event.durationMs;
      return;
  }
}

function finishStep(view: ScenarioView, result: StepResult): void {
  const step = view.steps[result.index];
  if (!step) return;
  const obsT = internals.get(view)?.obsT ?? [];
  const lastEvidence = result.evidence.at(-1);
  // An action's evidence is its own "started" observation: its tick belongs at its end.
  const t = step.type === "expect" && lastEvidence !== undefined ? obsT[lastEvidence] ?? result.endT : result.endT;
  step.state = result.verdict;
  if (result.verdict !== "skipped") {
    step.t = t;
    view.markers.push({ t, kind: "step", label: step.description, verdict: result.verdict });
  }
  if (result.message) step.message = result.message;
  if (result.lastSeen) step.lastSeen = result.lastSeen;
  view.lastT = Math.max(view.lastT, result.endT);
}

function observe(view: ScenarioView, o: Observation): void {
  const inner = internals.get(view);
  if (inner) inner.obsT[o.seq] = o.t;
  view.observations += 1;
  view.lastT = Math.max(view.lastT, o.t);
  switch (o.kind) {
    case "pod":
      updatePod(view, o);
      inner?.lanes.add(o);
      return;
    case "event":
      if (o.change !== "deleted") addEvent(view, o);
      return;
    case "action":
      view.activity = `${o.description}: ${o.phase}${o.detail ? ` (${o.detail})` : ""}`;
      if (o.phase === "started") {
        delete view.awaiting;
        view.markers.push({ t: o.t, kind: "action", label: o.description });
      }
      return;
    case "watch":
      if (o.what === "gap") view.markers.push({ t: o.t, kind: "gap", label: `watch gap in ${o.resource}${o.detail ? `: ${o.detail}` : ""}` });
      return;
    default:
      return;
  }
}

function updatePod(view: ScenarioView, o: PodObservation): void {
  const p = o.pod;
  let pod = view.pods.find((x) => x.uid === p.uid);
  if (!pod) {
    pod = { uid: p.uid, name: p.name, status: p.status, ready: p.ready, readyColumn: p.readyColumn, restarts: p.restarts, firstT: o.t, deleted: false, containers: [] };
    view.pods.push(pod);
  }
  pod.status = o.change === "deleted" ? "Deleted" : p.status;
  pod.ready = p.ready;
  pod.readyColumn = p.readyColumn;
  pod.restarts = p.restarts;
  pod.deleted = o.change === "deleted";
  if (p.nodeName) pod.node = p.nodeName;
  pod.containers = [...p.initContainers, ...p.containers].map((c) => ({ name: c.name, init: c.init, state: containerLabel(c), ready: c.ready, restarts: c.restartCount }));
}

function addEvent(view: ScenarioView, o: EventObservation): void {
  const e = o.event;
  const line: EventLine = { t: o.t, type: e.type, reason: e.reason, message: e.message, object: `${e.object.kind}/${e.object.name}`, count: e.count };
  view.events.push(line);
  if (view.events.length > EVENTS_KEPT) view.events.splice(0, view.events.length - EVENTS_KEPT);
  if (e.object.kind !== "Pod") return;
  // Prefer the uid: a pod recreated under the same name is another pod.
  const pod = view.pods.find((p) => e.object.uid !== undefined && p.uid === e.object.uid)
    ?? view.pods.findLast((p) => p.name === e.object.name);
  if (pod) pod.latestEvent = line;
}

/** The step now running and the one after it (or the next pending one when none runs). */
export function currentAndNext(view: ScenarioView): { current?: StepView; next?: StepView } {
  const runningIndex = view.steps.findIndex((s) => s.state === "running");
  const from = runningIndex >= 0 ? runningIndex + 1 : 0;
  const next = view.phase === "finished" ? undefined : view.steps.slice(from).find((s) => s.state === "pending");
  const current = runningIndex >= 0 ? view.steps[runningIndex] : undefined;
  return { ...(current ? { current } : {}), ...(next ? { next } : {}) };
}
