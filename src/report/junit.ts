// junit.xml in the Ant/Jenkins dialect that GitHub Actions, GitLab and Jenkins read: a testsuite per scenario file,
// a testcase per scenario (each matrix entry its own), the timeline as the testcase's system-out.
import type { Observation } from "../model/observation.ts";
import type { RunResult, ScenarioResult, StepResult } from "../model/result.ts";
import { scenarioTitle } from "./names.ts";
import { duration, observationLine, oneLine, offset, timelineText } from "./text.ts";
import { escapeXml, escapeXmlAttr } from "./xml.ts";

const MESSAGE_MAX = 600;

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

/** Ant's timestamp: ISO 8601 without zone (we write UTC). */
export function antTimestamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "1970-01-01T00:00:00" : d.toISOString().slice(0, 19);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function lastObservationBefore(timeline: readonly Observation[], t: number): Observation | undefined {
  let found: Observation | undefined;
  for (const o of timeline) if (o.t <= t && o.kind !== "watch") found = o;
  return found;
}

function stepFailure(s: ScenarioResult, step: StepResult): { message: string; body: string } {
  const last = lastObservationBefore(s.timeline, step.endT);
  const seen = step.lastSeen ?? (last ? observationLine(last) : "nothing observed");
  const lines = [
    `${step.type === "setup" ? "setup" : "step"} ${step.index + 1} (${step.type}) ${step.verdict}: ${step.description}`,
    `  window: ${offset(step.startT)} → ${offset(step.endT)} (${duration(step.endT - step.startT)})`,
  ];
  if (step.message) lines.push(`  message: ${step.message}`);
  lines.push(`  last seen: ${seen}`);
  if (last) lines.push(`  last observation: ${observationLine(last)}`);
  return { message: `${oneLine(step.description)} — last seen: ${oneLine(seen)}`, body: lines.join("\n") };
}

function failureOf(s: ScenarioResult): { message: string; body: string } {
  const parts: { message: string; body: string }[] = [];
  for (const step of [...s.setup, ...s.steps]) if (step.verdict === "failed" || step.verdict === "inconclusive") parts.push(stepFailure(s, step));
  for (const inv of s.invariants) {
    if (inv.verdict === "passed") continue;
    const violation = inv.violation !== undefined ? s.timeline.find((o) => o.seq === inv.violation) : undefined;
    const seen = violation ? observationLine(violation) : inv.message ?? "";
    parts.push({
      message: `never: ${oneLine(inv.description)} — ${inv.verdict === "failed" ? "violated by" : "inconclusive"}: ${oneLine(seen)}`,
      body: [`never ${inv.verdict}: ${inv.description}`, ...(inv.message ? [`  message: ${inv.message}`] : []), ...(violation ? [`  violated by: ${observationLine(violation)}`] : [])].join("\n"),
    });
  }
  if (!s.cleanup.ok) parts.push({ message: `cleanup failed: ${oneLine(s.cleanup.detail ?? "")}`, body: `cleanup failed: ${s.cleanup.detail ?? ""}` });
  const first = parts[0];
  if (!first) {
    const last = s.timeline.at(-1);
    return { message: `scenario failed${last ? ` — last observation: ${oneLine(observationLine(last))}` : ""}`, body: "scenario failed without a failing step" };
  }
  return { message: first.message, body: parts.map((p) => p.body).join("\n\n") };
}

function testcase(s: ScenarioResult): string {
  const attrs = `name="${escapeXmlAttr(scenarioTitle(s))}" classname="${escapeXmlAttr(s.file)}" time="${seconds(s.durationMs)}"`;
  const children: string[] = [];
  if (s.verdict === "skipped") {
    children.push(`<skipped message="${escapeXmlAttr(clip(oneLine(s.error ?? "skipped"), MESSAGE_MAX))}"/>`);
  } else if (s.verdict === "error") {
    const text = s.error ?? "the scenario could not run";
    children.push(`<error message="${escapeXmlAttr(clip(oneLine(text), MESSAGE_MAX))}" type="error">${escapeXml(text)}</error>`);
  } else if (s.verdict === "failed") {
    const failure = failureOf(s);
    children.push(`<failure message="${escapeXmlAttr(clip(failure.message, MESSAGE_MAX))}" type="expectation">${escapeXml(failure.body)}</failure>`);
  }
  const header = `timeline of ${s.id} in namespace ${s.namespace} (${s.timeline.length} observations)`;
  children.push(`<system-out>${escapeXml(`${header}\n${timelineText(s.timeline)}\n`)}</system-out>`);
  if (!s.cleanup.ok || (s.error && s.verdict !== "error")) {
    const lines = [s.verdict === "error" ? undefined : s.error, s.cleanup.ok ? undefined : `cleanup failed: ${s.cleanup.detail ?? ""}`];
    children.push(`<system-err>${escapeXml(lines.filter(Boolean).join("\n"))}</system-err>`);
  }
  return `    <testcase ${attrs}>\n      ${children.join("\n      ")}\n    </testcase>`;
}

function counts(scenarios: readonly ScenarioResult[]): { tests: number; failures: number; errors: number; skipped: number; ms: number } {
  return {
    tests: scenarios.length,
    failures: scenarios.filter((s) => s.verdict === "failed").length,
    errors: scenarios.filter((s) => s.verdict === "error").length,
    skipped: scenarios.filter((s) => s.verdict === "skipped").length,
    ms: scenarios.reduce((sum, s) => sum + s.durationMs, 0),
  };
}

export function renderJunit(result: RunResult): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const s of result.scenarios) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const c = result.cluster;
  const properties = [
    ["kubetrial.runId", result.runId], ["kubetrial.version", result.kubetrialVersion], ["cluster.context", c.context],
    ["cluster.server", c.server], ["cluster.serverVersion", c.serverVersion], ["cluster.nodeCount", String(c.nodeCount)], ["cluster.flavour", c.flavour],
  ].map(([name, value]) => `      <property name="${escapeXmlAttr(name ?? "")}" value="${escapeXmlAttr(value ?? "")}"/>`).join("\n");
  const suites = [...byFile.entries()].map(([file, scenarios], id) => {
    const n = counts(scenarios);
    const started = scenarios.map((s) => s.startedAt).sort()[0] ?? result.startedAt;
    const attrs = `name="${escapeXmlAttr(file)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="${n.skipped}" time="${seconds(n.ms)}" timestamp="${antTimestamp(started)}" hostname="${escapeXmlAttr(c.context || "cluster")}" id="${id}" package="kubetrial"`;
    return `  <testsuite ${attrs}>\n    <properties>\n${properties}\n    </properties>\n${scenarios.map(testcase).join("\n")}\n  </testsuite>`;
  });
  const n = counts(result.scenarios);
  const top = `name="kubetrial ${escapeXmlAttr(result.runId)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="${n.skipped}" time="${seconds(result.durationMs)}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${top}>\n${suites.join("\n")}\n</testsuites>\n`;
}
