// A chai plugin for asserting on a kubetrial run in your own tests:
//   chai.use(kubetrialChai)
//   expect(result).to.have.transitions("web", ["ContainerCreating", "ErrImagePull", "ImagePullBackOff"]);
//   expect(result).to.have.observedEvent({ type: "Warning", reason: "Failed" });
//   expect(result).to.have.verdict("passed");
import type { EventExpectation, PodStateMatch } from "../model/scenario.ts";
import type { ScenarioResult } from "../model/result.ts";
import { evaluateExpectation } from "../expect/index.ts";

declare global {
  namespace Chai {
    interface Assertion {
      /** The pod went through these kubectl STATUS values in this order (other states may come between). */
      transitions(pod: string, statuses: string[]): Assertion;
      /** Some observation of the pod matched every field given. */
      podState(pod: string, match: PodStateMatch): Assertion;
      /** An event matching every field given was observed. */
      observedEvent(match: Omit<EventExpectation, "kind">): Assertion;
      verdict(verdict: ScenarioResult["verdict"]): Assertion;
    }
  }
}

type AssertionLike = Chai.AssertionStatic;

function asResult(value: unknown): ScenarioResult {
  const result = value as Partial<ScenarioResult> | undefined;
  if (!result || !Array.isArray(result.timeline)) throw new TypeError("expected a kubetrial ScenarioResult (with a timeline)");
  return result as ScenarioResult;
}

function statusesOf(result: ScenarioResult, pod: string): string[] {
  const seen: string[] = [];
  for (const o of result.timeline) {
    if (o.kind === "pod" && o.pod.name === pod && seen[seen.length - 1] !== o.pod.status) seen.push(o.pod.status);
  }
  return seen;
}

export function kubetrialChai(chai: Chai.ChaiStatic, utils: Chai.ChaiUtils): void {
  const subject = (assertion: AssertionLike): unknown => utils.flag(assertion, "object") as unknown;
  chai.Assertion.addMethod("transitions", function (this: AssertionLike, pod: string, statuses: string[]) {
    const result = asResult(subject(this));
    const outcome = evaluateExpectation(result.timeline, { kind: "pod", pod: { name: pod }, sequence: statuses }, 0);
    const seen = statusesOf(result, pod).join(" → ") || "nothing";
    this.assert(
      outcome.verdict === "passed",
      `expected pod ${pod} to go ${statuses.join(" → ")}, but it went ${seen}`,
      `expected pod ${pod} not to go ${statuses.join(" → ")}, but it did (${seen})`,
      statuses,
      statusesOf(result, pod),
    );
  });

  chai.Assertion.addMethod("podState", function (this: AssertionLike, pod: string, match: PodStateMatch) {
    const result = asResult(subject(this));
    const outcome = evaluateExpectation(result.timeline, { kind: "pod", pod: { name: pod }, ...match }, 0);
    const lastSeen = outcome.verdict === "passed" ? "" : outcome.lastSeen;
    this.assert(
      outcome.verdict === "passed",
      `expected pod ${pod} to match ${JSON.stringify(match)}; last seen: ${lastSeen}`,
      `expected pod ${pod} never to match ${JSON.stringify(match)}`,
    );
  });

  chai.Assertion.addMethod("observedEvent", function (this: AssertionLike, match: Omit<EventExpectation, "kind">) {
    const result = asResult(subject(this));
    const outcome = evaluateExpectation(result.timeline, { kind: "event", ...match }, 0);
    const lastSeen = outcome.verdict === "passed" ? "" : outcome.lastSeen;
    this.assert(
      outcome.verdict === "passed",
      `expected an event matching ${JSON.stringify(match)}; ${lastSeen}`,
      `expected no event matching ${JSON.stringify(match)}`,
    );
  });

  chai.Assertion.addMethod("verdict", function (this: AssertionLike, verdict: ScenarioResult["verdict"]) {
    const result = asResult(subject(this));
    const failing = [...result.setup, ...result.steps].find((s) => s.verdict !== "passed");
    const why = result.error ?? (failing ? `${failing.description}: ${failing.message ?? ""} ${failing.lastSeen ?? ""}` : "");
    this.assert(
      result.verdict === verdict,
      `expected scenario ${result.id} to be ${verdict} but it was ${result.verdict}${why ? ` (${why.trim()})` : ""}`,
      `expected scenario ${result.id} not to be ${verdict}`,
      verdict,
      result.verdict,
    );
  });
}
