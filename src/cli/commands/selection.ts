// Which scenarios a command works on: paths, --grep, --tag, --templates.
import { resolve } from "node:path";
import type { Command } from "commander";
import type { Scenario } from "../../model/scenario.ts";
import { loadScenarios } from "../../scenario/load.ts";

export interface SelectionFlags {
  grep?: string;
  tag?: string;
  templates?: string;
}

export function selectionOptions(command: Command): void {
  command
    .option("-g, --grep <regex>", "only scenarios whose id or name matches")
    .option("-t, --tag <tag>", "only scenarios with this tag")
    .option("--templates <dir>", "folder of the Handlebars templates", "templates");
}

export function loadSelectedScenarios(paths: string[], flags: SelectionFlags): { scenarios: Scenario[]; templatesDir: string } {
  const templatesDir = resolve(flags.templates ?? "templates");
  const filters = { ...(flags.grep ? { grep: flags.grep } : {}), ...(flags.tag ? { tag: flags.tag } : {}) };
  return { scenarios: loadScenarios(paths.length ? paths : ["scenarios"], templatesDir, filters), templatesDir };
}
