// `kubetrial replay <results.json>`: plays a recorded run back at a chosen speed in the terminal's live view
// (or as plain lines), or in `serve`'s page with --serve, so a workshop can run without a cluster.
import { Command, Option } from "commander";
import { InputError } from "../../model/errors.ts";
import { readResults as readRunResult } from "../../report/read.ts";
import { playReplay } from "../../live/replay.ts";
import { workshopReporters } from "../../live/index.ts";
import { serveReplay, serveOptions, type ServeFlags } from "./serve.ts";

interface ReplayFlags extends ServeFlags {
  speed: string;
  serve?: boolean;
  step?: boolean;
  plain?: boolean;
}

export function parseSpeed(text: string): number {
  const speed = Number(text);
  if (!Number.isFinite(speed) || speed <= 0) throw new InputError(`--speed must be a positive number, not "${text}"`);
  return speed;
}

export function registerReplay(program: Command): void {
  const command = program
    .command("replay")
    .description("play a recorded run (results.json) back in the live view, or in the browser with --serve")
    .argument("<results>", "a results.json written by `kubetrial run`")
    .addOption(new Option("--speed <factor>", "recorded seconds per second (10 plays ten times faster)").default("1"))
    .option("--step", "wait for Enter before each action; q stops the replay")
    .option("--plain", "plain timestamped lines instead of the redrawn view")
    .option("--serve", "play it in the browser page of `kubetrial serve` instead of the terminal");
  serveOptions(command);
  command.action(async (file: string, flags: ReplayFlags) => {
    const speed = parseSpeed(flags.speed);
    const run = readRunResult(file);
    if (flags.serve) return serveReplay(run, speed, flags);
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once("SIGINT", stop);
    try {
      const reporters = workshopReporters({
        live: true, step: Boolean(flags.step), stdout: process.stdout, stdin: process.stdin, signal: controller.signal, speed,
        env: flags.plain ? { ...process.env, NO_COLOR: "1" } : process.env,
      });
      const outcome = await playReplay(run, reporters, { speed, signal: controller.signal });
      if (outcome === "aborted") process.stdout.write("\nreplay stopped\n");
    } finally {
      process.off("SIGINT", stop);
    }
  });
}
