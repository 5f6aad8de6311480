// Scenarios as mocha tests: one `it` per scenario (per matrix entry), so any mocha reporter shows them.
// The scenarios run together in a `before` hook (in parallel where safe, as `kubetrial run` does);
// each test then reports its scenario's verdict with the failing step and what was last seen.
import type { RunResult, ScenarioResult } from "../model/result.ts";
import type { RunReporter } from "../model/reporter.ts";
import type { Scenario } from "../model/scenario.ts";
import { makeClients } from "../k8s/clients.ts";
import { connectCluster } from "../cluster/connect.ts";
import { loadKubeConfig } from "../cluster/resolve.ts";
import { runScenarios } from "../runner/run.ts";
import { writeReports } from "../report/write.ts";
import { loadSelectedScenarios } from "../cli/commands/selection.ts";

export interface SuiteOptions {
  /** Scenario files or folders. */
  paths: string[];
  grep?: string;
  tag?: string;
  templatesDir?: string;
  parallel?: number;
  /** Kubeconfig to use; the default loading rules (KUBECONFIG, ~/.kube/config) otherwise. */
  kubeconfig?: string;
  context?: string;
  reportsRoot?: string;
  reporters?: RunReporter[];
  /** Called with the whole run once it has finished (write extra assertions, keep the result). */
  onRun?: (result: RunResult, reportDir: string) => void;
  /** Milliseconds for the whole run; defaults to the sum of the scenarios' timeouts. */
  timeoutMs?: number;
}

export function failureText(result: ScenarioResult): string {
  if (result.error) return `${result.id}: ${result.error}`;
  const lines = [`${result.id} ${result.verdict}`];
  for (const step of [...result.setup, ...result.steps].filter((s) => s.verdict !== "passed" && s.verdict !== "skipped")) {
    lines.push(`  step ${step.index + 1} ${step.verdict}: ${step.description}`);
    if (step.message) lines.push(`    ${step.message}`);
    if (step.lastSeen) lines.push(`    last seen: ${step.lastSeen}`);
  }
  for (const invariant of result.invariants.filter((i) => i.verdict !== "passed")) {
    lines.push(`  never ${invariant.description}: ${invariant.message ?? invariant.verdict}`);
  }
  return lines.join("\n");
}

/** Defines a mocha `describe` with one test per scenario found in `options.paths`. */
export function kubetrialSuite(title: string, options: SuiteOptions): void {
  const { scenarios, templatesDir } = loadSelectedScenarios(options.paths, {
    ...(options.grep ? { grep: options.grep } : {}),
    ...(options.tag ? { tag: options.tag } : {}),
    ...(options.templatesDir ? { templates: options.templatesDir } : {}),
  });
  describe(title, function () {
    const results = new Map<string, ScenarioResult>();
    this.timeout(options.timeoutMs ?? budget(scenarios));

    before(async function () {
      const kubeConfig = loadKubeConfig({
        ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
        ...(options.context ? { context: options.context } : {}),
      });
      const info = await connectCluster(kubeConfig);
      const { result, reportDir } = await runScenarios({
        scenarios,
        clients: makeClients(kubeConfig),
        cluster: info,
        parallel: options.parallel ?? 4,
        keepOnFailure: false,
        reportsRoot: options.reportsRoot ?? "reports",
        templatesDir,
        reporters: options.reporters ?? [],
        signal: new AbortController().signal,
      });
      await writeReports(result, reportDir);
      for (const scenario of result.scenarios) results.set(scenario.id, scenario);
      options.onRun?.(result, reportDir);
    });

    for (const scenario of scenarios) {
      it(scenario.id, function () {
        const result = results.get(scenario.id);
        if (!result) throw new Error(`scenario ${scenario.id} did not run`);
        if (result.verdict === "skipped") this.skip();
        if (result.verdict !== "passed") throw new Error(failureText(result));
      });
    }
  });
}

function budget(scenarios: Scenario[]): number {
  return scenarios.reduce((sum, s) => sum + s.timeouts.scenarioMs + s.timeouts.cleanupMs, 60_000);
}
