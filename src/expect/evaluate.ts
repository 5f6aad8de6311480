// Evaluating an expectation over a timeline from a cursor. Pure: the runner calls it after every new observation.
//
// State expectations (a pod's fields, endpoint counts) also consider the state carried in at the cursor: a pod that is
// already Running when the step begins satisfies "status Running" at once. Events and STATUS sequences are
// occurrences: they must be observed at or after the cursor (a sequence's first element may be the carried-in state).
import type { EventSnapshot, Observation, PodObservation } from "../model/observation.ts";
import type { StepResult } from "../model/result.ts";
import type { EventExpectation, Expectation, PodExpectation } from "../model/scenario.ts";
import { countsMatch, countsWords, walkEndpointCounts } from "./endpoints.ts";
import { matchPodState, podStateWords, selects } from "./pod-match.ts";
import { matchNumber, matchText } from "./text.ts";

export type Evaluation =
  | { verdict: "passed"; evidence: number[]; satisfiedAtSeq: number }
  | { verdict: "pending"; matchedSoFar: number; lastSeen: string };

function podHistories(timeline: Observation[], e: PodExpectation): Map<string, PodObservation[]> {
  const histories = new Map<string, PodObservation[]>();
  for (const o of timeline) {
    if (o.kind !== "pod" || !selects(e.pod, o.pod)) continue;
    const list = histories.get(o.pod.uid) ?? [];
    list.push(o);
    histories.set(o.pod.uid, list);
  }
  return histories;
}

/** The observations of one pod that a step starting at `fromSeq` may use: the carried-in one, then the later ones. */
function window(history: PodObservation[], fromSeq: number): PodObservation[] {
  const before = history.filter((o) => o.seq < fromSeq);
  const carried = before[before.length - 1];
  const after = history.filter((o) => o.seq >= fromSeq);
  return carried && carried.change !== "deleted" ? [carried, ...after] : after;
}

function evaluateSequence(e: PodExpectation, observations: PodObservation[], sequence: string[]): { evidence: number[] } | { matched: number } {
  let index = 0;
  let evidence: number[] = [];
  let previousStatus: string | undefined;
  for (const o of observations) {
    const status = o.change === "deleted" ? "(deleted)" : o.pod.status;
    const expected = sequence[index] as string;
    const isLast = index === sequence.length - 1;
    if (matchText(expected, status) && (!isLast || matchPodState(e, o.pod, o.change === "deleted"))) {
      evidence.push(o.seq);
      index++;
      if (index === sequence.length) return { evidence };
    } else if (e.strict && index > 0 && status !== previousStatus && !matchText(sequence[index - 1] as string, status)) {
      // strict: a different STATUS between two expected ones breaks the chain; look for a new start
      index = 0;
      evidence = [];
      if (matchText(sequence[0] as string, status)) { evidence.push(o.seq); index = 1; }
    }
    previousStatus = status;
  }
  return { matched: index };
}

function evaluatePod(timeline: Observation[], e: PodExpectation, fromSeq: number): Evaluation {
  const histories = podHistories(timeline, e);
  let best: { evidence: number[]; at: number } | undefined;
  let matchedSoFar = 0;
  let latest: PodObservation | undefined;
  for (const history of histories.values()) {
    const last = history[history.length - 1];
    if (last && (!latest || last.seq > latest.seq)) latest = last;
    const observations = window(history, fromSeq);
    if (e.sequence && e.sequence.length > 0) {
      const outcome = evaluateSequence(e, observations, e.sequence);
      if ("evidence" in outcome) {
        const at = outcome.evidence[outcome.evidence.length - 1] as number;
        if (!best || at < best.at) best = { evidence: outcome.evidence, at };
      } else matchedSoFar = Math.max(matchedSoFar, outcome.matched);
      continue;
    }
    const hit = observations.find((o) => matchPodState(e, o.pod, o.change === "deleted"));
    if (hit && (!best || Math.max(hit.seq, fromSeq) < best.at)) best = { evidence: [hit.seq], at: Math.max(hit.seq, fromSeq) };
  }
  if (best) return { verdict: "passed", evidence: best.evidence, satisfiedAtSeq: best.at };
  const what = e.pod.name ? `pod named ${e.pod.name}` : "pod with those labels";
  const lastSeen = latest ? podStateWords(latest.pod, latest.change === "deleted") : `no ${what} observed`;
  const progress = e.sequence && matchedSoFar > 0 ? ` (saw ${e.sequence.slice(0, matchedSoFar).join(" → ")})` : "";
  return { verdict: "pending", matchedSoFar, lastSeen: lastSeen + progress };
}

