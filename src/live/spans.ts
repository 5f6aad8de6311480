// Timeline lanes (one per pod and per container) built incrementally from pod observations: each lane is a
// run of spans, one per STATUS (or container state) held. The same data drives the page's SVG chart.
import type { ContainerSnapshot, PodObservation } from "../model/observation.ts";
import { statusTone, type Tone } from "./tone.ts";

export interface Span {
  from: number;
  /** Absent while the span is still open. */
  to?: number;
  label: string;
  tone: Tone;
}

export interface Lane {
  /** pod uid, or `uid/container`. */
  key: string;
  pod: string;
  container?: string;
  init?: boolean;
  spans: Span[];
}

export function containerLabel(c: ContainerSnapshot): string {
  if (c.state === "running") return c.ready ? "Running" : "Running (not ready)";
  if (c.state === "terminated") return `${c.reason ?? "Terminated"}${c.exitCode !== undefined ? ` (exit ${c.exitCode})` : ""}`;
  if (c.state === "waiting") return c.reason ?? "Waiting";
  return "Unknown";
}

function containerTone(c: ContainerSnapshot): Tone {
  if (c.state === "running") return c.ready ? "ok" : "warn";
  if (c.state === "terminated") return c.exitCode === 0 ? "done" : "bad";
  return statusTone(c.reason ?? "Waiting", false);
}

function podLabel(o: PodObservation): string {
  if (o.change === "deleted") return "Deleted";
  return o.pod.status === "Running" && !o.pod.ready ? "Running (not ready)" : o.pod.status;
}

/** Closes the lane's open span and opens one with `label` unless it already shows it. */
function advance(lane: Lane, t: number, label: string, tone: Tone, open: boolean): void {
  const last = lane.spans.at(-1);
  if (last && last.to === undefined) {
    if (last.label === label && open) return;
    last.to = t;
  }
  if (open) lane.spans.push({ from: t, label, tone });
}

function laneFor(lanes: Lane[], index: Map<string, Lane>, key: string, make: () => Lane): Lane {
  let lane = index.get(key);
  if (!lane) {
    lane = make();
    index.set(key, lane);
    lanes.push(lane);
  }
  return lane;
}

export class LaneBuilder {
  readonly lanes: Lane[] = [];
  private readonly index = new Map<string, Lane>();

  add(o: PodObservation): void {
    const { uid, name } = o.pod;
    const deleted = o.change === "deleted";
    const pod = laneFor(this.lanes, this.index, uid, () => ({ key: uid, pod: name, spans: [] }));
    advance(pod, o.t, podLabel(o), deleted ? "gone" : statusTone(o.pod.status, o.pod.ready), !deleted);
    for (const c of [...o.pod.initContainers, ...o.pod.containers]) {
      const key = `${uid}/${c.name}`;
      const lane = laneFor(this.lanes, this.index, key, () => ({ key, pod: name, container: c.name, ...(c.init ? { init: true } : {}), spans: [] }));
      advance(lane, o.t, containerLabel(c), containerTone(c), !deleted);
    }
    if (deleted) for (const lane of this.lanes) if (lane.key.startsWith(`${uid}/`)) advance(lane, o.t, "", "gone", false);
  }
}
