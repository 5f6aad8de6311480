// Verdicts and the shape of results.json (versioned; schemas/results.schema.json documents it).
import type { Observation } from "./observation.ts";
import type { RunbookClaim, Scenario } from "./scenario.ts";

export const RESULTS_FORMAT = "kubetrial-results";
export const RESULTS_VERSION = 1;

/** `inconclusive`: a watch gap overlaps the step's window, so absence of evidence proves nothing. */
export type StepVerdict = "passed" | "failed" | "inconclusive" | "skipped";
export type ScenarioVerdict = "passed" | "failed" | "error" | "skipped";
export type ClaimVerdict = "verified" | "refuted" | "inconclusive";

export interface StepResult {
  index: number;
  type: "expect" | "action" | "setup";
  description: string;
  verdict: StepVerdict;
  /** Milliseconds since the scenario began. */
  startT: number;
  endT: number;
  /** Observation seqs that satisfied the step (one per sequence element). */
  evidence: number[];
  /** On failure: what was last seen, in words. */
  lastSeen?: string;
  message?: string;
}

export interface InvariantResult {
  description: string;
  verdict: "passed" | "failed" | "inconclusive";
  /** The observation that broke the invariant. */
  violation?: number;
  message?: string;
}

export interface ContainerLog {
  pod: string;
  container: string;
  previous: boolean;
  /** Trimmed to the last lines; `truncated` says so. */
  text: string;
  truncated: boolean;
}

export interface ScenarioResult {
  id: string;
  name: string;
  file: string;
  description: string;
  tags: string[];
  runbook?: RunbookClaim;
  environmentNote?: string;
  matrixValues: Record<string, unknown>;
  namespace: string;
  verdict: ScenarioVerdict;
  claimVerdict?: ClaimVerdict;
  startedAt: string;
  durationMs: number;
  setup: StepResult[];
  steps: StepResult[];
  invariants: InvariantResult[];
  timeline: Observation[];
  /** Rendered manifests as applied, Secret data redacted. */
  manifests: string;
  /** `kubectl describe`-like text of the final pods, Secret values never included. */
  finalObjects: string;
  logs: ContainerLog[];
  imagesLoaded: string[];
  /** Set when the scenario could not run (verdict `error`). */
  error?: string;
  cleanup: { ok: boolean; durationMs: number; detail?: string };
  /** Steps and invariants left out because their `when:` does not hold on this cluster. */
  notApplicable?: NotApplicable[];
  /** The feature gates this scenario names, as the cluster had them. */
  featureGates?: Record<string, boolean>;
}

/** Something a scenario declares only for other clusters (`when:`), and why it does not apply here. */
export interface NotApplicable {
  description: string;
  why: string;
}

export interface ClusterInfo {
  context: string;
  server: string;
  serverVersion: string;
  nodeCount: number;
  /** `kind`, `offline` (our own offline cluster) or `other`. */
  flavour: string;
  containerRuntime?: string;
  /** What each node runs: the kubelet, the container runtime, the kernel and its cgroup version. */
  nodes?: NodeInfo[];
  /**
   * Feature gates the run's scenarios name (`featureGates:`), as the fault node's kubelet reports them
   * (its `kubernetes_feature_enabled` metric): whether each is on. Absent when the metric could not be read.
   */
  featureGates?: Record<string, boolean>;
}

export interface NodeInfo {
  name: string;
  kubeletVersion: string;
  containerRuntime: string;
  kernel: string;
  osImage: string;
  /** `v1` or `v2`, from the kubelet's cgroup-driver view where known (node label or config); absent when unknown. */
  cgroupVersion?: "v1" | "v2";
}

/** Which scenarios a run selected, so that shards of one selection, or one selection on several clusters, can be merged. */
export interface SelectionInfo {
  /** sha256 of the sorted ids of the whole selection, before sharding. */
  hash: string;
  /** Scenarios in the whole selection. */
  total: number;
  /** This run's part of the selection (`--shard 2/4`: index 2, of 4). */
  shard?: { index: number; of: number };
}

export interface RunSummary {
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  total: number;
}

export interface RunResult {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  runId: string;
  kubetrialVersion: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  cluster: ClusterInfo;
  selection?: SelectionInfo;
  summary: RunSummary;
  scenarios: ScenarioResult[];
  /** Selected scenarios whose `when:` does not hold on this cluster: not run, counted neither as passed nor failed. */
  notApplicable?: (NotApplicable & { id: string; name: string })[];
}

/** The part of a Scenario a result repeats, so reports need no scenario files. */
export type ScenarioHeader = Pick<
  Scenario,
  "id" | "name" | "file" | "description" | "tags" | "runbook" | "environmentNote" | "matrixValues"
>;
