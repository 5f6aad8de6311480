import { expect } from "chai";
import { parse } from "yaml";
import { chooseCluster } from "../../../src/cluster/cluster-choice.ts";
import { allowedContexts, clusterFlavour, guardMessage, looksLikeTestCluster } from "../../../src/cluster/context-guard.ts";
import { kindConfig } from "../../../src/cluster/kind-config.ts";
import { explainKindFailure } from "../../../src/cluster/kind-errors.ts";
import { kindArgs } from "../../../src/cluster/kind.ts";

// Output of the real kind v0.30.0 on a machine whose Docker engine is not running (recorded here).
const NO_DOCKER = `ERROR: failed to list clusters: command "docker ps -a --filter label=io.x-k8s.kind.cluster --format '{{.Label "io.x-k8s.kind.cluster"}}'" failed with error: exit status 1

Command Output: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`;

describe("choosing the cluster", () => {
  it("uses the kubeconfig or context the user names", () => {
    expect(chooseCluster({ context: "kind-x", kindCluster: "kubetrial" })).to.deep.equal({ use: "kubeconfig", context: "kind-x" });
    expect(chooseCluster({ kubeconfigEnv: "/k", kindCluster: "kubetrial" })).to.deep.equal({ use: "kubeconfig" });
  });

  it("insists on kind with --cluster kind, and refuses a context that is not kind", () => {
    expect(chooseCluster({ cluster: "kind", kubeconfigEnv: "/k", kindCluster: "kubetrial", kindClusters: [] })).to.deep.equal({ use: "kind", name: "kubetrial", create: true });
    const refused = chooseCluster({ cluster: "kind", context: "prod", kindCluster: "kubetrial" });
    expect(refused.use === "error" && refused.message).to.contain('context "prod" is not a kind cluster');
    expect(chooseCluster({ cluster: "kind", context: "kind-other", kindCluster: "kubetrial" })).to.deep.equal({ use: "kubeconfig", context: "kind-other" });
    expect(chooseCluster({ cluster: "minikube", kindCluster: "kubetrial" }).use).to.equal("error");
  });

  it("reuses kubetrial's kind cluster when it exists, creates it otherwise", () => {
    expect(chooseCluster({ kindCluster: "kubetrial", kindClusters: ["other", "kubetrial"] })).to.deep.equal({ use: "kind", name: "kubetrial", create: false });
    expect(chooseCluster({ kindCluster: "kubetrial", kindClusters: [] })).to.deep.equal({ use: "kind", name: "kubetrial", create: true });
  });
});

describe("the test-cluster guard", () => {
  it("accepts kind and the offline cluster, refuses others unless allowed", () => {
    expect(looksLikeTestCluster("kind-kubetrial", [])).to.equal(true);
    expect(looksLikeTestCluster("kubetrial-offline", [])).to.equal(true);
    expect(looksLikeTestCluster("prod-eu", [])).to.equal(false);
    expect(looksLikeTestCluster("prod-eu", allowedContexts(["staging"], "prod-eu, x"))).to.equal(true);
    expect(guardMessage("prod-eu")).to.contain("--allow-context prod-eu");
    expect(clusterFlavour("kind-a")).to.equal("kind");
  });
});

describe("kind command lines and config", () => {
  it("builds the argv kubetrial passes to kind", () => {
    expect(kindArgs.create("kubetrial", "/tmp/c.yaml")).to.deep.equal(["create", "cluster", "--name", "kubetrial", "--config", "/tmp/c.yaml", "--wait", "120s"]);
    expect(kindArgs.create("k", "/c", "kindest/node:v1.34.0")).to.include.members(["--image", "kindest/node:v1.34.0"]);
    expect(kindArgs.loadArchive("k", "/i.tar")).to.deep.equal(["load", "image-archive", "/i.tar", "--name", "k"]);
  });

  it("ships one control plane and one worker, whose kubelets start on cgroup v1 hosts", () => {
    const config = parse(kindConfig()) as { kind: string; nodes: { role: string }[]; kubeadmConfigPatches: string[] };
    expect(config.kind).to.equal("Cluster");
    expect(config.nodes.map((n) => n.role)).to.deep.equal(["control-plane", "worker"]);
    const kubelet = config.kubeadmConfigPatches.map((p) => parse(p) as { kind: string; failCgroupV1?: boolean }).find((p) => p.kind === "KubeletConfiguration");
    expect(kubelet?.failCgroupV1).to.equal(false);
  });

  it("turns kind's failures into errors that say what to do next", () => {
    const noDocker = explainKindFailure("get clusters", NO_DOCKER, "kubetrial");
    expect(noDocker.message).to.contain("the Docker engine is not running");
    expect(noDocker.hint).to.contain("start Docker");
    const pull = explainKindFailure("create cluster", "ERROR: failed to create cluster: failed to pull image \"kindest/node:v1.34.0\": ... no such host", "kubetrial");
    expect(pull.message).to.contain("node image could not be pulled");
    expect(pull.hint).to.contain("preload the node image");
  });
});

describe("loading declared images into kind", () => {
  it("takes an image from kubetrial's archives when one holds it, else from the local Docker engine", async () => {
    const { planImageLoads } = await import("../../../src/cluster/images.ts");
    const index = new Map([["localhost/kubetrial/memhog:1", "/a/memhog.tar"], ["docker.io/library/busybox:1.36", "/a/busybox.tar"]]);
    expect(planImageLoads(["localhost/kubetrial/memhog:1", "docker.io/library/busybox:1.36", "example.com/app:2"], index)).to.deep.equal([
      { image: "localhost/kubetrial/memhog:1", from: "archive", archive: "/a/memhog.tar" },
      { image: "docker.io/library/busybox:1.36", from: "archive", archive: "/a/busybox.tar" },
      { image: "example.com/app:2", from: "docker" },
    ]);
  });
});
