import type { Command } from "commander";
import { registerServe } from "./serve.ts";
import { registerReplay } from "./replay.ts";
import { registerReport } from "./report.ts";

/** Each command lives in a file of its own and adds itself here. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerReplay(program);
  registerReport(program);
}