export function eventMatches(e: EventExpectation, event: EventSnapshot): boolean {
  return (e.type === undefined || e.type === event.type) &&
    (e.reason === undefined || matchText(e.reason, event.reason)) &&
    (e.message === undefined || matchText(e.message, event.message)) &&
    (e.object === undefined || matchText(e.object, event.object.name)) &&
    (e.objectKind === undefined || e.objectKind === event.object.kind) &&
    (e.count === undefined || matchNumber(e.count, event.count));
}

function evaluateEvent(timeline: Observation[], e: EventExpectation, fromSeq: number): Evaluation {
  let latest: EventSnapshot | undefined;
  for (let i = fromSeq; i < timeline.length; i++) {
    const o = timeline[i] as Observation;
    if (o.kind !== "event" || o.change === "deleted") continue;
    if (eventMatches(e, o.event)) return { verdict: "passed", evidence: [o.seq], satisfiedAtSeq: o.seq };
    if (e.object === undefined || matchText(e.object, o.event.object.name)) latest = o.event;
  }
  const lastSeen = latest ? `last event${e.object ? ` on ${e.object}` : ""}: ${latest.type} ${latest.reason} "${latest.message.slice(0, 200)}"` : "no matching event since the step began";
  return { verdict: "pending", matchedSoFar: 0, lastSeen };
}

export function evaluateExpectation(timeline: Observation[], e: Expectation, fromSeq: number): Evaluation {
  switch (e.kind) {
    case "pod": return evaluatePod(timeline, e, fromSeq);
    case "event": return evaluateEvent(timeline, e, fromSeq);
    case "endpoints": {
      let hitSeq: number | undefined;
      const last = walkEndpointCounts(timeline, e.service, fromSeq, (counts, seq) => {
        if (!countsMatch(e, counts)) return false;
        hitSeq = seq;
        return true;
      });
      if (hitSeq !== undefined) return { verdict: "passed", evidence: [hitSeq], satisfiedAtSeq: hitSeq };
      return { verdict: "pending", matchedSoFar: 0, lastSeen: last ? countsWords(e.service, last) : `no EndpointSlice of service ${e.service} observed` };
    }
  }
}

const RESOURCE: Record<Expectation["kind"], string> = { pod: "pods", event: "events", endpoints: "endpointslices" };

function gapSince(timeline: Observation[], e: Expectation, fromSeq: number): Observation | undefined {
  return timeline.find((o) => o.seq >= fromSeq && o.kind === "watch" && o.what === "gap" && o.resource === RESOURCE[e.kind]);
}

/** A step that timed out: failed, or inconclusive when a watch gap means the evidence may have been missed. */
export function finalizeStep(
  timeline: Observation[],
  e: Expectation,
  fromSeq: number,
  evaluation: Evaluation,
  _window: { startT: number; endT: number },
): Pick<StepResult, "verdict" | "evidence" | "lastSeen"> {
  const lastSeen = evaluation.verdict === "pending" ? evaluation.lastSeen : "";
  const gap = gapSince(timeline, e, fromSeq);
  return { verdict: gap ? "inconclusive" : "failed", evidence: [], lastSeen: gap ? `${lastSeen} (watch gap at +${gap.t} ms)` : lastSeen };
}

/** A `never` invariant: broken by the first observation at or after `fromSeq` that matches. */
export function checkInvariant(
  timeline: Observation[],
  e: Expectation,
  fromSeq: number,
): { verdict: "passed" | "failed" | "inconclusive"; violation?: number; message?: string } {
  let violation: number | undefined;
  let message = "";
  if (e.kind === "pod") {
    const hit = timeline.find((o): o is PodObservation => o.seq >= fromSeq && o.kind === "pod" && selects(e.pod, o.pod) &&
      matchPodState(e, o.pod, o.change === "deleted"));
    if (hit) { violation = hit.seq; message = `seen at +${(hit.t / 1000).toFixed(1)}s: ${podStateWords(hit.pod, hit.change === "deleted")}`; }
  } else if (e.kind === "event") {
    const hit = timeline.find((o) => o.seq >= fromSeq && o.kind === "event" && eventMatches(e, o.event));
    if (hit && hit.kind === "event") { violation = hit.seq; message = `seen at +${(hit.t / 1000).toFixed(1)}s: ${hit.event.type} ${hit.event.reason} "${hit.event.message}"`; }
  } else {
    walkEndpointCounts(timeline, e.service, fromSeq, (counts, seq) => {
      if (!countsMatch(e, counts)) return false;
      violation = seq;
      message = countsWords(e.service, counts);
      return true;
    });
  }
  if (violation !== undefined) return { verdict: "failed", violation, message };
  return gapSince(timeline, e, fromSeq) ? { verdict: "inconclusive", message: "a watch gap may hide a violation" } : { verdict: "passed" };
}
