// Where `serve` takes its events from: a running run's live.jsonl, a finished run's results.json, the newest
// run under reports/ (switching when a newer one starts), or a replay.
import { existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { InputError } from "../model/errors.ts";
import type { RunResult } from "../model/result.ts";
import { eventsReporter } from "./events.ts";
import { LIVE_FILE } from "./events-file.ts";
import type { LiveFeed } from "./feed.ts";
import { tailLiveFile, watchNewestRun, type Stoppable } from "./follow.ts";
import { readResults as readRunResult } from "../report/read.ts";
import { playReplay } from "./replay.ts";

export type ServeSource =
  | { kind: "follow"; file: string }
  | { kind: "finished"; file: string }
  | { kind: "newest"; root: string };

export function resolveServeSource(path: string | undefined, reportsRoot: string): ServeSource {
  if (path === undefined) return { kind: "newest", root: reportsRoot };
  if (!existsSync(path)) throw new InputError(`${path} does not exist: give a run folder, its live.jsonl or a results.json`);
  if (statSync(path).isDirectory()) {
    const folder = sourceInFolder(path);
    if (!folder) throw new InputError(`${path} holds neither results.json nor ${LIVE_FILE}: is it a run folder under reports/?`);
    return folder;
  }
  return basename(path).endsWith(".jsonl") ? { kind: "follow", file: path } : { kind: "finished", file: path };
}

function sourceInFolder(folder: string): ServeSource | undefined {
  if (existsSync(join(folder, "results.json"))) return { kind: "finished", file: join(folder, "results.json") };
  if (existsSync(join(folder, LIVE_FILE))) return { kind: "follow", file: join(folder, LIVE_FILE) };
  return undefined;
}

export function describeSource(source: ServeSource): string {
  switch (source.kind) {
    case "follow": return `following ${source.file}`;
    case "finished": return `finished run ${source.file}`;
    case "newest": return `the newest run under ${source.root}`;
  }
}

export function connectSource(source: ServeSource, feed: LiveFeed): Stoppable {
  switch (source.kind) {
    case "follow": return tailLiveFile(source.file, feed.push);
    case "finished": {
      const controller = new AbortController();
      void playReplay(readRunResult(source.file), [eventsReporter(feed.push)], { speed: Infinity, signal: controller.signal });
      return { stop: () => controller.abort() };
    }
    case "newest": {
      let inner: Stoppable | undefined;
      const watcher = watchNewestRun(source.root, (folder) => {
        inner?.stop();
        const found = sourceInFolder(folder);
        if (!found) return;
        feed.reset(describeSource(found));
        inner = connectSource(found, feed);
      });
      return { stop: () => { watcher.stop(); inner?.stop(); } };
    }
  }
}

export function connectReplay(run: RunResult, speed: number, feed: LiveFeed): Stoppable & { done: Promise<unknown> } {
  const controller = new AbortController();
  const done = playReplay(run, [eventsReporter(feed.push)], { speed, signal: controller.signal });
  return { stop: () => controller.abort(), done };
}
