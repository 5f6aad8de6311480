// Images that scenarios declare they need on the nodes (reported with the run).
import type { Scenario } from "../model/scenario.ts";

export function declaredImages(scenarios: Scenario[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.images))].sort();
}
