// Chart model → SVG geometry (pure numbers and strings; the template draws it and escapes every string).
import { offset } from "./text.ts";
import type { GapMark, Lane, MarkerKind, Span, TimelineModel, Tone } from "./spans.ts";

const WIDTH = 1160;
const GUTTER = 178;
const RIGHT = 16;
const PLOT = WIDTH - GUTTER - RIGHT;
const ROW = 22;
const BAR = 16;
const GROUP_GAP = 10;
const LABEL_ROW = 15;
const MAX_LABEL_ROWS = 4;
const AXIS = 22;
const CHAR = 6.3;

export interface SpanGeom { x: number; y: number; width: number; height: number; tone: Tone; text: string; textX: number; textY: number; title: string }
export interface MarkerGeom { d: string; kind: MarkerKind; title: string }
export interface RowGeom { y: number; titleY: number; title: string; kind: Lane["kind"]; spans: SpanGeom[]; markers: MarkerGeom[] }
export interface ActionGeom { x: number; y1: number; y2: number; band?: { x: number; width: number }; labelX: number; labelY: number; text: string; title: string; outcome: string }
export interface GapGeom { x: number; y: number; width: number; height: number; title: string }
export interface TickGeom { x: number; label: string }
export interface ChartGeom {
  width: number; height: number; gutter: number; titleX: number; plotWidth: number; rowHeight: number; plotTop: number; plotBottom: number; plotRight: number; axisY: number; axisTick: number; rowsHeight: number;
  rows: RowGeom[]; separators: number[]; actions: ActionGeom[]; gaps: GapGeom[]; ticks: TickGeom[];
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function fitText(text: string, width: number): string {
  const room = Math.floor((width - 8) / CHAR);
  if (room >= text.length) return text;
  if (room < 4) return text.length <= room ? text : "";
  return `${text.slice(0, room - 1)}…`;
}

export function axisLabel(ms: number): string {
  if (ms === 0) return "0";
  if (ms < 1000) return `${ms}ms`;
  const s = Math.round(ms / 100) / 10;
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  return rest === 0 ? `${m}m` : `${m}m${rest}s`;
}

/** The label, truncated; a span with a short form (a step number) shows that rather than a stub of the label. */
function spanText(s: Span, width: number): string {
  const text = fitText(s.label, width);
  if (text === s.label || !s.short) return text;
  return text.length >= 14 ? text : fitText(s.short, width + 4);
}

const STEPS = [100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000];

export function tickStep(end: number): number {
  return STEPS.find((s) => end / s <= 12) ?? Math.ceil(end / 12 / 3_600_000) * 3_600_000;
}

function markerPath(kind: MarkerKind, x: number, y: number): string {
  const r = (n: number): string => String(round(n));
  switch (kind) {
    case "probe": return `M${r(x - 5)} ${r(y - 4)}H${r(x + 5)}L${r(x)} ${r(y + 5)}Z`;
    case "warning": return `M${r(x)} ${r(y - 5)}L${r(x + 5)} ${r(y)}L${r(x)} ${r(y + 5)}L${r(x - 5)} ${r(y)}Z`;
    case "restart": return `M${r(x - 4.5)} ${r(y)}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z`;
    case "normal": return `M${r(x - 3)} ${r(y)}a3 3 0 1 0 6 0a3 3 0 1 0 -6 0Z`;
  }
}

export function layoutChart(model: TimelineModel): ChartGeom {
  const end = Math.max(model.end, 1);
  const x = (t: number): number => round(GUTTER + (Math.min(Math.max(t, 0), end) / end) * PLOT);

  // Action labels are stacked in rows above the plot so that neighbours do not overlap.
  const rowEnds: number[] = [];
  const placed = model.actions.map((a) => {
    const ax = x(a.t);
    const text = a.label.length > 48 ? `${a.label.slice(0, 47)}…` : a.label;
    const textWidth = text.length * CHAR + 12;
    const anchorLeft = ax + textWidth <= WIDTH - RIGHT;
    const from = anchorLeft ? ax : ax - textWidth;
    let row = rowEnds.findIndex((e) => e < from);
    if (row === -1) row = rowEnds.length < MAX_LABEL_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = from + textWidth;
    return { a, ax, text, row, labelX: round(anchorLeft ? ax + 4 : ax - textWidth + 8) };
  });
  const plotTop = rowEnds.length * LABEL_ROW + (rowEnds.length > 0 ? 8 : 4);

  const rows: RowGeom[] = [];
  const separators: number[] = [];
  let y = plotTop;
  model.groups.forEach((group, gi) => {
    if (gi > 0) {
      separators.push(round(y + GROUP_GAP / 2));
      y += GROUP_GAP;
    }
    for (const lane of group.lanes) {
      const barY = y + (ROW - BAR) / 2;
      const mid = y + ROW / 2;
      const title = lane.kind === "pod" ? group.title : lane.kind === "container" ? `  ${lane.title}` : lane.kind === "events" && group.key !== "other" ? "  events" : lane.kind === "endpoints" ? `svc ${lane.title}` : lane.kind === "node" ? `node ${lane.title}` : lane.title;
      const spans = lane.spans.map((s: Span): SpanGeom => {
        const sx = x(s.from);
        const width = Math.max(round(x(s.to) - sx), 2);
        return { x: sx, y: round(barY), width, height: BAR, tone: s.tone, text: spanText(s, width), textX: round(sx + 4), textY: round(mid + 4), title: `${s.label}: ${offset(s.from)} → ${offset(s.to)}${s.open ? " (still at the end)" : ""}` };
      });
      const markers = lane.markers.map((m): MarkerGeom => {
        const my = m.kind === "restart" ? barY : mid;
        return { d: markerPath(m.kind, x(m.t), my), kind: m.kind, title: `${offset(m.t)} ${m.detail}` };
      });
      rows.push({ y: round(y), titleY: round(mid + 4), title: title.length > 26 ? `${title.slice(0, 25)}…` : title, kind: lane.kind, spans, markers });
      y += ROW;
    }
  });
  if (rows.length === 0) y += ROW;
  const plotBottom = round(y + 4);
  const axisY = plotBottom + 14;

  const actions = placed.map(({ a, ax, text, row, labelX }): ActionGeom => {
    const bandWidth = a.endT !== undefined ? x(a.endT) - ax : 0;
    const outcome = a.outcome === "failed" ? "failed" : "done";
    return {
      x: ax, y1: round(row * LABEL_ROW + LABEL_ROW - 2), y2: plotBottom, labelX, labelY: round(row * LABEL_ROW + 11), text, outcome,
      title: `${offset(a.t)} ${a.action}: ${a.label}${a.outcome !== "done" ? ` (${a.outcome})` : ""}${a.detail ? ` — ${a.detail}` : ""}`,
      ...(bandWidth >= 2 ? { band: { x: ax, width: round(bandWidth) } } : {}),
    };
  });
  const gaps = model.gaps.map((g: GapMark): GapGeom => ({ x: x(g.from), y: plotTop, width: Math.max(round(x(g.to) - x(g.from)), 3), height: round(plotBottom - plotTop), title: g.label }));
  const step = tickStep(end);
  const ticks: TickGeom[] = [];
  for (let t = 0; t <= end; t += step) ticks.push({ x: x(t), label: axisLabel(t) });
  return { width: WIDTH, height: round(axisY + AXIS - 8), gutter: GUTTER, titleX: GUTTER - 10, plotWidth: PLOT, rowHeight: ROW, plotTop, plotBottom, plotRight: WIDTH - RIGHT, axisY, axisTick: plotBottom + 4, rowsHeight: round(plotBottom - plotTop), rows, separators, actions, gaps, ticks };
}
