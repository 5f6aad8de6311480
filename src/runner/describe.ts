// A `kubectl describe`-like text of the pods as last observed, built from the timeline (no Secret data ever enters it:
// snapshots carry states, reasons and conditions, not specs or environment values).
import type { ContainerSnapshot, EventSnapshot, Observation, PodSnapshot } from "../model/observation.ts";

export function latestPods(timeline: Observation[]): { pod: PodSnapshot; deleted: boolean }[] {
  const byUid = new Map<string, { pod: PodSnapshot; deleted: boolean }>();
  for (const o of timeline) if (o.kind === "pod") byUid.set(o.pod.uid, { pod: o.pod, deleted: o.change === "deleted" });
  return [...byUid.values()];
}

function latestEvents(timeline: Observation[]): EventSnapshot[] {
  const byUid = new Map<string, EventSnapshot>();
  for (const o of timeline) if (o.kind === "event" && o.change !== "deleted") byUid.set(o.event.uid, o.event);
  return [...byUid.values()];
}

function containerLines(c: ContainerSnapshot): string[] {
  const state = [c.state, c.reason, c.exitCode !== undefined ? `exit code ${c.exitCode}` : undefined].filter(Boolean).join(", ");
  const lines = [`  ${c.init ? "Init container" : "Container"} ${c.name}:`, `    Image:          ${c.image}`, `    State:          ${state}`];
  if (c.message) lines.push(`    Message:        ${c.message}`);
  if (c.lastState) {
    const last = [c.lastState.state, c.lastState.reason, c.lastState.exitCode !== undefined ? `exit code ${c.lastState.exitCode}` : undefined];
    lines.push(`    Last State:     ${last.filter(Boolean).join(", ")}`);
  }
  lines.push(`    Ready:          ${c.ready}`, `    Restart Count:  ${c.restartCount}`);
  return lines;
}

export function describePods(timeline: Observation[]): string {
  const events = latestEvents(timeline);
  return latestPods(timeline).map(({ pod, deleted }) => {
    const lines = [
      `Name:         ${pod.name}${deleted ? "   (deleted)" : ""}`,
      `Namespace:    ${pod.namespace}`,
      `Node:         ${pod.nodeName ?? "<none>"}`,
      `Status:       ${pod.phase}   (kubectl STATUS ${pod.status}, READY ${pod.readyColumn}, RESTARTS ${pod.restarts})`,
    ];
    if (pod.reason) lines.push(`Reason:       ${pod.reason}`);
    if (pod.message) lines.push(`Message:      ${pod.message}`);
    for (const c of [...pod.initContainers, ...pod.containers]) lines.push(...containerLines(c));
    lines.push("Conditions:");
    for (const c of pod.conditions) lines.push(`  ${c.type.padEnd(28)} ${c.status}${c.reason ? ` (${c.reason})` : ""}`);
    const own = events.filter((e) => e.object.uid === pod.uid || (e.object.kind === "Pod" && e.object.name === pod.name));
    lines.push("Events:");
    for (const e of own) lines.push(`  ${e.type.padEnd(8)} ${e.reason.padEnd(22)} x${e.count}  ${e.message}`);
    return lines.join("\n");
  }).join("\n\n");
}
