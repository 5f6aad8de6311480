import { expect } from "chai";
import { matchNumber, matchText } from "../../../src/expect/index.ts";
import { describeExpectation } from "../../../src/expect/describe.ts";

describe("matching text and numbers", () => {
  it("matches exact text, and /regex/flags", () => {
    expect(matchText("Running", "Running")).to.equal(true);
    expect(matchText("Running", "running")).to.equal(false);
    expect(matchText("/back-off/i", "Back-off pulling image")).to.equal(true);
    expect(matchText("/^Init:/", "PodInitializing")).to.equal(false);
    expect(matchText("x", undefined)).to.equal(false);
  });

  it("matches numbers exactly or in a range", () => {
    expect(matchNumber(1, 1)).to.equal(true);
    expect(matchNumber({ min: 2 }, 1)).to.equal(false);
    expect(matchNumber({ min: 1, max: 3 }, 3)).to.equal(true);
    expect(matchNumber({ max: 0 }, undefined)).to.equal(false);
  });

  it("describes expectations in words", () => {
    expect(describeExpectation({ kind: "pod", pod: { name: "web" }, sequence: ["A", "B"] })).to.equal("pod web goes A → B");
    expect(describeExpectation({ kind: "endpoints", service: "web", ready: 1 })).to.equal("service web endpoints: ready 1");
    expect(describeExpectation({ kind: "event", type: "Warning", reason: "Failed", object: "web" })).to.equal("event Warning Failed on web");
  });
});
