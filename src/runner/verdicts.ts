// How step and invariant outcomes add up to a scenario verdict, and what that says about the runbook claim.
import type { ClaimVerdict, InvariantResult, ScenarioVerdict, StepResult } from "../model/result.ts";
import type { RunbookClaim } from "../model/scenario.ts";

export function scenarioVerdict(input: {
  error: string | undefined;
  steps: StepResult[];
  invariants: InvariantResult[];
  interrupted: boolean;
}): ScenarioVerdict {
  if (input.error) return "error";
  if (input.steps.some((s) => s.verdict === "failed") || input.invariants.some((i) => i.verdict === "failed")) return "failed";
  if (input.steps.some((s) => s.verdict === "inconclusive") || input.invariants.some((i) => i.verdict === "inconclusive")) return "failed";
  if (input.interrupted || input.steps.some((s) => s.verdict === "skipped")) return "skipped";
  return "passed";
}

/**
 * A passing scenario shows what Kubernetes really does. When it asserts the claim, the claim is verified;
 * when it deliberately asserts the contrary (`expectRefuted`), the claim is refuted by that evidence.
 * A failing scenario proves nothing either way about a deliberately refuting one.
 */
export function claimVerdict(verdict: ScenarioVerdict, claim: RunbookClaim): ClaimVerdict {
  if (verdict === "passed") return claim.expectRefuted ? "refuted" : "verified";
  if (verdict === "failed" && !claim.expectRefuted) return "refuted";
  return "inconclusive";
}
