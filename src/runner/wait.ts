// Waiting for an expectation while the recorder appends: the pure evaluator runs on every new observation.
import type { Observation } from "../model/observation.ts";
import type { InvariantResult, StepResult } from "../model/result.ts";
import type { Expectation, Invariant } from "../model/scenario.ts";
import { checkInvariant, evaluateExpectation, finalizeStep } from "../expect/index.ts";
import type { Timeline } from "../recorder/timeline.ts";

export interface WaitOutcome {
  result: Pick<StepResult, "verdict" | "evidence" | "lastSeen" | "message">;
  /** Where the next step starts looking (the observation that satisfied this one). */
  nextCursor?: number;
}

export function waitForExpectation(
  timeline: Timeline,
  expectation: Expectation,
  fromSeq: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<WaitOutcome> {
  const startT = timeline.elapsed();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: WaitOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener("abort", onAbort);
      resolve(outcome);
    };
    const check = (): void => {
      const evaluation = evaluateExpectation(timeline.observations, expectation, fromSeq);
      if (evaluation.verdict === "passed") {
        finish({ result: { verdict: "passed", evidence: evaluation.evidence }, nextCursor: evaluation.satisfiedAtSeq });
      }
    };
    const giveUp = (why: string): void => {
      const evaluation = evaluateExpectation(timeline.observations, expectation, fromSeq);
      if (evaluation.verdict === "passed") {
        finish({ result: { verdict: "passed", evidence: evaluation.evidence }, nextCursor: evaluation.satisfiedAtSeq });
        return;
      }
      const final = finalizeStep(timeline.observations, expectation, fromSeq, evaluation, { startT, endT: timeline.elapsed() });
      finish({ result: { ...final, message: why } });
    };
    const onAbort = (): void => giveUp("interrupted before the expectation was met");
    const timer = setTimeout(() => giveUp(`not met within ${Math.round(timeoutMs / 100) / 10} s`), timeoutMs);
    const unsubscribe = timeline.subscribe(check);
    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) onAbort();
    else check();
  });
}

export function checkInvariants(timeline: Observation[], invariants: Invariant[], fromSeq: number): InvariantResult[] {
  return invariants.map((invariant) => ({ description: invariant.description, ...checkInvariant(timeline, invariant.expectation, fromSeq) }));
}
