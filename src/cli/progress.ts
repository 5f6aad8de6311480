// Plain progress lines on the terminal while scenarios run (also fine in CI logs: one line per event, no redraws).
import pc from "picocolors";
import type { Observation } from "../model/observation.ts";
import type { RunReporter, RunStart } from "../model/reporter.ts";
import type { RunResult, ScenarioResult, StepResult } from "../model/result.ts";
import type { Scenario } from "../model/scenario.ts";
import { describeObservation } from "../report/text.ts";

type Write = (line: string) => void;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

const MARK: Record<StepResult["verdict"], string> = {
  passed: pc.green("✔"),
  failed: pc.red("✘"),
  inconclusive: pc.yellow("?"),
  skipped: pc.dim("-"),
};

/** Verbose lines leave out what only says that something began (an action starting, a watch connecting). */
function worthALine(o: Observation): boolean {
  if (o.kind === "action") return o.phase !== "started";
  if (o.kind === "watch") return o.what === "gap";
  return true;
}

export function progressReporter(write: Write, options: { verbose: boolean; parallel: number }): RunReporter {
  const prefix = (scenario: { id: string }): string => (options.parallel > 1 ? pc.dim(`[${scenario.id}] `) : "");
  return {
    runStarted(run: RunStart) {
      write(pc.bold(`kubetrial run ${run.runId}: ${run.scenarios.length} scenario(s) on ${run.cluster.context} (${run.cluster.serverVersion}, ${run.cluster.nodeCount} node(s))`));
    },
    scenarioStarted(scenario: Scenario, namespace: string) {
      write(`${pc.cyan("▶")} ${pc.bold(scenario.id)} ${pc.dim(`in namespace ${namespace}`)}`);
    },
    stepFinished(scenario: Scenario, result: StepResult) {
      const why = result.verdict === "passed" ? "" : `\n      ${pc.dim(result.message ?? "")}${result.lastSeen ? `\n      last seen: ${result.lastSeen}` : ""}`;
      write(`  ${prefix(scenario)}${MARK[result.verdict]} ${result.description} ${pc.dim(`(+${seconds(result.endT)})`)}${why}`);
    },
    observed(scenario: Scenario, observation: Observation) {
      if (!options.verbose) return;
      if (worthALine(observation)) write(pc.dim(`    ${prefix(scenario)}+${seconds(observation.t)} ${describeObservation(observation)}`));
    },
    scenarioFinished(result: ScenarioResult) {
      const colour = result.verdict === "passed" ? pc.green : result.verdict === "skipped" ? pc.yellow : pc.red;
      const claim = result.claimVerdict ? ` · runbook claim ${result.claimVerdict}` : "";
      write(`${colour(result.verdict === "passed" ? "✔" : "✘")} ${result.id} ${colour(result.verdict)} in ${seconds(result.durationMs)}${claim}`);
      for (const setup of result.setup.filter((s) => s.verdict !== "passed")) write(`    ${pc.red("setup failed:")} ${setup.description}: ${setup.message ?? ""}`);
      for (const inv of result.invariants.filter((i) => i.verdict !== "passed")) write(`    ${pc.red("invariant broken:")} ${inv.description}${inv.message ? `: ${inv.message}` : ""}`);
      if (result.error) write(`    ${pc.red("error:")} ${result.error}`);
      if (!result.cleanup.ok) write(`    ${pc.yellow("cleanup:")} ${result.cleanup.detail ?? ""}`);
    },
    runFinished(result: RunResult) {
      const s = result.summary;
      write(pc.bold(`\n${s.passed} passed, ${s.failed + s.errored} failed${s.skipped ? `, ${s.skipped} skipped` : ""} in ${seconds(result.durationMs)}`));
    },
  };
}
