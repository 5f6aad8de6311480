// Workshop mode for the run and replay commands: the live view (or its plain fallback), step mode, live.jsonl.
import type { RunReporter } from "../model/reporter.ts";
import { liveView } from "./live-view.ts";
import { plainLines } from "./plain.ts";
import { stepMode, type KeyInput } from "./step-mode.ts";

export { liveEventsFile, LIVE_FILE } from "./events-file.ts";
export { eventsReporter, type LiveEvent } from "./events.ts";

export interface WorkshopOptions {
  live: boolean;
  step: boolean;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stdin: KeyInput;
  /** The run's interrupt signal: a waiting step prompt gives up when it fires. */
  signal?: AbortSignal;
  /** Replay speed, so ages count at the replayed pace. */
  speed?: number;
  env?: NodeJS.ProcessEnv;
}

/** NO_COLOR counts when set and not empty (no-color.org). */
export function wantsPlain(stdout: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return !stdout.isTTY || Boolean(env["NO_COLOR"]);
}

/**
 * Reporters for `--live` and `--step`. The live view comes first: its confirmAction shows the prompt
 * and returns at once, then step mode waits for the key.
 */
export function workshopReporters(options: WorkshopOptions): RunReporter[] {
  const reporters: RunReporter[] = [];
  const plain = wantsPlain(options.stdout, options.env);
  const write = (line: string): void => void options.stdout.write(`${line}\n`);
  if (options.live && !plain) reporters.push(liveView({ stdout: options.stdout, ...(options.speed ? { speed: options.speed } : {}) }));
  else if (options.live) reporters.push(plainLines(write));
  if (options.step) {
    const prompt = options.live && !plain ? {} : { write };
    reporters.push(stepMode({ stdin: options.stdin, ...prompt, ...(options.signal ? { signal: options.signal } : {}) }));
  }
  return reporters;
}
