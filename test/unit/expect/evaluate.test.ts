import { expect } from "chai";
import type { Observation } from "../../../src/model/observation.ts";
import { checkInvariant, evaluateExpectation, finalizeStep } from "../../../src/expect/index.ts";
import { recordedTimeline } from "./recorded.ts";

const badImage = recordedTimeline("mission-run.json", "bad-image");
const nginx = recordedTimeline("mission-run.json", "nginx-index-deleted");
const oom = recordedTimeline("mission-run.json", "oom-killed");

function firstSeq(timeline: Observation[], test: (o: Observation) => boolean): number {
  const found = timeline.find(test);
  if (!found) throw new Error("fixture lacks the observation");
  return found.seq;
}

describe("expectations over timelines recorded on the real cluster", () => {
  it("passes an ordered STATUS sequence, with one observation as evidence per element", () => {
    const result = evaluateExpectation(badImage, { kind: "pod", pod: { name: "web" }, sequence: ["ContainerCreating", "ErrImagePull", "ImagePullBackOff"] }, 0);
    expect(result.verdict).to.equal("passed");
    if (result.verdict !== "passed") return;
    const statuses = result.evidence.map((seq) => { const o = badImage[seq]; return o?.kind === "pod" ? o.pod.status : ""; });
    expect(statuses).to.deep.equal(["ContainerCreating", "ErrImagePull", "ImagePullBackOff"]);
    expect(result.evidence).to.deep.equal([...result.evidence].sort((a, b) => a - b));
  });

  it("does not pass the same states in the wrong order, and says how far it got", () => {
    const result = evaluateExpectation(badImage, { kind: "pod", pod: { name: "web" }, sequence: ["ImagePullBackOff", "ContainerCreating"] }, 0);
    expect(result.verdict).to.equal("pending");
    if (result.verdict === "pending") expect(result.lastSeen).to.match(/STATUS (ImagePullBackOff|ErrImagePull)/);
  });

  it("rejects a strict sequence that skips a state seen in between", () => {
    const loose = evaluateExpectation(badImage, { kind: "pod", pod: { name: "web" }, sequence: ["ContainerCreating", "ImagePullBackOff"] }, 0);
    const strict = evaluateExpectation(badImage, { kind: "pod", pod: { name: "web" }, sequence: ["ContainerCreating", "ImagePullBackOff"], strict: true }, 0);
    expect(loose.verdict).to.equal("passed");
    expect(strict.verdict).to.equal("pending");
  });

  it("holds the never-Running invariant of a pod whose image cannot be pulled, and breaks one it violates", () => {
    expect(checkInvariant(badImage, { kind: "pod", pod: { name: "web" }, status: "Running" }, 0).verdict).to.equal("passed");
    const broken = checkInvariant(badImage, { kind: "pod", pod: { name: "web" }, status: "ErrImagePull" }, 0);
    expect(broken.verdict).to.equal("failed");
    expect(broken.message).to.match(/ErrImagePull/);
  });

  it("sees the liveness restart of nginx: restarts 1 and the last state Completed with exit code 0", () => {
    const result = evaluateExpectation(nginx, { kind: "pod", pod: { name: "web" }, restarts: 1, container: { name: "nginx", lastState: { reason: "Completed", exitCode: 0 } } }, 0);
    expect(result.verdict).to.equal("passed");
    expect(evaluateExpectation(nginx, { kind: "pod", pod: { name: "web" }, container: { name: "nginx", lastState: { reason: "Error" } } }, 0).verdict).to.equal("pending");
  });

  it("counts ready and not-ready endpoints of the Service across the readiness failure", () => {
    const exec = firstSeq(nginx, (o) => o.kind === "action" && o.action === "exec");
    expect(evaluateExpectation(nginx, { kind: "endpoints", service: "web", ready: 1, notReady: 0 }, 0).verdict).to.equal("passed");
    const notReady = evaluateExpectation(nginx, { kind: "endpoints", service: "web", ready: 0, notReady: 1 }, exec);
    expect(notReady.verdict).to.equal("passed");
    expect(evaluateExpectation(nginx, { kind: "endpoints", service: "web", ready: 3 }, 0).verdict).to.equal("pending");
  });

  it("counts the state carried in at the cursor: a pod already Running satisfies a later Running step", () => {
    const exec = firstSeq(nginx, (o) => o.kind === "action" && o.action === "exec");
    const result = evaluateExpectation(nginx, { kind: "pod", pod: { name: "web" }, status: "Running", ready: true, restarts: 0 }, exec);
    expect(result.verdict).to.equal("passed");
    if (result.verdict === "passed") expect(result.satisfiedAtSeq).to.equal(exec);
  });

  it("matches events by type, reason, object and message pattern, only from the cursor on", () => {
    const liveness = { kind: "event" as const, type: "Warning" as const, reason: "Unhealthy", object: "web", message: "/Liveness probe failed: HTTP probe failed with statuscode: 404/" };
    const result = evaluateExpectation(nginx, liveness, 0);
    expect(result.verdict).to.equal("passed");
    if (result.verdict !== "passed") return;
    expect(evaluateExpectation(nginx, liveness, nginx.length).verdict).to.equal("pending");
    expect(evaluateExpectation(nginx, { ...liveness, message: "/statuscode: 500/" }, 0).verdict).to.equal("pending");
  });

  it("sees OOMKilled with exit code 137 and then CrashLoopBackOff", () => {
    expect(evaluateExpectation(oom, { kind: "pod", pod: { name: "hog" }, sequence: ["OOMKilled", "CrashLoopBackOff"] }, 0).verdict).to.equal("passed");
    expect(evaluateExpectation(oom, { kind: "pod", pod: { name: "hog" }, container: { lastState: { reason: "OOMKilled", exitCode: 137 } } }, 0).verdict).to.equal("passed");
  });

  it("says what was last seen when nothing matches, and is inconclusive across a watch gap", () => {
    const missing = evaluateExpectation(badImage, { kind: "pod", pod: { name: "nobody" }, status: "Running" }, 0);
    expect(missing.verdict === "pending" && missing.lastSeen).to.equal("no pod named nobody observed");
    const e = { kind: "pod" as const, pod: { name: "web" }, status: "Running" };
    expect(finalizeStep(badImage, e, 0, evaluateExpectation(badImage, e, 0), { startT: 0, endT: 1 }).verdict).to.equal("failed");
    const last = badImage[badImage.length - 1] as Observation;
    const gap: Observation = { kind: "watch", resource: "pods", what: "gap", detail: "410 Gone", gapFromT: 0, seq: last.seq + 1, t: last.t + 1, at: last.at };
    const withGap = [...badImage, gap];
    const final = finalizeStep(withGap, e, 0, evaluateExpectation(withGap, e, 0), { startT: 0, endT: 1 });
    expect(final.verdict).to.equal("inconclusive");
    expect(checkInvariant(withGap, e, 0).verdict).to.equal("inconclusive");
  });
});
