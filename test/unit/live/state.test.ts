import { expect } from "chai";
import { applyEvent, currentAndNext, emptyState } from "../../../src/live/state.ts";
import { fixtureEvents } from "./helpers.ts";

describe("live state", () => {
  it("shows each pod as kubectl would, with its latest event", async () => {
    const state = emptyState();
    for (const e of await fixtureEvents()) applyEvent(state, e);
    const crash = state.scenarios.find((s) => s.id === "crash-loop");
    const worker = crash?.pods[0];
    expect(worker).to.include({ name: "worker", status: "CrashLoopBackOff", readyColumn: "0/1", restarts: 3, deleted: false });
    expect(worker?.containers[0]).to.include({ name: "app", state: "CrashLoopBackOff", restarts: 3 });
    expect(worker?.latestEvent?.reason).to.equal("BackOff");
    const web = state.scenarios.find((s) => s.id === "bad-image")?.pods[0];
    expect(web).to.include({ status: "Deleted", deleted: true });
    expect(state.finished).to.equal(true);
    expect(state.summary?.passed).to.equal(2);
  });

  it("ticks each step at the time of the observation that satisfied it", async () => {
    const state = emptyState();
    for (const e of await fixtureEvents()) applyEvent(state, e);
    const steps = state.scenarios[0]?.steps ?? [];
    expect(steps.map((s) => s.state)).to.deep.equal(["passed", "passed", "passed", "passed", "passed"]);
    expect(steps[0]?.t).to.equal(2394);
    expect(steps[1]?.t).to.equal(1320); // the Failed event, seen before the step began looking
    expect(steps[3]?.t).to.equal(18041); // an action ticks when it ends
  });

  it("knows the step now running and the next one, and what waits for the presenter", async () => {
    const state = emptyState();
    const events = await fixtureEvents();
    const upTo = events.findIndex((e) => e.hook === "stepStarted" && e.index === 2);
    for (const e of events.slice(0, upTo + 1)) applyEvent(state, e);
    const view = state.scenarios[0];
    if (!view) throw new Error("no scenario");
    const { current, next } = currentAndNext(view);
    expect(current?.description).to.match(/ErrImagePull again/);
    expect(next?.description).to.equal("delete Pod web");
    applyEvent(state, { hook: "confirmAction", scenarioId: view.id, description: "delete Pod web", at: "2026-11-24T12:00:00Z" });
    expect(view.awaiting).to.equal("delete Pod web");
  });

  it("builds timeline lanes: one span per STATUS held, closed when the pod goes", async () => {
    const state = emptyState();
    for (const e of await fixtureEvents()) applyEvent(state, e);
    const lanes = state.scenarios[0]?.lanes ?? [];
    expect(lanes.map((l) => l.container ?? l.pod)).to.deep.equal(["web", "nginx"]);
    const pod = lanes[0]?.spans ?? [];
    expect(pod.map((s) => s.label)).to.deep.equal(["Pending", "ContainerCreating", "ErrImagePull", "ImagePullBackOff", "ErrImagePull", "ImagePullBackOff", "Terminating"]);
    expect(pod.at(-1)?.to).to.equal(18600);
    expect(pod[2]).to.include({ from: 1325, to: 2394, tone: "bad" });
    const markers = state.scenarios[0]?.markers ?? [];
    expect(markers.filter((m) => m.kind === "action").map((m) => m.label)).to.deep.equal(["apply the scenario's manifests", "delete Pod web"]);
  });

  it("keeps pods apart by uid when a name comes back", () => {
    const state = emptyState();
    const at = "2026-11-24T12:00:00Z";
    applyEvent(state, { hook: "scenarioStarted", at, namespace: "ns", scenario: { id: "s", name: "s", description: "", steps: [] } });
    const pod = (uid: string, seq: number, change: "added" | "deleted") => ({
      hook: "observed" as const, at, scenarioId: "s",
      observation: { kind: "pod" as const, seq, t: seq * 100, at, change, changed: [], pod: { uid, name: "web", namespace: "ns", labels: {}, phase: "Running", status: "Running", readyColumn: "1/1", ready: true, restarts: 0, deleting: false, conditions: [], initContainers: [], containers: [] } },
    });
    applyEvent(state, pod("a", 0, "added"));
    applyEvent(state, pod("a", 1, "deleted"));
    applyEvent(state, pod("b", 2, "added"));
    expect(state.scenarios[0]?.pods.map((p) => `${p.uid}:${p.status}`)).to.deep.equal(["a:Deleted", "b:Running"]);
  });
});
