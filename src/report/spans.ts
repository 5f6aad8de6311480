// Timeline → chart model (pure): lanes of spans per pod, per container, per service and per changing node,
// event and restart markers, actions and watch gaps, all on the scenario's time axis in ms.
import type { ContainerSnapshot, EndpointSnapshot, EventSnapshot, NodeSnapshot, Observation } from "../model/observation.ts";
import type { StepResult } from "../model/result.ts";
import { oneLine } from "./text.ts";

export type Tone = "pending" | "ok" | "warn" | "bad" | "backoff" | "done" | "gone" | "unknown";
export const TONES: readonly Tone[] = ["pending", "ok", "warn", "backoff", "bad", "done", "gone", "unknown"];

export interface Span {
  from: number;
  to: number;
  label: string;
  tone: Tone;
  /** Still held when the timeline ends. */
  open: boolean;
  /** Shown instead of `label` when that does not fit. */
  short?: string;
}

export type MarkerKind = "restart" | "probe" | "warning" | "normal";

export interface Marker {
  t: number;
  kind: MarkerKind;
  label: string;
  detail: string;
}

export type LaneKind = "steps" | "pod" | "container" | "events" | "endpoints" | "node";

export interface Lane {
  key: string;
  kind: LaneKind;
  title: string;
  spans: Span[];
  markers: Marker[];
}

export interface LaneGroup {
  key: string;
  title: string;
  lanes: Lane[];
}

export interface ActionMark {
  t: number;
  endT?: number;
  action: string;
  label: string;
  outcome: "done" | "failed" | "unfinished";
  detail?: string;
}

export interface GapMark {
  from: number;
  to: number;
  label: string;
}

export interface TimelineModel {
  end: number;
  groups: LaneGroup[];
  actions: ActionMark[];
  gaps: GapMark[];
}

export function statusTone(status: string, ready = true): Tone {
  if (status === "Running") return ready ? "ok" : "warn";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (status === "Terminating" || status === "Deleted") return "gone";
  if (/BackOff$/.test(status)) return "backoff";
  if (/Err|Error|Killed|Evicted|Fail|Invalid|NeverPull|StatusUnknown|NodeLost|OutOf|Preempt/.test(status)) return "bad";
  if (/^(Pending|ContainerCreating|PodInitializing|Waiting|Init:\d+\/\d+|SchedulingGated)$/.test(status)) return "pending";
  return "unknown";
}

export function containerLabel(c: ContainerSnapshot): string {
  if (c.state === "running") return c.ready ? "Running" : "Running (not ready)";
  if (c.state === "terminated") return `${c.reason ?? "Terminated"}${c.exitCode !== undefined ? ` (exit ${c.exitCode})` : ""}`;
  if (c.state === "waiting") return c.reason ?? "Waiting";
  return "Unknown";
}

export function containerTone(c: ContainerSnapshot): Tone {
  if (c.state === "running") return c.ready ? "ok" : "warn";
  if (c.state === "terminated") return c.exitCode === 0 ? "done" : "bad";
  if (c.state === "waiting") return statusTone(c.reason ?? "Waiting");
  return "unknown";
}

const STEP_TONE: Record<StepResult["verdict"], Tone> = { passed: "ok", failed: "bad", inconclusive: "warn", skipped: "unknown" };

function newLane(key: string, kind: LaneKind, title: string): Lane {
  return { key, kind, title, spans: [], markers: [] };
}

/** Moves the lane to `label` at `t`: closes the open span unless it already shows that label. */
function advance(lane: Lane, t: number, label: string | undefined, tone: Tone): void {
  const last = lane.spans.at(-1);
  if (last?.open) {
    if (last.label === label) return;
    last.to = t;
    last.open = false;
  }
  if (label !== undefined) lane.spans.push({ from: t, to: t, label, tone, open: true });
}

function eventMarker(t: number, e: EventSnapshot, withObject: boolean): Marker {
  const kind: MarkerKind = e.reason === "Unhealthy" ? "probe" : e.type === "Normal" ? "normal" : "warning";
  const object = withObject ? `${e.object.kind}/${e.object.name} ` : "";
  return { t, kind, label: e.reason, detail: `${object}${e.type} ${e.reason}: ${oneLine(e.message)}${e.count > 1 ? ` (x${e.count})` : ""}` };
}

