// Rendering a scenario for this run, and naming its action steps the way the timeline will.
import type { Scenario } from "../model/scenario.ts";
import { renderScenario, type Builtins, type RenderedScenario } from "../scenario/render.ts";
import { describeAction } from "./actions.ts";

export function renderForRun(scenario: Scenario, builtins: Builtins, templatesDir: string): RenderedScenario {
  const rendered = renderScenario(scenario, builtins, templatesDir);
  const named = <T extends { type: string }>(step: T): T =>
    step.type === "action" && "action" in step && !(step as { description?: string }).description
      ? { ...step, description: describeAction((step as unknown as { action: Parameters<typeof describeAction>[0] }).action, builtins.node) }
      : step;
  return { ...rendered, setup: rendered.setup.map(named), steps: rendered.steps.map(named) };
}
