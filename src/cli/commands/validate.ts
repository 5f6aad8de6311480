// `kubetrial validate`: every file, every problem (the first 50 of a file), file:line:col (field): message; exit 2 if any.
import type { Command } from "commander";
import pc from "picocolors";
import { InputError } from "../../model/errors.ts";
import { checkScenarioFiles } from "../../scenario/load.ts";
import { selectionOptions, type SelectionFlags } from "./selection.ts";
import { resolve } from "node:path";

export function registerValidate(program: Command): void {
  const command = program.command("validate").description("check scenario files and their templates; touches no cluster")
    .argument("[paths...]", "scenario files or folders", ["scenarios"]);
  selectionOptions(command);
  command.action((paths: string[], flags: SelectionFlags) => {
    const templatesDir = resolve(flags.templates ?? "templates");
    const { scenarios, errors } = checkScenarioFiles(paths, templatesDir);
    for (const error of errors) process.stderr.write(`${pc.red("✘")} ${error.message}\n`);
    if (errors.length > 0) throw new InputError(`${errors.length} problem(s) in the scenario files`);
    process.stdout.write(`${pc.green("✔")} ${scenarios.length} scenario(s) valid\n`);
  });
}
