// A scenario rendered for one run: manifests from its templates, `{{...}}` in its steps filled in.
import type { ActionStep, Invariant, RenderedManifest, Scenario, Step } from "../model/scenario.ts";
import { renderStrings, renderTemplateFile } from "./templates.ts";

export interface Builtins {
  namespace: string;
  runId: string;
  scenario: string;
  node: string;
}

export interface RenderedScenario {
  manifests: RenderedManifest[];
  setup: ActionStep[];
  steps: Step[];
  never: Invariant[];
}

/** Placeholders used by `validate` and `render`, so template errors surface before anything touches a cluster. */
export function placeholderBuiltins(scenario: Scenario, namespace = "kubetrial-namespace"): Builtins {
  return { namespace, runId: "run-id", scenario: scenario.id, node: "the-fault-node" };
}

export function renderScenario(scenario: Scenario, builtins: Builtins, templatesDir: string): RenderedScenario {
  const manifests = scenario.templates.flatMap((t) => renderTemplateFile(templatesDir, t.file, { ...builtins, ...t.values }));
  const values = { ...Object.assign({}, ...scenario.templates.map((t) => t.values)), ...builtins } as Record<string, unknown>;
  return {
    manifests,
    setup: renderStrings(scenario.setup, values, scenario.file),
    steps: renderStrings(scenario.steps, values, scenario.file),
    never: renderStrings(scenario.never, values, scenario.file),
  };
}
