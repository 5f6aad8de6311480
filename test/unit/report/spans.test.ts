import { expect } from "chai";
import { buildTimeline, statusTone, type Lane, type TimelineModel } from "../../../src/report/spans.ts";
import { layoutChart, tickStep, fitText } from "../../../src/report/chart.ts";
import { sampleScenarios } from "../../fixtures/report/sample-run.ts";
import type { ScenarioResult } from "../../../src/model/result.ts";

const byId = (id: string): ScenarioResult => {
  const s = sampleScenarios().find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const model = (s: ScenarioResult): TimelineModel => buildTimeline(s.timeline, { end: s.durationMs, steps: s.steps });
const lane = (m: TimelineModel, key: string): Lane => {
  const found = m.groups.flatMap((g) => g.lanes).find((l) => l.key.endsWith(key));
  if (!found) throw new Error(`no lane ${key}`);
  return found;
};

describe("report spans (timeline → lanes)", () => {
  it("turns an ImagePullBackOff pod into one span per STATUS, closed when the pod is deleted", () => {
    const m = model(byId("bad-image"));
    const pod = lane(m, "/pod");
    expect(pod.spans.map((s) => s.label)).to.deep.equal(["Pending", "ContainerCreating", "ErrImagePull", "ImagePullBackOff", "ErrImagePull", "ImagePullBackOff", "Terminating"]);
    expect(pod.spans.at(-1)).to.include({ from: 18_030, to: 18_600, open: false, tone: "gone" });
    expect(pod.spans.find((s) => s.label === "ImagePullBackOff")?.tone).to.equal("backoff");
    const nginx = lane(m, "/nginx");
    expect(nginx.spans[0]).to.include({ label: "ContainerCreating", from: 290, to: 1325 });
    expect(m.end).to.equal(18_700);
  });

  it("marks restarts on the container lane and probe failures on the pod's events lane", () => {
    const m = model(byId("nginx-index-deleted"));
    const nginx = lane(m, "/nginx");
    expect(nginx.markers).to.have.length(1);
    expect(nginx.markers[0]).to.include({ t: 14_650, kind: "restart", label: "restart 1" });
    expect(nginx.markers[0]?.detail).to.contain("after Completed (exit 0)");
    const events = lane(m, "/events");
    expect(events.markers.filter((x) => x.kind === "probe")).to.have.length(4);
    expect(events.markers.find((x) => x.label === "Killing")?.kind).to.equal("normal");
    expect(nginx.spans.map((s) => s.label)).to.include.members(["Running (not ready)", "Completed (exit 0)"]);
  });

  it("pairs action start and end, keeps the last span open to the end, draws endpoints", () => {
    const m = model(byId("nginx-index-deleted"));
    const exec = m.actions.find((a) => a.action === "exec");
    expect(exec).to.deep.include({ t: 6_000, endT: 6_180, outcome: "done", label: "exec rm /usr/share/nginx/html/index.html in web/nginx" });
    const svc = lane(m, "svc/web");
    expect(svc.spans.map((s) => s.label)).to.deep.equal(["0/1 ready", "1/1 ready", "0/1 ready", "1/1 ready"]);
    expect(svc.spans.at(-1)).to.include({ open: true, to: 46_000 });
  });

  it("shows a changing node, a watch gap and a failed step window", () => {
    const m = model(byId("taint-no-schedule"));
    expect(m.gaps).to.deep.equal([{ from: 9_800, to: 12_500, label: "watch events gap: 410 Gone: too old resource version; re-listed" }]);
    const node = lane(m, "node/kubetrial-node");
    expect(node.spans.map((s) => s.label)).to.deep.equal(["Ready", "Ready, kubetrial.io/fault=on:NoSchedule", "Ready"]);
    const steps = lane(m, "steps");
    expect(steps.spans.map((s) => s.tone)).to.deep.equal(["ok", "bad"]);
    expect(m.actions.map((a) => a.action)).to.deep.equal(["taint", "apply", "untaint"]);
  });

  it("keeps idle nodes and unknown objects' events out of the way, and survives odd timelines", () => {
    const empty = buildTimeline([]);
    expect(empty).to.deep.include({ groups: [], actions: [], gaps: [] });
    expect(empty.end).to.equal(1);
    const s = byId("crash-exit-always");
    const m = model(s);
    expect(m.groups.map((g) => g.key)).to.not.include("nodes");
    expect(lane(m, "/app").markers.map((x) => x.label)).to.deep.equal(["restart 1", "restart 2", "restart 3"]);
    const orphan = buildTimeline([{ seq: 0, t: 5, at: "2026-11-24T10:00:00.005Z", kind: "event", change: "added", event: { uid: "e", type: "Warning", reason: "Oops", message: "m", object: { kind: "ReplicaSet", name: "rs" }, count: 1 } }]);
    expect(orphan.groups.map((g) => g.key)).to.deep.equal(["other"]);
    const done = buildTimeline([{ seq: 0, t: 5, at: "2026-11-24T10:00:00.005Z", kind: "action", action: "sleep", description: "sleep 1s", phase: "done" }]);
    expect(done.actions[0]).to.include({ t: 5, endT: 5, outcome: "done" });
  });

  it("gives kubectl statuses sensible tones", () => {
    expect(statusTone("Running", true)).to.equal("ok");
    expect(statusTone("Running", false)).to.equal("warn");
    expect(statusTone("CrashLoopBackOff")).to.equal("backoff");
    expect(statusTone("OOMKilled")).to.equal("bad");
    expect(statusTone("Init:0/1")).to.equal("pending");
    expect(statusTone("Completed")).to.equal("done");
    expect(statusTone("Something")).to.equal("unknown");
  });

  it("lays the chart out inside its box", () => {
    const s = byId("nginx-index-deleted");
    const g = layoutChart(model(s));
    for (const row of g.rows) for (const span of row.spans) expect(span.x + span.width).to.be.at.most(g.plotRight + 0.11);
    expect(g.ticks[0]?.label).to.equal("0");
    expect(g.ticks.at(-1)?.label).to.equal("45s");
    expect(tickStep(46_000)).to.equal(5_000);
    expect(fitText("ImagePullBackOff", 40)).to.equal("Imag…");
    expect(g.actions).to.have.length(2);
  });
});
