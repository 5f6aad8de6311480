// Compact snapshots of API objects: only what expectations and reports use. Pure.
import type { CoreV1Event, V1Condition, V1ContainerState, V1ContainerStatus, V1EndpointSlice, V1Node, V1Pod, V1PodCondition } from "@kubernetes/client-node";
import type {
  ConditionSnapshot, ContainerSnapshot, ContainerStateName, EndpointSliceSnapshot, EventSnapshot, NodeSnapshot, PodSnapshot,
} from "../model/observation.ts";
import { podColumns } from "./status.ts";

/** Timestamps arrive as Date objects or strings depending on the client path. */
export function isoTime(value: Date | string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

function stateOf(state: V1ContainerState | undefined): Pick<ContainerSnapshot, "state" | "reason" | "message" | "exitCode" | "signal" | "startedAt" | "finishedAt"> {
  if (state?.waiting) return strip({ state: "waiting", reason: state.waiting.reason, message: state.waiting.message });
  if (state?.running) return strip({ state: "running", startedAt: isoTime(state.running.startedAt) });
  if (state?.terminated) {
    const t = state.terminated;
    return strip({
      state: "terminated", reason: t.reason, message: t.message, exitCode: t.exitCode, signal: t.signal,
      startedAt: isoTime(t.startedAt), finishedAt: isoTime(t.finishedAt),
    });
  }
  return { state: "unknown" };
}

function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as T;
}

function containerSnapshot(status: V1ContainerStatus, init: boolean): ContainerSnapshot {
  const snapshot: ContainerSnapshot = {
    name: status.name, init, image: status.image, ...stateOf(status.state), ready: status.ready, restartCount: status.restartCount ?? 0,
  };
  if (status.started !== undefined) snapshot.started = status.started;
  const last = status.lastState;
  if (last && (last.terminated || last.waiting || last.running)) {
    const { state, reason, message, exitCode, finishedAt } = stateOf(last);
    snapshot.lastState = strip({ state: state as ContainerStateName, reason, message, exitCode, finishedAt });
  }
  return snapshot;
}

function conditionSnapshot(c: V1PodCondition | V1Condition): ConditionSnapshot {
  return strip({ type: c.type, status: c.status, reason: c.reason, message: c.message, lastTransitionTime: isoTime(c.lastTransitionTime) });
}

export function podSnapshot(pod: V1Pod): PodSnapshot {
  const columns = podColumns(pod);
  const status = pod.status ?? {};
  return strip({
    uid: pod.metadata?.uid ?? "",
    name: pod.metadata?.name ?? "",
    namespace: pod.metadata?.namespace ?? "",
    labels: pod.metadata?.labels ?? {},
    phase: status.phase ?? "Pending",
    status: columns.status,
    readyColumn: columns.readyColumn,
    ready: (status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
    restarts: columns.restarts,
    reason: status.reason,
    message: status.message,
    nodeName: pod.spec?.nodeName,
    deleting: Boolean(pod.metadata?.deletionTimestamp),
    conditions: (status.conditions ?? []).map(conditionSnapshot),
    initContainers: (status.initContainerStatuses ?? []).map((c) => containerSnapshot(c, true)),
    containers: (status.containerStatuses ?? []).map((c) => containerSnapshot(c, false)),
  });
}

export function eventSnapshot(event: CoreV1Event): EventSnapshot {
  const involved = event.involvedObject;
  return strip({
    uid: event.metadata?.uid ?? "",
    type: event.type ?? "Normal",
    reason: event.reason ?? "",
    message: event.message ?? "",
    object: strip({ kind: involved.kind ?? "", name: involved.name ?? "", uid: involved.uid, fieldPath: involved.fieldPath }),
    count: event.count ?? event.series?.count ?? 1,
    source: event.source?.component ?? event.reportingComponent,
    firstTimestamp: isoTime(event.firstTimestamp ?? event.eventTime),
    lastTimestamp: isoTime(event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime),
  });
}

export function endpointSliceSnapshot(slice: V1EndpointSlice): EndpointSliceSnapshot {
  return {
    uid: slice.metadata?.uid ?? "",
    name: slice.metadata?.name ?? "",
    service: slice.metadata?.labels?.["kubernetes.io/service-name"] ?? "",
    endpoints: (slice.endpoints ?? []).map((e) => strip({
      addresses: e.addresses,
      podName: e.targetRef?.kind === "Pod" ? e.targetRef.name : undefined,
      // The API leaves `ready` unset to mean ready; serving follows ready when unset.
      ready: e.conditions?.ready ?? true,
      serving: e.conditions?.serving ?? e.conditions?.ready ?? true,
      terminating: e.conditions?.terminating ?? false,
    })),
  };
}

export function nodeSnapshot(node: V1Node): NodeSnapshot {
  const conditions = (node.status?.conditions ?? []).map((c) => strip({ type: c.type, status: c.status, reason: c.reason, message: c.message }));
  return {
    name: node.metadata?.name ?? "",
    ready: conditions.some((c) => c.type === "Ready" && c.status === "True"),
    unschedulable: Boolean(node.spec?.unschedulable),
    taints: (node.spec?.taints ?? []).map((t) => strip({ key: t.key, value: t.value, effect: t.effect })),
    conditions,
  };
}

/** What differs between two snapshots of the same pod, in words a report can show (`status`, `containers.nginx.state` ...). */
export function changedPodFields(before: PodSnapshot | undefined, after: PodSnapshot): string[] {
  if (!before) return ["created"];
  const changed: string[] = [];
  for (const key of ["phase", "status", "readyColumn", "ready", "restarts", "reason", "nodeName", "deleting", "labels"] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.push(key);
  }
  const conditions = (s: PodSnapshot): Map<string, string> => new Map(s.conditions.map((c) => [c.type, `${c.status}/${c.reason ?? ""}`]));
  const b = conditions(before);
  for (const [type, value] of conditions(after)) if (b.get(type) !== value) changed.push(`conditions.${type}`);
  const containers = (s: PodSnapshot): ContainerSnapshot[] => [...s.initContainers, ...s.containers];
  const previous = new Map(containers(before).map((c) => [`${c.init ? "init" : ""}${c.name}`, c]));
  for (const c of containers(after)) {
    const p = previous.get(`${c.init ? "init" : ""}${c.name}`);
    const prefix = `${c.init ? "initContainers" : "containers"}.${c.name}`;
    if (!p) { changed.push(prefix); continue; }
    if (p.state !== c.state || p.reason !== c.reason || p.exitCode !== c.exitCode) changed.push(`${prefix}.state`);
    if (p.ready !== c.ready) changed.push(`${prefix}.ready`);
    if (p.started !== c.started) changed.push(`${prefix}.started`);
    if (p.restartCount !== c.restartCount) changed.push(`${prefix}.restartCount`);
    if (JSON.stringify(p.lastState) !== JSON.stringify(c.lastState)) changed.push(`${prefix}.lastState`);
    if (p.message !== c.message) changed.push(`${prefix}.message`);
  }
  return changed;
}

export function changedNodeFields(before: NodeSnapshot | undefined, after: NodeSnapshot): string[] {
  if (!before) return ["created"];
  const changed: string[] = [];
  if (before.ready !== after.ready) changed.push("ready");
  if (before.unschedulable !== after.unschedulable) changed.push("unschedulable");
  if (JSON.stringify(before.taints) !== JSON.stringify(after.taints)) changed.push("taints");
  const key = (s: NodeSnapshot): string => JSON.stringify(s.conditions.map((c) => [c.type, c.status]));
  if (key(before) !== key(after)) changed.push("conditions");
  return changed;
}
