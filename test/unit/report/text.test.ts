import { expect } from "chai";
import { describeObservation, duration, observationLine, offset, timelineLines } from "../../../src/report/text.ts";
import { sampleScenarios } from "../../fixtures/report/sample-run.ts";

describe("report text (timeline as lines)", () => {
  const [badImage] = sampleScenarios();

  it("prints each observation with its scenario time", () => {
    const lines = timelineLines(badImage?.timeline ?? []);
    expect(lines).to.include("+1.325s pod web STATUS ErrImagePull READY 0/1 RESTARTS 0 nginx=waiting:ErrImagePull changed=status,containers.nginx.state");
    expect(lines).to.include("+15.720s event Warning Failed pod/web: Error: ErrImagePull (x2)");
    expect(lines).to.include("+18.600s pod web deleted");
    expect(lines[0]).to.equal("+0.040s watch pods connected");
  });

  it("describes gaps, actions, nodes and endpoints", () => {
    const taint = sampleScenarios().find((s) => s.id === "taint-no-schedule");
    const text = (taint?.timeline ?? []).map(observationLine).join("\n");
    expect(text).to.contain("+12.500s watch events GAP since +9.800s: 410 Gone");
    expect(text).to.contain("action started taint node kubetrial-node kubetrial.io/fault=on:NoSchedule");
    expect(text).to.contain("node kubetrial-node Ready taints=kubetrial.io/fault=on:NoSchedule changed=taints");
    const nginx = sampleScenarios().find((s) => s.id === "nginx-index-deleted");
    expect((nginx?.timeline ?? []).map(describeObservation)).to.include("endpoints web ready 0/1");
  });

  it("formats times", () => {
    expect(offset(12_345)).to.equal("+12.345s");
    expect(duration(850)).to.equal("850ms");
    expect(duration(12_340)).to.equal("12.3s");
    expect(duration(245_000)).to.equal("4m05s");
  });
});
