// RunResult → the HTML page's view model: every string formatted here, so the templates only loop and escape.
import type { EventSnapshot, Observation } from "../model/observation.ts";
import type { ClaimVerdict, ContainerLog, RunResult, ScenarioResult, StepResult } from "../model/result.ts";
import { layoutChart, type ChartGeom } from "./chart.ts";
import { anchorFor, matrixText, scenarioTitle } from "./names.ts";
import { buildTimeline, TONES, type Tone } from "./spans.ts";
import { duration, observationLine, offset, oneLine, timelineLines } from "./text.ts";

export const LIMITS = { logLines: 200, logChars: 16_000, manifestChars: 100_000, events: 300, timelineLines: 2_000, evidence: 12 };

export interface StepView {
  number: string; kind: string; description: string; verdict: string; window: string; took: string;
  evidence: { line: string }[]; moreEvidence: number; lastSeen?: string; message?: string;
}
export interface EventRow { first: string; last: string; type: string; warning: boolean; reason: string; object: string; message: string; count: number }
export interface LogView { title: string; text: string; note?: string }
export interface ClaimView { claim: string; source: string; section?: string; title?: string; href?: string; note?: string; expectRefuted: boolean; verdict: string; label: string }
export interface ScenarioView {
  anchor: string; number: number; title: string; id: string; file: string; namespace: string; tags: string[]; matrix: string;
  verdict: string; duration: string; startedAt: string; description: string; environmentNote?: string; error?: string;
  /** Steps left out on this cluster (`when:`), and the feature gates the scenario names, in words. */
  notApplicable: string[]; featureGates?: string;
  claim?: ClaimView; steps: StepView[]; invariants: StepView[]; chart?: ChartGeom;
  events: EventRow[]; eventsHidden: number; finalObjects: string; logs: LogView[]; manifests: string; manifestsNote?: string;
  timeline: string; timelineNote?: string; observations: number; cleanup: string; cleanupOk: boolean;
}
export interface RowView { anchor: string; title: string; file: string; verdict: string; claim?: { verdict: string; label: string }; duration: string; steps: string }
export interface ReportView {
  runId: string; kubetrialVersion: string; startedAt: string; finishedAt: string; duration: string; verdict: string; verdictLabel: string;
  counts: { label: string; value: number; tone: string }[];
  cluster: { label: string; value: string; wide?: boolean }[];
  rows: RowView[]; scenarios: ScenarioView[]; legend: { tone: Tone; label: string }[];
}

const TONE_LABEL: Record<Tone, string> = {
  pending: "pending / creating", ok: "running, ready", warn: "running, not ready", backoff: "back-off", bad: "error / failed",
  done: "completed", gone: "terminating", unknown: "other",
};

function distinct(values: string[]): string {
  return [...new Set(values.filter(Boolean))].join(", ");
}

/** `KubeletCrashLoopBackOffMax on, ReduceDefaultCrashLoopBackoffDecay off`. */
function gatesText(gates: Record<string, boolean>): string {
  return Object.entries(gates).map(([gate, on]) => `${gate} ${on ? "on" : "off"}`).join(", ");
}

/** Only web and relative links: a `javascript:` link in a scenario file must not become clickable. */
export function safeHref(link: string | undefined): string | undefined {
  if (!link) return undefined;
  const trimmed = link.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("//")) return undefined;
  return trimmed;
}

/** Wall-clock time as `2026-11-24 10:00:00 UTC`. */
export function wallClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function trimLog(log: ContainerLog): LogView {
  let lines = log.text.split("\n");
  if (lines.at(-1) === "") lines = lines.slice(0, -1);
  let dropped = Math.max(0, lines.length - LIMITS.logLines);
  let text = lines.slice(dropped).join("\n");
  if (text.length > LIMITS.logChars) {
    text = text.slice(text.length - LIMITS.logChars);
    dropped += 1;
  }
  const notes: string[] = [];
  if (dropped > 0) notes.push(`showing the last ${LIMITS.logLines} lines at most`);
  if (log.truncated) notes.push("trimmed by the runner");
  return { title: `${log.pod} / ${log.container}${log.previous ? " (previous)" : ""}`, text: text || "(empty)", ...(notes.length ? { note: notes.join("; ") } : {}) };
}

