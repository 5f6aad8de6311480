// A run: scenarios in parallel where safe, node-changing ones alone, journal for crash recovery, results at the end.
import type { ClusterInfo, RunResult, RunSummary, ScenarioResult } from "../model/result.ts";
import { RESULTS_FORMAT, RESULTS_VERSION } from "../model/result.ts";
import type { RunReporter } from "../model/reporter.ts";
import type { Scenario } from "../model/scenario.ts";
import type { KubeClients } from "../k8s/clients.ts";
import { pickFaultNode } from "../k8s/nodes.ts";
import { readKubeletFeatureGates } from "../cluster/feature-gates.ts";
import { describeCondition, evaluateCondition, namedFeatureGates, type ClusterFacts } from "../scenario/conditions.ts";
import { ownerTag } from "../k8s/namespaces.ts";
import { toolVersion } from "../cli/version.ts";
import { Journal } from "./journal.ts";
import { reporterHub } from "./reporter-hub.ts";
import { newRunId } from "./run-id.ts";
import { runScenario } from "./scenario-runner.ts";
import { plan, pool } from "./schedule.ts";

export interface RunOptions {
  scenarios: Scenario[];
  clients: KubeClients;
  cluster: ClusterInfo;
  kubeconfigPath?: string;
  parallel: number;
  keepOnFailure: boolean;
  /** Folder that receives `<run-id>/`. */
  reportsRoot: string;
  templatesDir: string;
  reporters: RunReporter[];
  /** Abort to stop: running scenarios clean up, the rest are skipped. */
  signal: AbortSignal;
  imagesLoaded?: string[];
  runId?: string;
  onReporterError?: (message: string) => void;
}

export interface RunOutcome {
  result: RunResult;
  reportDir: string;
}

export async function runScenarios(options: RunOptions): Promise<RunOutcome> {
  const runId = options.runId ?? newRunId();
  const started = new Date();
  const reportDir = `${options.reportsRoot}/${runId}`;
  const runAbort = new AbortController();
  const forward = (): void => runAbort.abort();
  options.signal.addEventListener("abort", forward, { once: true });
  const hub = reporterHub(options.reporters, options.onReporterError ?? ((m) => process.stderr.write(`${m}\n`)));
  const journal = new Journal(runId);
  journal.write({
    type: "run", runId, owner: ownerTag(), context: options.cluster.context, startedAt: started.toISOString(),
    ...(options.kubeconfigPath ? { kubeconfig: options.kubeconfigPath } : {}),
  });

  const faultNode = await pickFaultNode(options.clients);
  const gateNames = [...new Set(options.scenarios.flatMap((s) => namedFeatureGates(s)))].sort();
  const featureGates = await readKubeletFeatureGates(options.clients, faultNode, gateNames);
  const cluster: ClusterInfo = { ...options.cluster, ...(featureGates ? { featureGates } : {}) };
  const facts: ClusterFacts = { kubernetes: cluster.serverVersion, featureGates: featureGates ?? {} };
  const { applicable, notApplicable, undecidable } = partitionByCondition(options.scenarios, facts);
  await hub.runStarted({ runId, startedAt: started.toISOString(), cluster, scenarios: applicable, reportDir });

  const byId = new Map<string, ScenarioResult>();
  for (const [id, why] of undecidable) byId.set(id, notRun(options.scenarios.find((s) => s.id === id) as Scenario, `cannot tell whether it applies: ${why}`, "error"));
  for (const batch of plan(applicable.filter((s) => !undecidable.has(s.id)), options.parallel)) {
    if (runAbort.signal.aborted) break;
    const results = await pool(batch.scenarios, batch.parallel, (scenario) =>
      runScenario(scenario, {
        clients: options.clients, runId, journal, faultNode, templatesDir: options.templatesDir, facts,
        keepOnFailure: options.keepOnFailure, reporter: hub, signal: runAbort.signal, abortRun: () => runAbort.abort(),
      }), () => runAbort.signal.aborted);
    for (const r of results) if (r) byId.set(r.id, { ...r, imagesLoaded: options.imagesLoaded ?? [] });
  }
  journal.write({ type: "finished" });
  options.signal.removeEventListener("abort", forward);

  const scenarios = applicable.map((s) => byId.get(s.id) ?? notRun(s, `not run: the run ${runId} was interrupted`));
  const finished = new Date();
  const result: RunResult = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    runId,
    kubetrialVersion: toolVersion(),
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    cluster,
    summary: summarize(scenarios),
    scenarios,
    ...(notApplicable.length ? { notApplicable } : {}),
  };
  await hub.runFinished(result);
  return { result, reportDir };
}

export function summarize(scenarios: ScenarioResult[]): RunSummary {
  const count = (verdict: ScenarioResult["verdict"]): number => scenarios.filter((s) => s.verdict === verdict).length;
  return { passed: count("passed"), failed: count("failed"), errored: count("error"), skipped: count("skipped"), total: scenarios.length };
}

/** Scenarios whose `when:` holds, those it rules out (with why), and those it cannot judge (a gate's state unknown). */
export function partitionByCondition(scenarios: Scenario[], facts: ClusterFacts): {
  applicable: Scenario[];
  notApplicable: NonNullable<RunResult["notApplicable"]>;
  undecidable: Map<string, string>;
} {
  const applicable: Scenario[] = [];
  const notApplicable: NonNullable<RunResult["notApplicable"]> = [];
  const undecidable = new Map<string, string>();
  for (const scenario of scenarios) {
    const outcome = scenario.when ? evaluateCondition(scenario.when, facts) : { holds: true as const };
    if (outcome.holds === false) {
      notApplicable.push({ id: scenario.id, name: scenario.name, description: `when: ${describeCondition(scenario.when ?? {})}`, why: outcome.why });
      continue;
    }
    if (outcome.holds === "unknown") undecidable.set(scenario.id, outcome.why);
    applicable.push(scenario);
  }
  return { applicable, notApplicable, undecidable };
}

function notRun(scenario: Scenario, why: string, verdict: ScenarioResult["verdict"] = "skipped"): ScenarioResult {
  return {
    id: scenario.id, name: scenario.name, file: scenario.file, description: scenario.description, tags: scenario.tags,
    ...(scenario.runbook ? { runbook: scenario.runbook, claimVerdict: "inconclusive" as const } : {}),
    matrixValues: scenario.matrixValues, namespace: "", verdict, startedAt: new Date().toISOString(), durationMs: 0,
    setup: [], steps: [], invariants: [], timeline: [], manifests: "", finalObjects: "", logs: [], imagesLoaded: [],
    error: why, cleanup: { ok: true, durationMs: 0 },
  };
}
