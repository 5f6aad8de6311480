// `kubetrial serve [path]`: a local web page with the live view and the per-pod timeline, for a projector.
// It follows a running run (its live.jsonl), opens a finished one (results.json), or plays a replay.
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { InputError } from "../../model/errors.ts";
import type { RunResult } from "../../model/result.ts";
import { LiveFeed } from "../../live/feed.ts";
import { checkHost, startServer, type Served } from "../../live/server.ts";
import { connectReplay, connectSource, describeSource, resolveServeSource } from "../../live/sources.ts";
import { readResults as readRunResult } from "../../report/read.ts";

export interface ServeFlags {
  host: string;
  port: string;
  allowRemote?: boolean;
}

interface ServeCommandFlags extends ServeFlags {
  reportDir: string;
  replay?: string;
  speed: string;
}

export function serveOptions(command: Command): Command {
  return command
    .addOption(new Option("--host <address>", "address to listen on (loopback unless --allow-remote)").default("127.0.0.1"))
    .addOption(new Option("--port <n>", "port (0 picks a free one)").default("7420"))
    .option("--allow-remote", "allow a non-loopback --host: anyone who can reach it sees the run");
}

function port(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new InputError(`--port must be a whole number from 0 to 65535, not "${text}"`);
  return value;
}

/** Serves until Ctrl-C; prints the address first (tests read it). */
async function serveUntilInterrupted(feed: LiveFeed, flags: ServeFlags, stop: () => void): Promise<void> {
  const served: Served = await startServer(feed, { host: flags.host, port: port(flags.port), allowRemote: Boolean(flags.allowRemote) });
  process.stdout.write(`kubetrial serve: ${served.url}  (${feed.source}; Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const quit = (): void => {
      process.off("SIGINT", quit);
      process.off("SIGTERM", quit);
      done();
    };
    process.on("SIGINT", quit);
    process.on("SIGTERM", quit);
  });
  stop();
  feed.close();
  await served.close();
}

export async function serveReplay(run: RunResult, speed: number, flags: ServeFlags): Promise<void> {
  const feed = new LiveFeed(`replay of run ${run.runId} at ${speed}×`, speed);
  // Check the address before the replay begins, so a refused --host leaves nothing running.
  port(flags.port);
  checkHost(flags.host, Boolean(flags.allowRemote));
  const replay = connectReplay(run, speed, feed);
  await serveUntilInterrupted(feed, flags, replay.stop);
}

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("show a run live in the browser: follows a running run, opens a finished one, or plays a replay")
    .argument("[path]", "run folder, its live.jsonl or a results.json (default: the newest run under --report-dir, following newer ones)")
    .addOption(new Option("--report-dir <dir>", "folder of run folders").default("reports"))
    .option("--replay <results>", "play this results.json back instead")
    .addOption(new Option("--speed <factor>", "replay speed (with --replay)").default("1"));
  serveOptions(command);
  command.action(async (path: string | undefined, flags: ServeCommandFlags) => {
    if (flags.replay) {
      const speed = Number(flags.speed);
      if (!Number.isFinite(speed) || speed <= 0) throw new InputError(`--speed must be a positive number, not "${flags.speed}"`);
      return serveReplay(readRunResult(flags.replay), speed, flags);
    }
    const source = resolveServeSource(path, resolve(flags.reportDir));
    if (source.kind === "finished") readRunResult(source.file); // a bad file fails here, with exit code 2
    const feed = new LiveFeed(describeSource(source));
    const connection = connectSource(source, feed);
    await serveUntilInterrupted(feed, flags, connection.stop);
  });
}