function stepView(step: StepResult, bySeq: Map<number, Observation>, setup: boolean): StepView {
  const evidence = step.evidence.flatMap((seq) => {
    const o = bySeq.get(seq);
    return o ? [{ line: observationLine(o) }] : [];
  });
  return {
    number: setup ? `setup ${step.index + 1}` : String(step.index + 1),
    kind: setup ? "setup" : step.type, description: step.description, verdict: step.verdict,
    window: `${offset(step.startT)} → ${offset(step.endT)}`, took: duration(Math.max(0, step.endT - step.startT)),
    evidence: evidence.slice(0, LIMITS.evidence), moreEvidence: Math.max(0, evidence.length - LIMITS.evidence),
    ...(step.lastSeen ? { lastSeen: step.lastSeen } : {}), ...(step.message ? { message: step.message } : {}),
  };
}

function eventRows(timeline: readonly Observation[]): { rows: EventRow[]; hidden: number } {
  const byUid = new Map<string, { first: number; last: number; event: EventSnapshot }>();
  for (const o of timeline) {
    if (o.kind !== "event" || o.change === "deleted") continue;
    const seen = byUid.get(o.event.uid);
    if (seen) Object.assign(seen, { last: o.t, event: o.event });
    else byUid.set(o.event.uid, { first: o.t, last: o.t, event: o.event });
  }
  const all = [...byUid.values()].map(({ first, last, event: e }): EventRow => ({
    first: offset(first), last: last === first ? "" : offset(last), type: e.type, warning: e.type !== "Normal", reason: e.reason,
    object: `${e.object.kind.toLowerCase()}/${e.object.name}${e.object.fieldPath ? ` ${e.object.fieldPath}` : ""}`, message: e.message, count: e.count,
  }));
  return { rows: all.slice(0, LIMITS.events), hidden: Math.max(0, all.length - LIMITS.events) };
}

const CLAIM_LABEL: Record<ClaimVerdict | "none", string> = { verified: "verified", refuted: "refuted", inconclusive: "inconclusive", none: "not assessed" };

function claimView(s: ScenarioResult): ClaimView | undefined {
  const r = s.runbook;
  if (!r) return undefined;
  const verdict = s.claimVerdict ?? "none";
  const href = safeHref(r.link);
  return {
    claim: r.claim, source: r.source, expectRefuted: Boolean(r.expectRefuted), verdict, label: CLAIM_LABEL[verdict],
    ...(r.section ? { section: r.section } : {}), ...(r.title ? { title: r.title } : {}), ...(href ? { href } : {}), ...(r.note ? { note: r.note } : {}),
  };
}

