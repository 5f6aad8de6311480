// Readable step descriptions for reports and the terminal.
import type { ContainerMatch, Expectation, PodExpectation, PodSelector } from "../model/scenario.ts";
import { numberText } from "./text.ts";

function selectorText(selector: PodSelector): string {
  if (selector.name) return `pod ${selector.name}`;
  return `pod {${Object.entries(selector.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",")}}`;
}

function containerText(c: ContainerMatch): string {
  const parts = [c.state, c.reason, c.exitCode !== undefined ? `exit ${numberText(c.exitCode)}` : undefined,
    c.ready !== undefined ? (c.ready ? "ready" : "not ready") : undefined,
    c.restarts !== undefined ? `restarts ${numberText(c.restarts)}` : undefined,
    c.lastState ? `last state ${[c.lastState.reason, c.lastState.exitCode !== undefined ? `exit ${numberText(c.lastState.exitCode)}` : undefined].filter(Boolean).join(" ")}` : undefined];
  return `${c.init ? "init container" : "container"}${c.name ? ` ${c.name}` : ""} ${parts.filter(Boolean).join(", ")}`;
}

function podText(e: PodExpectation): string {
  const fields = [
    e.status !== undefined ? `STATUS ${e.status}` : undefined,
    e.phase !== undefined ? `phase ${e.phase}` : undefined,
    e.ready !== undefined ? (e.ready ? "ready" : "not ready") : undefined,
    e.readyColumn !== undefined ? `READY ${e.readyColumn}` : undefined,
    e.restarts !== undefined ? `restarts ${numberText(e.restarts)}` : undefined,
    e.reason !== undefined ? `reason ${e.reason}` : undefined,
    e.terminating !== undefined ? (e.terminating ? "terminating" : "not terminating") : undefined,
    e.deleted ? "deleted" : undefined,
    e.scheduled !== undefined ? (e.scheduled ? "scheduled" : "not scheduled") : undefined,
    e.node !== undefined ? `on node ${e.node}` : undefined,
    e.container ? containerText(e.container) : undefined,
    ...(e.conditions ?? []).map((c) => `${c.type}=${c.status ?? "?"}${c.reason ? ` (${c.reason})` : ""}`),
  ].filter(Boolean);
  const head = selectorText(e.pod);
  if (e.sequence) return `${head} goes ${e.sequence.join(" → ")}${e.strict ? " (strictly)" : ""}${fields.length ? `, then ${fields.join(", ")}` : ""}`;
  return `${head} ${fields.join(", ")}`;
}

export function describeExpectation(e: Expectation): string {
  switch (e.kind) {
    case "pod": return podText(e);
    case "event": {
      const parts = [e.type, e.reason, e.objectKind, e.object ? `on ${e.object}` : undefined, e.message, e.count !== undefined ? `count ${numberText(e.count)}` : undefined];
      return `event ${parts.filter(Boolean).join(" ")}`;
    }
    case "endpoints": {
      const parts = [
        e.ready !== undefined ? `ready ${numberText(e.ready)}` : undefined,
        e.notReady !== undefined ? `not ready ${numberText(e.notReady)}` : undefined,
        e.serving !== undefined ? `serving ${numberText(e.serving)}` : undefined,
        e.terminating !== undefined ? `terminating ${numberText(e.terminating)}` : undefined,
      ];
      return `service ${e.service} endpoints: ${parts.filter(Boolean).join(", ")}`;
    }
  }
}
