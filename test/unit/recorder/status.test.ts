import { expect } from "chai";
import type { V1ContainerStatus, V1Pod } from "@kubernetes/client-node";
import { podColumns } from "../../../src/recorder/status.ts";

function pod(parts: { containers?: V1ContainerStatus[]; init?: V1ContainerStatus[]; initSpec?: { name: string; restartPolicy?: string }[]; phase?: string; reason?: string; conditions?: { type: string; status: string; reason?: string }[]; deleting?: boolean; names?: string[] }): V1Pod {
  const names = parts.names ?? (parts.containers ?? []).map((c) => c.name);
  return {
    metadata: { name: "p", ...(parts.deleting ? { deletionTimestamp: new Date() } : {}) },
    spec: { containers: names.map((name) => ({ name })), initContainers: parts.initSpec ?? (parts.init ?? []).map((c) => ({ name: c.name })) },
    status: {
      phase: parts.phase ?? "Pending", ...(parts.reason ? { reason: parts.reason } : {}),
      conditions: parts.conditions ?? [], containerStatuses: parts.containers ?? [], initContainerStatuses: parts.init ?? [],
    },
  };
}

const waiting = (name: string, reason: string, restartCount = 0): V1ContainerStatus => ({ name, image: "i", imageID: "", ready: false, restartCount, state: { waiting: { reason } } });
const running = (name: string, ready: boolean, restartCount = 0): V1ContainerStatus => ({ name, image: "i", imageID: "", ready, restartCount, state: { running: {} } });
const terminated = (name: string, exitCode: number, reason?: string, signal?: number): V1ContainerStatus =>
  ({ name, image: "i", imageID: "", ready: false, restartCount: 0, state: { terminated: { exitCode, ...(reason ? { reason } : {}), ...(signal ? { signal } : {}) } } });

describe("kubectl STATUS column", () => {
  it("prints the phase of an unscheduled pod", () => {
    expect(podColumns(pod({ names: ["a"] }))).to.deep.equal({ status: "Pending", readyColumn: "0/1", restarts: 0 });
  });

  it("prints the waiting reason of a container", () => {
    expect(podColumns(pod({ containers: [waiting("a", "ImagePullBackOff")] })).status).to.equal("ImagePullBackOff");
  });

  it("prints Running and counts ready containers", () => {
    const columns = podColumns(pod({ phase: "Running", containers: [running("a", true, 2), running("b", false)] }));
    expect(columns).to.deep.equal({ status: "Running", readyColumn: "1/2", restarts: 2 });
  });

  it("prints the terminated reason, or Signal:N / ExitCode:N without one", () => {
    expect(podColumns(pod({ phase: "Failed", containers: [terminated("a", 137, "OOMKilled")] })).status).to.equal("OOMKilled");
    expect(podColumns(pod({ phase: "Failed", containers: [terminated("a", 2)] })).status).to.equal("ExitCode:2");
    expect(podColumns(pod({ phase: "Failed", containers: [terminated("a", 137, undefined, 9)] })).status).to.equal("Signal:9");
  });

  it("lets the alphabetically first problem container win (statuses are walked last to first)", () => {
    const columns = podColumns(pod({ containers: [waiting("a", "CrashLoopBackOff"), waiting("b", "ErrImagePull")] }));
    expect(columns.status).to.equal("CrashLoopBackOff");
  });

  it("turns Completed beside a running container into Running or NotReady", () => {
    const ready = pod({ phase: "Running", containers: [terminated("a", 0, "Completed"), running("b", true)], conditions: [{ type: "Ready", status: "True" }] });
    expect(podColumns(ready).status).to.equal("Running");
    const notReady = pod({ phase: "Running", containers: [terminated("a", 0, "Completed"), running("b", true)], conditions: [{ type: "Ready", status: "False" }] });
    expect(podColumns(notReady).status).to.equal("NotReady");
  });

  it("prints Init:N/M, Init:<reason> and Init:Error forms, counting init restarts", () => {
    expect(podColumns(pod({ names: ["app"], init: [running("init", false)] })).status).to.equal("Init:0/1");
    expect(podColumns(pod({ names: ["app"], init: [terminated("one", 0, "Completed"), running("two", false)] })).status).to.equal("Init:1/2");
    expect(podColumns(pod({ names: ["app"], init: [waiting("init", "CrashLoopBackOff", 3)] }))).to.deep.include({ status: "Init:CrashLoopBackOff", restarts: 3 });
    expect(podColumns(pod({ names: ["app"], init: [terminated("init", 1, "Error")] })).status).to.equal("Init:Error");
    expect(podColumns(pod({ names: ["app"], init: [terminated("init", 1)] })).status).to.equal("Init:ExitCode:1");
    expect(podColumns(pod({ names: ["app"], init: [waiting("init", "PodInitializing")] })).status).to.equal("Init:0/1");
  });

  it("counts a started sidecar as a container and does not stop at it", () => {
    const p = pod({
      phase: "Running", names: ["app"], initSpec: [{ name: "side", restartPolicy: "Always" }],
      init: [{ ...running("side", true), started: true }], containers: [running("app", true)],
      conditions: [{ type: "Initialized", status: "True" }],
    });
    expect(podColumns(p)).to.deep.equal({ status: "Running", readyColumn: "2/2", restarts: 0 });
  });

  it("prints SchedulingGated, the pod's own reason, Terminating and Unknown", () => {
    expect(podColumns(pod({ names: ["a"], conditions: [{ type: "PodScheduled", status: "False", reason: "SchedulingGated" }] })).status).to.equal("SchedulingGated");
    expect(podColumns(pod({ phase: "Failed", reason: "Evicted", names: ["a"] })).status).to.equal("Evicted");
    expect(podColumns(pod({ phase: "Running", containers: [running("a", true)], deleting: true })).status).to.equal("Terminating");
    expect(podColumns(pod({ phase: "Succeeded", containers: [terminated("a", 0, "Completed")], deleting: true })).status).to.equal("Completed");
    expect(podColumns(pod({ phase: "Running", reason: "NodeLost", names: ["a"], deleting: true })).status).to.equal("Unknown");
  });
});
