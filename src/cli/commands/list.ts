// `kubetrial list`: the scenarios a run would pick, with their runbook claims.
import type { Command } from "commander";
import { loadSelectedScenarios, selectionOptions, type SelectionFlags } from "./selection.ts";

export function registerList(program: Command): void {
  const command = program.command("list").description("list scenarios (one line per matrix entry)")
    .argument("[paths...]", "scenario files or folders", ["scenarios"]);
  selectionOptions(command);
  command.action((paths: string[], flags: SelectionFlags) => {
    const { scenarios } = loadSelectedScenarios(paths, flags);
    const width = scenarios.reduce((widest, s) => Math.max(widest, s.id.length), 8);
    for (const s of scenarios) {
      const flags = [s.changesNodes ? "changes-node" : "", ...s.tags].filter(Boolean).join(",");
      process.stdout.write(`${s.id.padEnd(width)}  ${flags.padEnd(28)}  ${s.runbook ? `${s.runbook.source}: ${s.runbook.claim}` : s.description}\n`);
    }
    process.stdout.write(`${scenarios.length} scenario(s)\n`);
  });
}
