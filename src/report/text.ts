// The timeline as plain text lines (`+12.345s pod web STATUS ErrImagePull ...`): junit system-out, terminal, HTML.
import type { ContainerSnapshot, Observation } from "../model/observation.ts";

/** Scenario time as `+12.345s`. */
export function offset(ms: number): string {
  return `+${(ms / 1000).toFixed(3)}s`;
}

/** A duration as `850ms`, `12.3s` or `4m05s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function containerState(c: ContainerSnapshot): string {
  const parts: string[] = [c.state];
  if (c.reason) parts.push(c.reason);
  if (c.exitCode !== undefined) parts.push(`exit ${c.exitCode}`);
  return parts.join(":");
}

/** One observation in words, without the time. */
export function describeObservation(o: Observation): string {
  switch (o.kind) {
    case "pod": {
      const p = o.pod;
      if (o.change === "deleted") return `pod ${p.name} deleted`;
      const containers = [...p.initContainers, ...p.containers]
        .map((c) => `${c.init ? "init:" : ""}${c.name}=${containerState(c)}${c.ready ? "(ready)" : ""}`)
        .join(" ");
      const changed = o.changed.length > 0 ? ` changed=${o.changed.join(",")}` : "";
      const reason = p.reason ? ` reason=${p.reason}` : "";
      return `pod ${p.name} STATUS ${p.status} READY ${p.readyColumn} RESTARTS ${p.restarts}${reason}${p.deleting ? " terminating" : ""} ${containers}${changed}`.trimEnd();
    }
    case "event": {
      const e = o.event;
      const count = e.count > 1 ? ` (x${e.count})` : "";
      return `event ${e.type} ${e.reason} ${e.object.kind.toLowerCase()}/${e.object.name}: ${oneLine(e.message)}${count}`;
    }
    case "endpoints": {
      const eps = o.slice.endpoints;
      const ready = eps.filter((e) => e.ready).length;
      const terminating = eps.filter((e) => e.terminating).length;
      if (o.change === "deleted") return `endpoints ${o.slice.service} slice ${o.slice.name} deleted`;
      return `endpoints ${o.slice.service} ready ${ready}/${eps.length}${terminating ? ` terminating ${terminating}` : ""}`;
    }
    case "node": {
      const n = o.node;
      const taints = n.taints.map((t) => `${t.key}${t.value !== undefined ? `=${t.value}` : ""}:${t.effect}`).join(",");
      const changed = o.changed.length > 0 ? ` changed=${o.changed.join(",")}` : "";
      return `node ${n.name} ${n.ready ? "Ready" : "NotReady"}${n.unschedulable ? " SchedulingDisabled" : ""}${taints ? ` taints=${taints}` : ""}${changed}`;
    }
    case "action":
      return `action ${o.phase} ${oneLine(o.description)}${o.detail ? `: ${oneLine(o.detail)}` : ""}`;
    case "watch":
      if (o.what === "gap") {
        const from = o.gapFromT !== undefined ? ` since ${offset(o.gapFromT)}` : "";
        return `watch ${o.resource} GAP${from}${o.detail ? `: ${oneLine(o.detail)}` : ""} (changes may be missing)`;
      }
      return `watch ${o.resource} ${o.what}${o.detail ? `: ${oneLine(o.detail)}` : ""}`;
  }
}

export function observationLine(o: Observation): string {
  return `${offset(o.t)} ${describeObservation(o)}`;
}

export function timelineLines(timeline: readonly Observation[]): string[] {
  return timeline.map(observationLine);
}

export function timelineText(timeline: readonly Observation[]): string {
  return timelineLines(timeline).join("\n");
}
