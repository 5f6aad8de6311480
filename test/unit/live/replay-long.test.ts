// A long recording (the live fixture, recorded on a real cluster, with its timeline repeated to 300,000
// observations) must plan without "Maximum call stack size exceeded": no spread of the timeline into a call.
import { expect } from "chai";
import { replayPlan } from "../../../src/live/replay.ts";
import { fixture } from "./helpers.ts";

describe("replaying a long run", () => {
  it("plans 300,000 observations in time order, the run's end last", () => {
    const run = fixture();
    const first = run.scenarios[0];
    if (!first) throw new Error("the fixture has no scenario");
    const recorded = first.timeline;
    first.timeline = Array.from({ length: 300_000 }, (_, i) => recorded[i % recorded.length] as (typeof recorded)[number])
      .map((o, i) => ({ ...o, t: i }));
    const plan = replayPlan(run);
    expect(plan.length).to.be.greaterThan(300_000);
    const last = plan[plan.length - 1];
    expect(last?.at).to.equal(Math.max(run.durationMs, 299_999 + Math.max(0, Date.parse(first.startedAt) - Date.parse(run.startedAt))));
    expect(plan.every((c, i) => i === 0 || (plan[i - 1]?.at ?? 0) <= c.at)).to.equal(true);
  });
});
