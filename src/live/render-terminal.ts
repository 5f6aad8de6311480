// The terminal screen of the live view as a string: a pure function of the state and the scenario clock.
import pc from "picocolors";
import cliTruncate from "cli-truncate";
import stringWidth from "string-width";
import type { LiveState, ScenarioView, StepView } from "./state.ts";
import { currentAndNext } from "./state.ts";
import { age, offset, oneLine } from "./format.ts";
import type { Tone } from "./tone.ts";
import { statusTone } from "./tone.ts";

type Colors = ReturnType<typeof pc.createColors>;

export interface ScreenOptions {
  width: number;
  color: boolean;
  /** Scenario time now, for ages (the live view extrapolates between events). */
  nowT: (scenario: ScenarioView) => number;
}

function toneColour(c: Colors, tone: Tone): (s: string) => string {
  switch (tone) {
    case "ok": return c.green;
    case "done": return c.cyan;
    case "progress": return c.blue;
    case "warn": return c.yellow;
    case "bad": return (s) => c.bold(c.red(s));
    case "gone": return c.dim;
  }
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

function table(rows: string[][], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, (widths[i] ?? 0) + gap))).join(""));
}

const STEP_MARK: Record<StepView["state"], string> = {
  pending: "○", running: "▶", passed: "✔", failed: "✘", inconclusive: "?", skipped: "-",
};

function stepLine(c: Colors, step: StepView, tag: string): string[] {
  const colour = step.state === "passed" ? c.green : step.state === "failed" ? c.red : step.state === "running" ? c.bold : step.state === "inconclusive" ? c.yellow : c.dim;
  const when = step.t !== undefined ? offset(step.t) : "";
  const row = [colour(STEP_MARK[step.state]), c.dim(when), colour(step.description) + (tag ? `  ${c.inverse(` ${tag} `)}` : "")];
  return row;
}

function scenarioBlock(c: Colors, view: ScenarioView, options: ScreenOptions): string[] {
  const now = options.nowT(view);
  const verdict = view.verdict ? (view.verdict === "passed" ? c.green(`✔ ${view.verdict}`) : c.red(`✘ ${view.verdict}`)) : c.cyan("● running");
  const lines = [`${c.bold(view.id)}  ${verdict}  ${c.dim(view.namespace)}  ${c.bold(offset(now))}`];

  const rows: string[][] = [["POD / CONTAINER", "STATUS", "READY", "RESTARTS", "AGE", "LATEST EVENT"].map((h) => c.dim(h))];
  for (const pod of view.pods) {
    const event = pod.latestEvent ? `${pod.latestEvent.type === "Warning" ? c.yellow(pod.latestEvent.reason) : pod.latestEvent.reason}: ${oneLine(pod.latestEvent.message)}` : "";
    rows.push([c.bold(pod.name), toneColour(c, statusTone(pod.status, pod.ready))(pod.status), pod.readyColumn, String(pod.restarts), pod.deleted ? "-" : age(now - pod.firstT), event]);
    for (const ct of pod.containers) {
      rows.push([c.dim(`  └ ${ct.name}${ct.init ? " (init)" : ""}`), ct.state, ct.ready ? "ready" : c.dim("not ready"), String(ct.restarts), "", ""]);
    }
  }
  if (view.pods.length === 0) rows.push([c.dim("(no pod yet)"), "", "", "", "", ""]);
  lines.push(...table(rows).map((l) => `  ${l}`));

  const { current, next } = currentAndNext(view);
  lines.push("", `  ${c.dim("STEPS")}`);
  const stepRows = view.steps.map((s) => stepLine(c, s, s === current ? "now" : s === next ? "next" : ""));
  lines.push(...table(stepRows).map((l) => `  ${l}`));
  if (view.awaiting) lines.push("", `  ${c.inverse(c.yellow(" ⏸ NEXT ACTION "))} ${c.bold(view.awaiting)}`, `  ${c.yellow("press Enter to run it, q to abort (cleans up)")}`);
  else if (view.activity) lines.push("", `  ${c.dim("action:")} ${view.activity}`);
  if (view.error) lines.push(`  ${c.red("error:")} ${view.error}`);
  return lines;
}

export function renderScreen(state: LiveState, options: ScreenOptions): string {
  const c = pc.createColors(options.color);
  const done = state.scenarios.filter((s) => s.phase === "finished").length;
  const cluster = state.cluster ? ` · ${state.cluster.context} ${state.cluster.serverVersion}` : "";
  const lines = [c.bold(`kubetrial live · run ${state.runId ?? "…"}${cluster} · ${done}/${state.scenarios.length} scenario(s) done`), ""];
  const running = state.scenarios.filter((s) => s.phase === "running");
  const shown = running.length > 0 ? running : state.scenarios.filter((s) => s.phase === "finished").slice(-1);
  for (const view of state.scenarios) {
    if (shown.includes(view)) lines.push(...scenarioBlock(c, view, options), "");
    else if (view.phase === "finished") lines.push(`${view.verdict === "passed" ? c.green("✔") : c.red("✘")} ${view.id} ${view.verdict ?? ""} ${c.dim(offset(view.durationMs ?? 0))}`);
    else lines.push(c.dim(`○ ${view.id} waiting`));
  }
  if (state.finished && state.summary) {
    const s = state.summary;
    lines.push("", c.bold(`${s.passed} passed, ${s.failed + s.errored} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`));
  }
  return lines.map((l) => cliTruncate(l, options.width)).join("\n");
}
