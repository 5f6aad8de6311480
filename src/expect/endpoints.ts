// Endpoint counts of a Service across all its EndpointSlices, as of a point in the timeline. Pure.
import type { EndpointSliceSnapshot, Observation } from "../model/observation.ts";
import type { EndpointsExpectation } from "../model/scenario.ts";
import { matchNumber } from "./text.ts";

export interface EndpointCounts {
  ready: number;
  notReady: number;
  serving: number;
  terminating: number;
}

export function countEndpoints(slices: Iterable<EndpointSliceSnapshot>): EndpointCounts {
  const counts: EndpointCounts = { ready: 0, notReady: 0, serving: 0, terminating: 0 };
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      if (endpoint.ready) counts.ready++; else counts.notReady++;
      if (endpoint.serving) counts.serving++;
      if (endpoint.terminating) counts.terminating++;
    }
  }
  return counts;
}

export function countsMatch(e: EndpointsExpectation, c: EndpointCounts): boolean {
  return (e.ready === undefined || matchNumber(e.ready, c.ready)) &&
    (e.notReady === undefined || matchNumber(e.notReady, c.notReady)) &&
    (e.serving === undefined || matchNumber(e.serving, c.serving)) &&
    (e.terminating === undefined || matchNumber(e.terminating, c.terminating));
}

export function countsWords(service: string, c: EndpointCounts): string {
  return `service ${service} endpoints: ready ${c.ready}, not ready ${c.notReady}, serving ${c.serving}, terminating ${c.terminating}`;
}

/** Calls `visit` with the counts after every endpoints observation of the service (and once at `fromSeq` for the state carried in). */
export function walkEndpointCounts(
  timeline: Observation[],
  service: string,
  fromSeq: number,
  visit: (counts: EndpointCounts, seq: number) => boolean,
): EndpointCounts | undefined {
  const slices = new Map<string, EndpointSliceSnapshot>();
  let carried = false;
  let last: EndpointCounts | undefined;
  for (const o of timeline) {
    if (!carried && o.seq >= fromSeq) {
      carried = true;
      last = countEndpoints(slices.values());
      if (slices.size > 0 && visit(last, Math.max(o.seq, fromSeq))) return last;
    }
    if (o.kind !== "endpoints" || o.slice.service !== service) continue;
    if (o.change === "deleted") slices.delete(o.slice.uid);
    else slices.set(o.slice.uid, o.slice);
    last = countEndpoints(slices.values());
    if (o.seq >= fromSeq && visit(last, o.seq)) return last;
  }
  return last;
}
