// A scenario as kubetrial uses it: loaded, validated and expanded (one Scenario per matrix entry).
// Types only: this folder imports nothing.

/** Where a value came from in the user's file, for error messages and reports. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** The runbook sentence a scenario verifies. */
export interface RunbookClaim {
  /** Runbook file or document name, e.g. `002_e5035d77f5088125.txt`. */
  source: string;
  section?: string;
  title?: string;
  link?: string;
  /** The claim, paraphrased in English. */
  claim: string;
  /** What the scenario found when the claim does not match real behaviour (kept with the scenario). */
  note?: string;
  /** Set when the scenario deliberately asserts behaviour that contradicts the claim. */
  expectRefuted?: boolean;
}

export interface TemplateRef {
  /** Path relative to the templates folder. */
  file: string;
  values: Record<string, unknown>;
  /** Where the scenario names the template (its `file:` field). */
  position?: SourcePosition;
}

/** A manifest rendered from a template, ready to apply. */
export interface RenderedManifest {
  template: string;
  /** Parsed Kubernetes object. */
  object: KubeObject;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Which pod(s) an expectation is about. */
export interface PodSelector {
  /** Exact pod name. */
  name?: string;
  /** Every label must match. */
  labels?: Record<string, string>;
}

/** A value or a range for numbers such as restart counts. */
export type NumberMatch = number | { min?: number; max?: number };

/** A string, or a regular expression written as `/.../flags`. */
export type TextMatch = string;

export interface ContainerMatch {
  name?: string;
  /** `init` selects init containers (by name or all of them). */
  init?: boolean;
  state?: "waiting" | "running" | "terminated";
  reason?: TextMatch;
  message?: TextMatch;
  exitCode?: NumberMatch;
  ready?: boolean;
  started?: boolean;
  restarts?: NumberMatch;
  lastState?: { reason?: TextMatch; exitCode?: NumberMatch; message?: TextMatch };
}

export interface ConditionMatch {
  type: string;
  status?: "True" | "False" | "Unknown";
  reason?: TextMatch;
  message?: TextMatch;
}

/** A predicate over one pod snapshot; every field given must hold. */
export interface PodStateMatch {
  /** kubectl STATUS column. */
  status?: TextMatch;
  phase?: TextMatch;
  /** The pod's Ready condition. */
  ready?: boolean;
  /** kubectl READY column, e.g. `0/1`. */
  readyColumn?: string;
  restarts?: NumberMatch;
  /** `status.reason` of the pod, e.g. `Evicted`. */
  reason?: TextMatch;
  message?: TextMatch;
  /** The pod is being deleted (deletionTimestamp set). */
  terminating?: boolean;
  /** The pod no longer exists. */
  deleted?: boolean;
  scheduled?: boolean;
  node?: TextMatch;
  container?: ContainerMatch;
  conditions?: ConditionMatch[];
}

export interface PodExpectation extends PodStateMatch {
  kind: "pod";
  pod: PodSelector;
  /** When given, the STATUS values must be observed in this order (other states may come between unless `strict`). */
  sequence?: TextMatch[];
  strict?: boolean;
}

export interface EventExpectation {
  kind: "event";
  type?: "Normal" | "Warning";
  reason?: TextMatch;
  message?: TextMatch;
  /** Name of the involved object (pod, node). */
  object?: TextMatch;
  objectKind?: string;
  count?: NumberMatch;
}

export interface EndpointsExpectation {
  kind: "endpoints";
  service: string;
  ready?: NumberMatch;
  notReady?: NumberMatch;
  serving?: NumberMatch;
  terminating?: NumberMatch;
}

export type Expectation = PodExpectation | EventExpectation | EndpointsExpectation;

export interface ExecAction {
  kind: "exec";
  pod: PodSelector;
  container?: string;
  command: string[];
  /** Fail the step when the command exits non-zero (default true). */
  check?: boolean;
}

export interface TaintAction {
  kind: "taint" | "untaint";
  /** Node name; empty means the node kubetrial picks for faults (a worker where there is one). */
  node?: string;
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

export interface LabelAction {
  kind: "label" | "unlabel";
  node?: string;
  key: string;
  value?: string;
}

export interface DeleteAction {
  kind: "delete";
  objectKind: string;
  name: string;
  gracePeriodSeconds?: number;
  /** Wait until the object is gone (default false). */
  wait?: boolean;
}

export interface PatchAction {
  kind: "patch";
  objectKind: string;
  name: string;
  patchType: "merge" | "strategic";
  patch: unknown;
}

export interface ApplyAction {
  kind: "apply";
  /** Template files to apply now; empty means every template of the scenario. */
  templates?: string[];
}

export interface SleepAction {
  kind: "sleep";
  ms: number;
}

export type Action = ExecAction | TaintAction | LabelAction | DeleteAction | PatchAction | ApplyAction | SleepAction;

/**
 * A condition on the cluster: a step, invariant or whole scenario with `when` applies only where it holds, so that
 * behaviour that differs between Kubernetes versions is said explicitly instead of loosening an expectation.
 */
export interface ClusterCondition {
  /** A semver range over the server's Kubernetes version, e.g. `>=1.36`. */
  kubernetes?: string;
  /** Feature gate name → the state it must have on the fault node's kubelet. */
  featureGates?: Record<string, boolean>;
}

export interface ExpectStep {
  type: "expect";
  expectation: Expectation;
  timeoutMs: number;
  /** Human text for reports; generated when the user gave none. */
  description: string;
  position?: SourcePosition;
  when?: ClusterCondition;
}

export interface ActionStep {
  type: "action";
  action: Action;
  description: string;
  position?: SourcePosition;
  when?: ClusterCondition;
}

export type Step = ExpectStep | ActionStep;

export interface Invariant {
  expectation: Expectation;
  description: string;
  position?: SourcePosition;
  when?: ClusterCondition;
}

export interface Timeouts {
  /** Whole scenario, cleanup excluded. */
  scenarioMs: number;
  /** Default for expect steps without `within`. */
  stepMs: number;
  cleanupMs: number;
}

/** One runnable scenario (a matrix entry of a scenario file, or the file itself). */
export interface Scenario {
  /** Unique id: file stem, plus the matrix entry's key for matrix scenarios. */
  id: string;
  name: string;
  file: string;
  /** Where the scenario's `name:` is written. */
  position?: SourcePosition;
  description: string;
  tags: string[];
  runbook?: RunbookClaim;
  /** Environment remarks shown in reports, e.g. "the pull fails because no registry is reachable". */
  environmentNote?: string;
  templates: TemplateRef[];
  /** Values of this matrix entry (empty for a plain scenario). */
  matrixValues: Record<string, unknown>;
  /** Images that must be present on the nodes (loaded into kind when declared). */
  images: string[];
  setup: ActionStep[];
  steps: Step[];
  never: Invariant[];
  timeouts: Timeouts;
  /** The whole scenario applies only where this holds; elsewhere it is reported as not applicable. */
  when?: ClusterCondition;
  /** Feature gates that shape this scenario's behaviour: their state on the cluster is recorded with the result. */
  featureGates?: string[];
  /** True when any step or setup action changes a node: such scenarios run alone. */
  changesNodes: boolean;
}
