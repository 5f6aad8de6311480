// What the real cluster must show (issue 2): real containers, real probes, real OOM kills, offline image rules, taints, exec.
import { expect } from "chai";
import type { V1Pod } from "@kubernetes/client-node";
import type { KubeClients } from "../../src/k8s/clients.ts";
import { execInContainer } from "../../src/k8s/exec.ts";
import { createNamespace, deleteNamespace } from "../../src/k8s/namespaces.ts";
import { addTaint, pickFaultNode, removeTaint } from "../../src/k8s/nodes.ts";
import { realCluster } from "./support/cluster.ts";
import { eventually } from "./support/poll.ts";

describe("the real cluster", function () {
  this.timeout(180_000);
  let clients: KubeClients;
  const namespace = `kt-cluster-test-${Date.now().toString(36)}`;

  before(async function () {
    clients = await realCluster(this);
    await createNamespace(clients, namespace, "cluster-test", "offline-cluster");
    await eventually("default service account", 30_000, async () => {
      const accounts = await clients.core.listNamespacedServiceAccount({ namespace });
      return accounts.items.some((a) => a.metadata?.name === "default") ? true : undefined;
    });
  });

  after(async function () {
    if (clients) await deleteNamespace(clients, namespace, 120_000);
  });

  async function createPod(pod: V1Pod): Promise<void> {
    await clients.core.createNamespacedPod({ namespace, body: pod });
  }

  async function readPod(name: string): Promise<V1Pod> {
    return clients.core.readNamespacedPod({ name, namespace });
  }

  it("runs nginx serving index.html to an httpGet probe, and exec works", async function () {
    await createPod({
      metadata: { name: "web" },
      spec: {
        containers: [{
          name: "nginx",
          image: "docker.io/library/nginx:1.27",
          readinessProbe: { httpGet: { path: "/index.html", port: 80 }, periodSeconds: 1 },
        }],
      },
    });
    const ready = await eventually("pod web Ready", 60_000, async () => {
      const pod = await readPod("web");
      return pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? pod : undefined;
    });
    expect(ready.status?.containerStatuses?.[0]?.state?.running).to.not.equal(undefined);
    const out = await execInContainer(clients, { namespace, pod: "web", container: "nginx" }, ["cat", "/usr/share/nginx/html/index.html"], 20_000);
    expect(out.exitCode).to.equal(0);
    expect(out.stdout).to.contain("Welcome to nginx");
    const failing = await execInContainer(clients, { namespace, pod: "web", container: "nginx" }, ["ls", "/no/such/path"], 20_000);
    expect(failing.exitCode).to.not.equal(0);
  });

  it("kills a container over its memory limit with reason OOMKilled", async function () {
    await createPod({
      metadata: { name: "hog" },
      spec: {
        restartPolicy: "Never",
        containers: [{ name: "hog", image: "localhost/kubetrial/memhog:1", args: ["100", "5"], resources: { limits: { memory: "50Mi" } } }],
      },
    });
    const terminated = await eventually("hog terminated", 60_000, async () => (await readPod("hog")).status?.containerStatuses?.[0]?.state?.terminated);
    expect(terminated.reason).to.equal("OOMKilled");
    expect(terminated.exitCode).to.equal(137);
  });

  it("gives ErrImageNeverPull for an absent image with imagePullPolicy Never", async function () {
    await createPod({
      metadata: { name: "never" },
      spec: { containers: [{ name: "app", image: "docker.io/library/absent:1", imagePullPolicy: "Never" }] },
    });
    const waiting = await eventually("never waiting with a reason", 60_000, async () => {
      const state = (await readPod("never")).status?.containerStatuses?.[0]?.state?.waiting;
      return state?.reason && state.reason !== "ContainerCreating" ? state : undefined;
    });
    expect(waiting.reason).to.equal("ErrImageNeverPull");
  });

  it("fails a pull at once on loopback: no pull leaves the machine", async function () {
    await createPod({
      metadata: { name: "badtag" },
      spec: { containers: [{ name: "app", image: "docker.io/library/nginx:no-such-tag" }] },
    });
    const waiting = await eventually("badtag pull failure", 60_000, async () => {
      const state = (await readPod("badtag")).status?.containerStatuses?.[0]?.state?.waiting;
      return state?.reason === "ErrImagePull" || state?.reason === "ImagePullBackOff" ? state : undefined;
    });
    expect(waiting.message ?? "").to.match(/127\.0\.0\.1:9/);
  });

  it("leaves a pod Pending as Unschedulable under a NoSchedule taint, and schedules it once the taint is removed", async function () {
    const node = await pickFaultNode(clients);
    const taint = { key: "kubetrial.io/cluster-test", value: "on", effect: "NoSchedule" };
    await addTaint(clients, node, taint);
    try {
      await createPod({
        metadata: { name: "pending" },
        spec: { containers: [{ name: "app", image: "docker.io/library/busybox:1.36", command: ["sleep", "3600"] }] },
      });
      const condition = await eventually("PodScheduled False", 30_000, async () =>
        (await readPod("pending")).status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False"));
      expect(condition.reason).to.equal("Unschedulable");
      expect(condition.message ?? "").to.match(/untolerated taint/);
      expect((await readPod("pending")).status?.phase).to.equal("Pending");
    } finally {
      await removeTaint(clients, node, taint);
    }
    const scheduled = await eventually("scheduled after untaint", 60_000, async () => {
      const pod = await readPod("pending");
      return pod.spec?.nodeName ? pod : undefined;
    });
    expect(scheduled.spec?.nodeName).to.equal(node);
    const after = await clients.core.readNode({ name: node });
    expect(after.spec?.taints ?? []).to.not.deep.include({ key: taint.key, value: taint.value, effect: taint.effect });
  });
});
