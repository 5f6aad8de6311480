// Leaving out the setup actions, steps and invariants whose `when:` does not hold on this cluster, saying why.
// A condition that cannot be judged (a feature gate's state unknown) stops the scenario: guessing would make a verdict up.
import type { NotApplicable } from "../model/result.ts";
import type { ClusterCondition } from "../model/scenario.ts";
import type { RenderedScenario } from "../scenario/render.ts";
import { describeCondition, evaluateCondition, type ClusterFacts } from "../scenario/conditions.ts";

export function applicableOnly(rendered: RenderedScenario, facts: ClusterFacts): { rendered: RenderedScenario; notApplicable: NotApplicable[] } {
  const notApplicable: NotApplicable[] = [];
  const keep = <T extends { when?: ClusterCondition; description: string }>(item: T): boolean => {
    if (!item.when) return true;
    const outcome = evaluateCondition(item.when, facts);
    if (outcome.holds === "unknown") throw new Error(`cannot tell whether "${item.description}" applies (when: ${describeCondition(item.when)}): ${outcome.why}`);
    if (!outcome.holds) notApplicable.push({ description: `${item.description} (when: ${describeCondition(item.when)})`, why: outcome.why });
    return outcome.holds;
  };
  return {
    rendered: { ...rendered, setup: rendered.setup.filter(keep), steps: rendered.steps.filter(keep), never: rendered.never.filter(keep) },
    notApplicable,
  };
}
