// What the recorder saw: an append-only list of observations, each stamped on receipt.

export type ContainerStateName = "waiting" | "running" | "terminated" | "unknown";

export interface ContainerSnapshot {
  name: string;
  init: boolean;
  image: string;
  state: ContainerStateName;
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: number;
  startedAt?: string;
  finishedAt?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  lastState?: {
    state: ContainerStateName;
    reason?: string;
    message?: string;
    exitCode?: number;
    finishedAt?: string;
  };
}

export interface ConditionSnapshot {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface PodSnapshot {
  uid: string;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  phase: string;
  /** The STATUS column exactly as `kubectl get pods` prints it. */
  status: string;
  /** The READY column, e.g. `1/2`. */
  readyColumn: string;
  /** The pod's Ready condition is True. */
  ready: boolean;
  restarts: number;
  reason?: string;
  message?: string;
  nodeName?: string;
  deleting: boolean;
  conditions: ConditionSnapshot[];
  initContainers: ContainerSnapshot[];
  containers: ContainerSnapshot[];
}

export interface EventSnapshot {
  uid: string;
  type: string;
  reason: string;
  message: string;
  object: { kind: string; name: string; uid?: string; fieldPath?: string };
  count: number;
  source?: string;
  firstTimestamp?: string;
  lastTimestamp?: string;
}

export interface EndpointSnapshot {
  addresses: string[];
  podName?: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface EndpointSliceSnapshot {
  uid: string;
  name: string;
  service: string;
  endpoints: EndpointSnapshot[];
}

export interface TaintSnapshot {
  key: string;
  value?: string;
  effect: string;
}

export interface NodeSnapshot {
  name: string;
  ready: boolean;
  unschedulable: boolean;
  taints: TaintSnapshot[];
  conditions: ConditionSnapshot[];
}

export type ChangeType = "added" | "modified" | "deleted";

interface ObservationBase {
  /** Position in the timeline, from 0. */
  seq: number;
  /** Milliseconds since the scenario began, on receipt. */
  t: number;
  /** Wall-clock time of receipt, ISO 8601 with milliseconds. */
  at: string;
}

export interface PodObservation extends ObservationBase {
  kind: "pod";
  change: ChangeType;
  pod: PodSnapshot;
  /** Top-level fields that differ from the previous snapshot of the same uid (status, restarts, containers.nginx.state ...). */
  changed: string[];
}

export interface EventObservation extends ObservationBase {
  kind: "event";
  change: ChangeType;
  event: EventSnapshot;
}

export interface EndpointsObservation extends ObservationBase {
  kind: "endpoints";
  change: ChangeType;
  slice: EndpointSliceSnapshot;
}

export interface NodeObservation extends ObservationBase {
  kind: "node";
  change: ChangeType;
  node: NodeSnapshot;
  changed: string[];
}

export interface ActionObservation extends ObservationBase {
  kind: "action";
  /** e.g. "exec rm /usr/share/nginx/html/index.html in web/nginx", "taint node kubetrial-node ...". */
  description: string;
  action: string;
  phase: "started" | "done" | "failed";
  detail?: string;
}

export interface WatchObservation extends ObservationBase {
  kind: "watch";
  resource: string;
  /** `connected`: initial list done; `gap`: changes may have been missed between `gapFromT` and now (410 Gone, re-list). */
  what: "connected" | "gap";
  detail?: string;
  gapFromT?: number;
}

export type Observation =
  | PodObservation
  | EventObservation
  | EndpointsObservation
  | NodeObservation
  | ActionObservation
  | WatchObservation;

export type ObservationKind = Observation["kind"];
