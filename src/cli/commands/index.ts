import type { Command } from "commander";

/** Each command lives in a file of its own and adds itself here. */
export function registerCommands(program: Command): void {
  void program;
}