function nodeLabel(n: NodeSnapshot): { label: string; tone: Tone } {
  const parts = [n.ready ? "Ready" : "NotReady"];
  if (n.unschedulable) parts.push("SchedulingDisabled");
  for (const t of n.taints) parts.push(`${t.key}${t.value !== undefined ? `=${t.value}` : ""}:${t.effect}`);
  const tone: Tone = !n.ready ? "bad" : n.unschedulable || n.taints.length > 0 ? "warn" : "ok";
  return { label: parts.join(", "), tone };
}

function endpointsLabel(endpoints: EndpointSnapshot[]): { label: string; tone: Tone } {
  if (endpoints.length === 0) return { label: "no endpoints", tone: "unknown" };
  const ready = endpoints.filter((e) => e.ready).length;
  const terminating = endpoints.filter((e) => e.terminating).length;
  const label = `${ready}/${endpoints.length} ready${terminating ? `, ${terminating} terminating` : ""}`;
  return { label, tone: ready === endpoints.length ? "ok" : ready > 0 ? "warn" : "bad" };
}

interface PodTrack {
  group: LaneGroup;
  pod: Lane;
  events: Lane;
  containers: Map<string, { lane: Lane; restarts: number }>;
}

export interface TimelineOptions {
  /** Scenario duration in ms; the axis ends at the latest of this, the last observation and the last step. */
  end?: number;
  /** Expect steps are drawn as a lane of windows coloured by verdict. */
  steps?: readonly StepResult[];
}

