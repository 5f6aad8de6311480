// A run: scenarios in parallel where safe, node-changing ones alone, journal for crash recovery, results at the end.
import type { ClusterInfo, RunResult, RunSummary, ScenarioResult } from "../model/result.ts";
import { RESULTS_FORMAT, RESULTS_VERSION } from "../model/result.ts";
import type { RunReporter } from "../model/reporter.ts";
import type { Scenario } from "../model/scenario.ts";
import type { KubeClients } from "../k8s/clients.ts";
import { pickFaultNode } from "../k8s/nodes.ts";
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
  await hub.runStarted({ runId, startedAt: started.toISOString(), cluster: options.cluster, scenarios: options.scenarios, reportDir });

  const byId = new Map<string, ScenarioResult>();
  for (const batch of plan(options.scenarios, options.parallel)) {
    if (runAbort.signal.aborted) break;
    const results = await pool(batch.scenarios, batch.parallel, (scenario) =>
      runScenario(scenario, {
        clients: options.clients, runId, journal, faultNode, templatesDir: options.templatesDir,
        keepOnFailure: options.keepOnFailure, reporter: hub, signal: runAbort.signal, abortRun: () => runAbort.abort(),
      }), () => runAbort.signal.aborted);
    for (const r of results) if (r) byId.set(r.id, { ...r, imagesLoaded: options.imagesLoaded ?? [] });
  }
  journal.write({ type: "finished" });
  options.signal.removeEventListener("abort", forward);

  const scenarios = options.scenarios.map((s) => byId.get(s.id) ?? notRun(s, runId));
  const finished = new Date();
  const result: RunResult = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    runId,
    kubetrialVersion: toolVersion(),
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    cluster: options.cluster,
    summary: summarize(scenarios),
    scenarios,
  };
  await hub.runFinished(result);
  return { result, reportDir };
}

export function summarize(scenarios: ScenarioResult[]): RunSummary {
  const count = (verdict: ScenarioResult["verdict"]): number => scenarios.filter((s) => s.verdict === verdict).length;
  return { passed: count("passed"), failed: count("failed"), errored: count("error"), skipped: count("skipped"), total: scenarios.length };
}

function notRun(scenario: Scenario, runId: string): ScenarioResult {
  return {
    id: scenario.id, name: scenario.name, file: scenario.file, description: scenario.description, tags: scenario.tags,
    ...(scenario.runbook ? { runbook: scenario.runbook, claimVerdict: "inconclusive" as const } : {}),
    matrixValues: scenario.matrixValues, namespace: "", verdict: "skipped", startedAt: new Date().toISOString(), durationMs: 0,
    setup: [], steps: [], invariants: [], timeline: [], manifests: "", finalObjects: "", logs: [], imagesLoaded: [],
    error: `not run: the run ${runId} was interrupted`, cleanup: { ok: true, durationMs: 0 },
  };
}
