// `kubetrial gc`: revert what crashed or killed runs left behind (node taints and labels from their journals,
// labelled namespaces of processes that are gone).
import type { Command } from "commander";
import pc from "picocolors";
import { makeClients } from "../../k8s/clients.ts";
import { connectCluster } from "../../cluster/connect.ts";
import { loadKubeConfig, type ClusterFlags } from "../../cluster/resolve.ts";
import { collectGarbage } from "../../runner/gc.ts";
import { clusterOptions } from "./cluster-flags.ts";

export function registerGc(program: Command): void {
  const command = program.command("gc").description("find and revert leftovers of crashed runs (namespaces, node taints, labels)")
    .option("--dry-run", "only say what would be reverted");
  clusterOptions(command);
  command.action(async (flags: ClusterFlags & { dryRun?: boolean }) => {
    const kubeConfig = loadKubeConfig(flags);
    await connectCluster(kubeConfig);
    const actions = await collectGarbage(makeClients(kubeConfig), { context: kubeConfig.getCurrentContext(), dryRun: Boolean(flags.dryRun) });
    for (const a of actions) {
      const mark = flags.dryRun ? pc.yellow("would") : a.done ? pc.green("✔") : pc.red("✘");
      process.stdout.write(`${mark} ${a.what}${a.error ? `: ${a.error}` : ""}\n`);
    }
    if (actions.length === 0) process.stdout.write("nothing left behind\n");
    if (actions.some((a) => a.error)) process.exitCode = 3;
  });
}