export function buildTimeline(timeline: readonly Observation[], options: TimelineOptions = {}): TimelineModel {
  const pods = new Map<string, PodTrack>();
  const podGroups: LaneGroup[] = [];
  const services = new Map<string, { lane: Lane; slices: Map<string, EndpointSnapshot[]> }>();
  const nodes = new Map<string, Lane>();
  const other = newLane("other-events", "events", "events");
  const actions: ActionMark[] = [];
  const gaps: GapMark[] = [];
  const lastUidByName = new Map<string, string>();

  const trackPod = (uid: string, name: string): PodTrack => {
    let track = pods.get(uid);
    if (!track) {
      const same = podGroups.filter((g) => g.title === name || g.title.startsWith(`${name} #`)).length;
      const group: LaneGroup = { key: uid, title: same > 0 ? `${name} #${same + 1}` : name, lanes: [] };
      track = { group, pod: newLane(`${uid}/pod`, "pod", "pod"), events: newLane(`${uid}/events`, "events", "events"), containers: new Map() };
      group.lanes.push(track.pod);
      pods.set(uid, track);
      podGroups.push(group);
    }
    return track;
  };

  for (const o of timeline) {
    switch (o.kind) {
      case "pod": {
        const track = trackPod(o.pod.uid, o.pod.name);
        lastUidByName.set(o.pod.name, o.pod.uid);
        const deleted = o.change === "deleted";
        const label = o.pod.status === "Running" && !o.pod.ready ? "Running (not ready)" : o.pod.status;
        advance(track.pod, o.t, deleted ? undefined : label, statusTone(o.pod.status, o.pod.ready));
        for (const c of [...o.pod.initContainers, ...o.pod.containers]) {
          let entry = track.containers.get(c.name);
          if (!entry) {
            entry = { lane: newLane(`${o.pod.uid}/${c.name}`, "container", `${c.init ? "init " : ""}${c.name}`), restarts: c.restartCount };
            track.containers.set(c.name, entry);
            track.group.lanes.push(entry.lane);
          }
          if (c.restartCount > entry.restarts) {
            const last = c.lastState ? ` after ${c.lastState.reason ?? c.lastState.state}${c.lastState.exitCode !== undefined ? ` (exit ${c.lastState.exitCode})` : ""}` : "";
            entry.lane.markers.push({ t: o.t, kind: "restart", label: `restart ${c.restartCount}`, detail: `${c.name} restart ${c.restartCount}${last}` });
          }
          entry.restarts = Math.max(entry.restarts, c.restartCount);
          advance(entry.lane, o.t, deleted ? undefined : containerLabel(c), containerTone(c));
        }
        if (deleted) for (const { lane } of track.containers.values()) advance(lane, o.t, undefined, "gone");
        break;
      }
      case "event": {
        if (o.change === "deleted") break;
        const { object } = o.event;
        const uid = object.uid && pods.has(object.uid) ? object.uid : object.kind === "Pod" ? lastUidByName.get(object.name) : undefined;
        if (uid) {
          pods.get(uid)?.events.markers.push(eventMarker(o.t, o.event, false));
        } else if (object.kind === "Node" && nodes.has(object.name)) {
          nodes.get(object.name)?.markers.push(eventMarker(o.t, o.event, false));
        } else {
          other.markers.push(eventMarker(o.t, o.event, true));
        }
        break;
      }
      case "endpoints": {
        const service = o.slice.service;
        let entry = services.get(service);
        if (!entry) {
          entry = { lane: newLane(`svc/${service}`, "endpoints", service), slices: new Map() };
          services.set(service, entry);
        }
        if (o.change === "deleted") entry.slices.delete(o.slice.name);
        else entry.slices.set(o.slice.name, o.slice.endpoints);
        const { label, tone } = endpointsLabel([...entry.slices.values()].flat());
        advance(entry.lane, o.t, label, tone);
        break;
      }
      case "node": {
        let lane = nodes.get(o.node.name);
        if (!lane) {
          lane = newLane(`node/${o.node.name}`, "node", o.node.name);
          nodes.set(o.node.name, lane);
        }
        const { label, tone } = nodeLabel(o.node);
        advance(lane, o.t, o.change === "deleted" ? undefined : label, tone);
        break;
      }
      case "action": {
        if (o.phase === "started") {
          actions.push({ t: o.t, action: o.action, label: oneLine(o.description), outcome: "unfinished", ...(o.detail ? { detail: o.detail } : {}) });
          break;
        }
        const open = actions.find((a) => a.outcome === "unfinished" && a.action === o.action && a.label === oneLine(o.description));
        const mark = open ?? { t: o.t, action: o.action, label: oneLine(o.description), outcome: "unfinished" as const };
        mark.endT = o.t;
        mark.outcome = o.phase;
        if (o.detail) mark.detail = o.detail;
        if (!open) actions.push(mark);
        break;
      }
      case "watch":
        if (o.what === "gap") gaps.push({ from: Math.min(o.gapFromT ?? o.t, o.t), to: o.t, label: `watch ${o.resource} gap${o.detail ? `: ${oneLine(o.detail)}` : ""}` });
        break;
    }
  }

  const steps = (options.steps ?? []).filter((s) => s.type === "expect");
  let end = Math.max(options.end ?? 0, 1);
  for (const o of timeline) end = Math.max(end, o.t);
  for (const s of steps) end = Math.max(end, s.endT);
  const groups: LaneGroup[] = [];
  if (steps.length > 0) {
    const lane = newLane("steps", "steps", "expectations");
    lane.spans = steps.map((s) => ({ from: s.startT, to: Math.max(s.endT, s.startT), label: `${s.index + 1}. ${oneLine(s.description)}`, short: String(s.index + 1), tone: STEP_TONE[s.verdict], open: false }));
    groups.push({ key: "steps", title: "steps", lanes: [lane] });
  }
  for (const track of pods.values()) if (track.events.markers.length > 0) track.group.lanes.push(track.events);
  groups.push(...podGroups);
  if (services.size > 0) groups.push({ key: "services", title: "endpoints", lanes: [...services.values()].map((s) => s.lane) });
  // Nodes matter only when they change (a taint, a cordon) or have events: an idle cluster's nodes are noise.
  const busyNodes = [...nodes.values()].filter((lane) => lane.spans.length > 1 || lane.markers.length > 0);
  if (busyNodes.length > 0) groups.push({ key: "nodes", title: "nodes", lanes: busyNodes });
  if (other.markers.length > 0) groups.push({ key: "other", title: "other objects", lanes: [other] });

  for (const group of groups) {
    for (const lane of group.lanes) {
      const last = lane.spans.at(-1);
      if (last?.open) last.to = end;
    }
  }
  return { end, groups, actions, gaps };
}
