// results.json: the run as JSON with a stable key order, so two renderings of one run are byte-identical.
import type { RunResult } from "../model/result.ts";

const FIRST = ["format", "version", "runId", "seq", "t", "at", "kind", "change", "index", "type", "id", "name"];
const LAST = ["scenarios", "timeline", "manifests", "finalObjects", "logs"];

function rank(key: string): number {
  const first = FIRST.indexOf(key);
  if (first >= 0) return first;
  const last = LAST.indexOf(key);
  return last >= 0 ? FIRST.length + 1 + last : FIRST.length;
}

export function compareKeys(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record).sort(compareKeys)) out[key] = ordered(record[key]);
  return out;
}

export function renderJson(result: RunResult): string {
  return `${JSON.stringify(ordered(result), null, 2)}\n`;
}
