import type { Command } from "commander";
import { registerServe } from "./serve.ts";
import { registerReplay } from "./replay.ts";
import { registerReport } from "./report.ts";
import { registerRun } from "./run.ts";
import { registerList } from "./list.ts";
import { registerValidate } from "./validate.ts";
import { registerRender } from "./render.ts";
import { registerGc } from "./gc.ts";
import { registerCluster } from "./cluster.ts";

/** Each command lives in a file of its own and adds itself here. */
export function registerCommands(program: Command): void {
  registerRun(program);
  registerList(program);
  registerValidate(program);
  registerRender(program);
  registerGc(program);
  registerCluster(program);
  registerServe(program);
  registerReplay(program);
  registerReport(program);
}
