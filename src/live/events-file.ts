// `<reportDir>/live.jsonl`: every hook call as a JSON line, written as it happens, so that another process
// (`kubetrial serve`) can follow a running run. Synchronous appends keep the lines whole and in order.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { RunReporter } from "../model/reporter.ts";
import { eventsReporter, type LiveEvent } from "./events.ts";

export const LIVE_FILE = "live.jsonl";

export function liveEventsFile(reportDir: string): RunReporter {
  let fd: number | undefined;
  const write = (event: LiveEvent): void => {
    if (fd === undefined) {
      mkdirSync(reportDir, { recursive: true });
      fd = openSync(join(reportDir, LIVE_FILE), "a");
    }
    writeSync(fd, `${JSON.stringify(event)}\n`);
    if (event.hook === "runFinished") {
      closeSync(fd);
      fd = undefined;
    }
  };
  return eventsReporter(write);
}
