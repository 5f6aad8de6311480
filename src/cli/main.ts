#!/usr/bin/env node
// kubetrial's command line: parse, call the library, map outcomes to exit codes.
import { Command, CommanderError } from "commander";
import { ExitCode, InputError, ClusterError } from "../model/errors.ts";
import { registerCommands } from "./commands/index.ts";
import { toolVersion } from "./version.ts";

const program = new Command("kubetrial")
  .description("Chaos scenarios for Kubernetes: deploy faults, record every transition, assert the order, report.")
  .version(toolVersion())
  .exitOverride()
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : ExitCode.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kubetrial: ${message}\n`);
  if (error instanceof InputError) return ExitCode.badInput;
  if (error instanceof ClusterError) return ExitCode.clusterProblem;
  if (process.env["KUBETRIAL_DEBUG"] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return ExitCode.clusterProblem;
}
