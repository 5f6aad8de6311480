import { readFileSync } from "node:fs";
import type { RunResult } from "../../../src/model/result.ts";
import { eventsReporter, type LiveEvent } from "../../../src/live/events.ts";
import { replayPlan } from "../../../src/live/replay.ts";
import { reporterHub } from "../../../src/runner/reporter-hub.ts";

export const FIXTURE = new URL("../../fixtures/live/results.json", import.meta.url).pathname;

export function fixture(): RunResult {
  return JSON.parse(readFileSync(FIXTURE, "utf8")) as RunResult;
}

/** The fixture's hook calls as live events, in replay order, stamped at a fixed clock. */
export async function fixtureEvents(run: RunResult = fixture()): Promise<LiveEvent[]> {
  const events: LiveEvent[] = [];
  const hub = reporterHub([eventsReporter((e) => events.push(e), () => new Date("2026-11-24T12:00:00Z"))], (m) => { throw new Error(m); });
  for (const call of replayPlan(run)) await call.play(hub);
  return events;
}
