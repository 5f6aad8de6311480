// The live view's fallback when stdout is no terminal (CI) or NO_COLOR is set: one timestamped line per change.
import type { RunReporter } from "../model/reporter.ts";
import type { Observation } from "../model/observation.ts";
import { eventsReporter, type LiveEvent } from "./events.ts";
import { clock, offset, oneLine } from "./format.ts";
import { containerLabel } from "./spans.ts";

function observationText(o: Observation): string | undefined {
  switch (o.kind) {
    case "pod": {
      if (o.change === "deleted") return `pod ${o.pod.name} deleted`;
      const containers = o.pod.containers.map((c) => `${c.name}: ${containerLabel(c)}`).join(", ");
      return `pod ${o.pod.name} ${o.pod.status} ${o.pod.readyColumn} restarts=${o.pod.restarts}${containers ? ` (${containers})` : ""}`;
    }
    case "event": return o.change === "deleted" ? undefined : `event ${o.event.type} ${o.event.reason} ${o.event.object.kind}/${o.event.object.name}: ${oneLine(o.event.message)}`;
    case "action": return `action ${o.phase}: ${o.description}${o.detail ? ` (${oneLine(o.detail)})` : ""}`;
    case "watch": return o.what === "gap" ? `watch gap in ${o.resource}${o.detail ? `: ${o.detail}` : ""}` : undefined;
    case "endpoints": {
      const ready = o.slice.endpoints.filter((e) => e.ready).length;
      return `endpoints ${o.slice.service}: ${ready}/${o.slice.endpoints.length} ready`;
    }
    case "node": return `node ${o.node.name} ready=${o.node.ready} taints=${o.node.taints.map((t) => `${t.key}:${t.effect}`).join(",") || "none"}`;
  }
}

/** The line(s) for one live event, without the timestamp; empty when it deserves none. */
export function plainText(event: LiveEvent): string[] {
  switch (event.hook) {
    case "runStarted": return [`run ${event.runId}: ${event.scenarios.length} scenario(s) on ${event.cluster.context} (${event.cluster.serverVersion})`];
    case "scenarioStarted": return [`[${event.scenario.id}] started in namespace ${event.namespace}, ${event.scenario.steps.length} step(s)`];
    case "stepStarted": return [`[${event.scenarioId}] step ${event.index + 1} running`];
    case "stepFinished": {
      const r = event.result;
      const extra = r.verdict === "passed" ? [] : [r.message, r.lastSeen ? `last seen: ${r.lastSeen}` : undefined].filter((x): x is string => Boolean(x));
      return [`[${event.scenarioId}] ${offset(r.endT)} step ${r.index + 1} ${r.verdict}: ${r.description}`, ...extra.map((x) => `    ${oneLine(x)}`)];
    }
    case "observed": {
      const text = observationText(event.observation);
      return text ? [`[${event.scenarioId}] ${offset(event.observation.t)} ${text}`] : [];
    }
    case "confirmAction": return [];
    case "scenarioFinished": return [`[${event.scenarioId}] ${event.verdict} in ${offset(event.durationMs).slice(1)}${event.error ? `: ${event.error}` : ""}${event.cleanup.ok ? "" : ` (cleanup: ${event.cleanup.detail ?? "failed"})`}`];
    case "runFinished": {
      const s = event.summary;
      return [`run finished: ${s.passed} passed, ${s.failed + s.errored} failed, ${s.skipped} skipped`];
    }
  }
}

export function plainLines(write: (line: string) => void): RunReporter {
  const { confirmAction: _ignored, ...hooks } = eventsReporter((event) => {
    for (const line of plainText(event)) write(`${clock(event.at)} ${line}`);
  });
  return hooks;
}
