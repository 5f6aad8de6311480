// The runbook catalogue on the real cluster: every scenario is a mocha test; a claim refuted on purpose
// (runbook.expectRefuted) passes when the real behaviour it asserts is seen.
import { expect } from "chai";
import type { RunResult } from "../../src/model/result.ts";
import { kubetrialSuite } from "../../src/mocha/suite.ts";

let run: RunResult | undefined;

kubetrialSuite("runbook catalogue on the real cluster", {
  paths: ["scenarios/catalogue"],
  parallel: 4,
  reportsRoot: "test-output/reports",
  onRun: (result) => { run = result; },
});

describe("the catalogue's verdicts on the runbook claims", () => {
  it("verifies or refutes every claim, and refutes exactly those the catalogue says it refutes", () => {
    if (!run) throw new Error("the catalogue did not run");
    for (const s of run.scenarios) {
      expect(s.claimVerdict, s.id).to.equal(s.runbook?.expectRefuted ? "refuted" : "verified");
    }
    expect(run.scenarios.filter((s) => s.claimVerdict === "refuted").map((s) => s.id)).to.include("succeeded-is-not-short");
  });
});
