import { expect } from "chai";
import { InputError } from "../../../src/model/errors.ts";
import { asResults as asRunResult } from "../../../src/report/read.ts";
import { replayPlan } from "../../../src/live/replay.ts";
import { fixture } from "./helpers.ts";

describe("recorded runs", () => {
  const bad = (value: unknown): string => {
    try {
      asRunResult(value, "x.json");
    } catch (error) {
      expect(error).to.be.instanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("accepts the fixture", () => {
    expect(asRunResult(fixture(), "x.json").scenarios).to.have.length(2);
  });

  it("says clearly what is wrong with a file that is not kubetrial's results", () => {
    expect(bad([])).to.equal("x.json: not a kubetrial results file: the top level is not a JSON object");
    expect(bad({ name: "package" })).to.match(/not a kubetrial results file: "format" is null, expected "kubetrial-results"/);
    expect(bad({ ...fixture(), version: 7 })).to.match(/results format version 7 is not supported: this kubetrial reads version 1/);
    const broken = fixture();
    (broken.scenarios[1] as unknown as Record<string, unknown>)["timeline"] = [{ kind: "pod" }];
    expect(bad(broken)).to.match(/not a valid kubetrial results file: scenarios\.1\.timeline\.0 /);
  });

  it("plans the hook calls in time order, scenarios placed where they ran", () => {
    const plan = replayPlan(fixture());
    const times = plan.map((c) => c.at);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(times.at(-1)).to.be.greaterThan(23_000 + 33_000);
  });
});
