// The five mission faults, run through the mocha adapter against the real cluster, then asserted with the chai plugin.
import * as chai from "chai";
import { expect } from "chai";
import type { RunResult, ScenarioResult } from "../../src/model/result.ts";
import { kubetrialSuite } from "../../src/mocha/suite.ts";
import { kubetrialChai } from "../../src/mocha/chai-plugin.ts";

chai.use(kubetrialChai);

let run: RunResult | undefined;

kubetrialSuite("mission scenarios on the real cluster", {
  paths: ["scenarios/mission"],
  parallel: 4,
  reportsRoot: "test-output/reports",
  onRun: (result) => { run = result; },
});

describe("the mission run, asserted with the chai plugin", () => {
  function scenario(id: string): ScenarioResult {
    const found = run?.scenarios.find((s) => s.id === id);
    if (!found) throw new Error(`scenario ${id} did not run (see the suite above)`);
    return found;
  }

  it("saw the bad image go ContainerCreating → ErrImagePull → ImagePullBackOff, never Running", () => {
    const result = scenario("bad-image");
    expect(result).to.have.verdict("passed");
    expect(result).to.have.transitions("web", ["ContainerCreating", "ErrImagePull", "ImagePullBackOff"]);
    expect(result).to.not.have.transitions("web", ["Running"]);
    expect(result).to.have.observedEvent({ type: "Warning", reason: "Failed", message: "/127\\.0\\.0\\.1:9|not found/" });
  });

  it("saw nginx restarted once by its liveness probe after index.html was deleted", () => {
    const result = scenario("nginx-index-deleted");
    expect(result).to.have.podState("web", { restarts: 1, container: { name: "nginx", lastState: { reason: "Completed", exitCode: 0 } } });
    expect(result).to.have.observedEvent({ reason: "Killing", message: "/failed liveness probe/" });
    const exec = result.timeline.find((o) => o.kind === "action" && o.action === "exec" && o.phase === "done");
    expect(exec, "the exec action is on the timeline").to.not.equal(undefined);
  });

  it("saw OOMKilled with exit code 137 and the taint reverted", () => {
    expect(scenario("oom-killed")).to.have.podState("hog", { container: { lastState: { reason: "OOMKilled", exitCode: 137 } } });
    const taint = scenario("taint-no-schedule");
    expect(taint).to.have.transitions("waiter", ["Pending", "ContainerCreating", "Running"]);
    expect(taint.cleanup.ok).to.equal(true);
  });

  it("wrote evidence a report needs: cluster version, timelines with millisecond receipt times, cleaned namespaces", () => {
    if (!run) throw new Error("the mission run did not happen");
    expect(run.cluster.serverVersion).to.match(/^v1\./);
    for (const s of run.scenarios) {
      expect(s.timeline.length, s.id).to.be.greaterThan(3);
      expect(s.timeline.every((o, i) => o.seq === i), `${s.id} seqs`).to.equal(true);
      expect(s.cleanup.ok, `${s.id} cleanup: ${s.cleanup.detail ?? ""}`).to.equal(true);
    }
  });
});
