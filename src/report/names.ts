// Names shared by the reports: a scenario's title (with its matrix entry) and its anchor in the HTML page.
import type { ScenarioResult } from "../model/result.ts";

export function matrixText(values: Record<string, unknown> | undefined): string {
  const entries = Object.entries(values ?? {});
  return entries.map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");
}

export function scenarioTitle(s: Pick<ScenarioResult, "name" | "matrixValues">): string {
  const matrix = matrixText(s.matrixValues);
  return matrix ? `${s.name} [${matrix}]` : s.name;
}

/** Unique within a run even when ids collide after slugging. */
export function anchorFor(s: Pick<ScenarioResult, "id">, index: number): string {
  return `s${index + 1}-${s.id.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60)}`;
}