export function scenarioView(s: ScenarioResult, index: number): ScenarioView {
  const bySeq = new Map(s.timeline.map((o) => [o.seq, o] as const));
  const { rows, hidden } = eventRows(s.timeline);
  const lines = timelineLines(s.timeline);
  const manifests = s.manifests ?? "";
  const claim = claimView(s);
  return {
    anchor: anchorFor(s, index), number: index + 1, title: scenarioTitle(s), id: s.id, file: s.file, namespace: s.namespace, tags: s.tags ?? [],
    matrix: matrixText(s.matrixValues), verdict: s.verdict, duration: duration(s.durationMs), startedAt: wallClock(s.startedAt),
    description: s.description, ...(s.environmentNote ? { environmentNote: s.environmentNote } : {}), ...(s.error ? { error: s.error } : {}),
    notApplicable: (s.notApplicable ?? []).map((n) => `${n.description}: ${n.why}`),
    ...(s.featureGates ? { featureGates: gatesText(s.featureGates) } : {}),
    ...(claim ? { claim } : {}),
    steps: [...s.setup.map((st) => stepView(st, bySeq, true)), ...s.steps.map((st) => stepView(st, bySeq, false))],
    invariants: s.invariants.map((inv, i) => {
      const violation = inv.violation !== undefined ? bySeq.get(inv.violation) : undefined;
      return {
        number: `never ${i + 1}`, kind: "never", description: inv.description, verdict: inv.verdict, window: "whole scenario", took: "",
        evidence: violation ? [{ line: observationLine(violation) }] : [], moreEvidence: 0, ...(inv.message ? { message: inv.message } : {}),
      };
    }),
    ...(s.timeline.length > 0 ? { chart: layoutChart(buildTimeline(s.timeline, { end: s.durationMs, steps: s.steps })) } : {}),
    events: rows, eventsHidden: hidden, finalObjects: s.finalObjects ?? "", logs: (s.logs ?? []).map(trimLog),
    manifests: manifests.length > LIMITS.manifestChars ? manifests.slice(0, LIMITS.manifestChars) : manifests,
    ...(manifests.length > LIMITS.manifestChars ? { manifestsNote: `first ${LIMITS.manifestChars} characters of ${manifests.length}` } : {}),
    timeline: lines.slice(0, LIMITS.timelineLines).join("\n"),
    ...(lines.length > LIMITS.timelineLines ? { timelineNote: `first ${LIMITS.timelineLines} of ${lines.length} observations` } : {}),
    observations: s.timeline.length,
    cleanup: s.cleanup.ok ? `cleaned up in ${duration(s.cleanup.durationMs)}` : `cleanup failed: ${oneLine(s.cleanup.detail ?? "")}`, cleanupOk: s.cleanup.ok,
  };
}

function rowView(v: ScenarioView, s: ScenarioResult): RowView {
  const expects = s.steps.filter((st) => st.type === "expect");
  return {
    anchor: v.anchor, title: v.title, file: v.file, verdict: v.verdict, duration: v.duration,
    ...(v.claim ? { claim: { verdict: v.claim.verdict, label: v.claim.label } } : {}),
    steps: expects.length ? `${expects.filter((st) => st.verdict === "passed").length}/${expects.length}` : "–",
  };
}

export function reportView(result: RunResult): ReportView {
  const scenarios = result.scenarios.map(scenarioView);
  const { summary: n, cluster: c } = result;
  const verdict = n.failed + n.errored > 0 ? "failed" : n.passed > 0 || n.total === 0 ? "passed" : "skipped";
  return {
    runId: result.runId, kubetrialVersion: result.kubetrialVersion, startedAt: wallClock(result.startedAt), finishedAt: wallClock(result.finishedAt),
    duration: duration(result.durationMs), verdict, verdictLabel: verdict === "failed" ? `${n.failed + n.errored} of ${n.total} failed` : verdict === "passed" ? "all passed" : "skipped",
    counts: [
      { label: "passed", value: n.passed, tone: "passed" }, { label: "failed", value: n.failed, tone: "failed" },
      { label: "errors", value: n.errored, tone: "error" }, { label: "skipped", value: n.skipped, tone: "skipped" },
    ],
    cluster: [
      { label: "context", value: c.context, wide: true }, { label: "server", value: c.server, wide: true }, { label: "version", value: c.serverVersion },
      { label: "nodes", value: String(c.nodeCount) }, { label: "flavour", value: c.flavour },
      ...(c.containerRuntime ? [{ label: "runtime", value: c.containerRuntime }] : []),
      ...(c.nodes?.length ? [{ label: "kubelet", value: distinct(c.nodes.map((n) => n.kubeletVersion)) }, { label: "kernel", value: distinct(c.nodes.map((n) => n.kernel)) }] : []),
      ...(c.featureGates && Object.keys(c.featureGates).length ? [{ label: "gates", value: gatesText(c.featureGates), wide: true }] : []),
      ...(result.notApplicable?.length ? [{ label: "n/a", value: result.notApplicable.map((n) => `${n.id} (${n.why})`).join("; "), wide: true }] : []),
    ],
    rows: scenarios.map((v, i) => rowView(v, result.scenarios[i] as ScenarioResult)),
    scenarios, legend: TONES.map((tone) => ({ tone, label: TONE_LABEL[tone] })),
  };
}
