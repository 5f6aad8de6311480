// `kubetrial run`: load and validate scenarios and check that the report folder is writable (nothing touches the cluster
// before), pick the cluster, run, write results.json, junit.xml and index.html, and exit 0 (all passed), 1 (a scenario failed) or 3 (cluster trouble).
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { ExitCode, InputError } from "../../model/errors.ts";
import type { RunReporter } from "../../model/reporter.ts";
import { makeClients } from "../../k8s/clients.ts";
import { runScenarios } from "../../runner/run.ts";
import { newRunId } from "../../runner/run-id.ts";
import { assertWritableFolder, writeReports } from "../../report/write.ts";
import { resolveCluster } from "../../cluster/resolve.ts";
import { declaredImages, loadImagesIntoKind } from "../../cluster/images.ts";
import { workshopReporters, liveEventsFile } from "../../live/index.ts";
import { progressReporter } from "../progress.ts";
import { interruptOnSignals } from "../interrupt.ts";
import { loadSelectedScenarios, selectionOptions, type SelectionFlags } from "./selection.ts";
import { clusterOptions } from "./cluster-flags.ts";
import type { ClusterFlags } from "../../cluster/resolve.ts";

interface RunFlags extends SelectionFlags, ClusterFlags {
  parallel: string;
  keepOnFailure?: boolean;
  reportDir: string;
  verbose?: boolean;
  live?: boolean;
  step?: boolean;
}

export function registerRun(program: Command): void {
  const command = program
    .command("run")
    .description("run scenarios against a cluster and write a report")
    .argument("[paths...]", "scenario files or folders", ["scenarios"]);
  selectionOptions(command);
  clusterOptions(command);
  command
    .addOption(new Option("-p, --parallel <n>", "scenarios run at once (node-changing ones always run alone)").default("4"))
    .option("--keep-on-failure", "keep the namespace of a failed scenario for inspection (kubetrial gc removes it)")
    .addOption(new Option("--report-dir <dir>", "folder that receives <run-id>/").default("reports"))
    .option("-v, --verbose", "print every observation as it arrives")
    .option("--live", "redraw a live view of pods, events and expectations (workshop mode)")
    .option("--step", "wait for Enter before each action; q aborts and cleans up")
    .action(async (paths: string[], flags: RunFlags) => {
      process.exitCode = await run(paths, flags);
    });
}

async function run(paths: string[], flags: RunFlags): Promise<number> {
  const parallel = Number(flags.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) throw new InputError(`--parallel must be a positive whole number, not "${flags.parallel}"`);
  const { scenarios, templatesDir } = loadSelectedScenarios(paths, flags);
  if (scenarios.length === 0) throw new InputError(`no scenario matches ${paths.join(", ")}${flags.grep ? ` --grep ${flags.grep}` : ""}${flags.tag ? ` --tag ${flags.tag}` : ""}`);

  assertWritableFolder(flags.reportDir);

  const write = (line: string): void => void process.stdout.write(`${line}\n`);
  const cluster = await resolveCluster(flags);
  const interrupt = interruptOnSignals((line) => process.stderr.write(`${line}\n`));
  try {
    const imagesLoaded = cluster.kind ? await loadImagesIntoKind(cluster.kind.cli, cluster.kind.name, declaredImages(scenarios)) : [];
    const runId = newRunId();
    const reportsRoot = resolve(flags.reportDir);
    const reporters: RunReporter[] = [
      // first: step mode's "waiting for Enter" must reach live.jsonl before the presenter answers
      liveEventsFile(`${reportsRoot}/${runId}`),
      ...(flags.live || flags.step
        ? workshopReporters({ live: Boolean(flags.live), step: Boolean(flags.step), stdout: process.stdout, stdin: process.stdin, signal: interrupt.signal })
        : []),
      ...(flags.live ? [] : [progressReporter(write, { verbose: Boolean(flags.verbose), parallel })]),
    ];
    const { result, reportDir } = await runScenarios({
      scenarios,
      clients: makeClients(cluster.kubeConfig),
      cluster: cluster.info,
      ...(cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {}),
      parallel,
      keepOnFailure: Boolean(flags.keepOnFailure),
      reportsRoot,
      templatesDir,
      reporters,
      signal: interrupt.signal,
      runId,
      imagesLoaded,
    });
    const written = await writeReports(result, reportDir);
    write(`report: ${written.html}\n        ${written.junit}\n        ${written.json}`);
    if (interrupt.signal.aborted) return ExitCode.interrupted;
    return result.summary.passed === result.summary.total ? ExitCode.passed : ExitCode.scenarioFailed;
  } finally {
    interrupt.dispose();
    await cluster.cleanup();
  }
}
