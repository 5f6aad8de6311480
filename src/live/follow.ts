// Following a run from another process: tail its live.jsonl as it grows, and (without a named folder)
// switch to each newer run folder that appears under reports/.
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseLiveLine, type LiveEvent } from "./events.ts";
import { LIVE_FILE } from "./events-file.ts";

const POLL_MS = 200;

export interface Stoppable { stop(): void }

/** Calls `onEvent` for every line already in `file` and every line appended later, until `runFinished`. */
export function tailLiveFile(file: string, onEvent: (event: LiveEvent) => void): Stoppable {
  let offset = 0;
  let partial = "";
  let done = false;
  const buffer = Buffer.alloc(1 << 16);
  const poll = (): void => {
    if (done || !existsSync(file)) return;
    const fd = openSync(file, "r");
    try {
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, offset);
        if (read === 0) break;
        offset += read;
        partial += buffer.toString("utf8", 0, read);
      }
    } finally {
      closeSync(fd);
    }
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const event = parseLiveLine(line);
      if (!event) continue;
      onEvent(event);
      if (event.hook === "runFinished") done = true;
    }
    if (done) clearInterval(timer);
  };
  const timer = setInterval(poll, POLL_MS);
  poll();
  return { stop: () => clearInterval(timer) };
}

/** The newest run folder (run ids sort by time) holding live.jsonl or results.json, if any. */
export function newestRunFolder(reportsRoot: string): string | undefined {
  if (!existsSync(reportsRoot)) return undefined;
  const folders = readdirSync(reportsRoot)
    .map((name) => join(reportsRoot, name))
    .filter((path) => statSync(path).isDirectory() && (existsSync(join(path, LIVE_FILE)) || existsSync(join(path, "results.json"))));
  return folders.sort().at(-1);
}

/** Watches `reportsRoot` and calls `onRun` with each run folder newer than the last one seen. */
export function watchNewestRun(reportsRoot: string, onRun: (folder: string) => void): Stoppable {
  let current: string | undefined;
  const poll = (): void => {
    const newest = newestRunFolder(reportsRoot);
    if (newest && newest !== current) {
      current = newest;
      onRun(newest);
    }
  };
  const timer = setInterval(poll, 500);
  poll();
  return { stop: () => clearInterval(timer) };
}
