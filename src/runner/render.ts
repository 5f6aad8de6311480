// Rendering a scenario for this run, and naming its steps from their rendered content unless the user named them.
import type { Scenario, Step } from "../model/scenario.ts";
import { describeExpectation } from "../expect/describe.ts";
import { renderScenario, type Builtins, type RenderedScenario } from "../scenario/render.ts";
import { describeAction } from "./actions.ts";

function named<T extends Step>(step: T, node: string): T {
  if (step.description) return step;
  const description = step.type === "action" ? describeAction(step.action, node) : describeExpectation(step.expectation);
  return { ...step, description };
}

export function renderForRun(scenario: Scenario, builtins: Builtins, templatesDir: string): RenderedScenario {
  const rendered = renderScenario(scenario, builtins, templatesDir);
  return {
    ...rendered,
    setup: rendered.setup.map((s) => named(s, builtins.node)),
    steps: rendered.steps.map((s) => named(s, builtins.node)),
    never: rendered.never.map((n) => ({ ...n, description: describeExpectation(n.expectation) })),
  };
}
