// `kubetrial validate`: every file, every problem, file:line:col (field): message; exit 2 if any.
import type { Command } from "commander";
import pc from "picocolors";
import { InputError } from "../../model/errors.ts";
import { discoverScenarioFiles, loadScenarioFile } from "../../scenario/load.ts";
import { selectionOptions, type SelectionFlags } from "./selection.ts";
import { resolve } from "node:path";

export function registerValidate(program: Command): void {
  const command = program.command("validate").description("check scenario files and their templates; touches no cluster")
    .argument("[paths...]", "scenario files or folders", ["scenarios"]);
  selectionOptions(command);
  command.action((paths: string[], flags: SelectionFlags) => {
    const templatesDir = resolve(flags.templates ?? "templates");
    let bad = 0;
    let count = 0;
    for (const file of discoverScenarioFiles(paths)) {
      try {
        count += loadScenarioFile(file, templatesDir).length;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        bad++;
        process.stderr.write(`${pc.red("✘")} ${error.message}\n`);
      }
    }
    if (bad > 0) throw new InputError(`${bad} invalid scenario file(s)`);
    process.stdout.write(`${pc.green("✔")} ${count} scenario(s) valid\n`);
  });
}
