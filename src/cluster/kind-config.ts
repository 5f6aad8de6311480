// The kind cluster kubetrial ships: one control plane and one worker, so node-level faults (taints) act on a
// worker and never on the node that runs the control plane.
import { stringify } from "yaml";

/** kind v0.33.0's default node image (its pkg/apis/config/defaults); kubetrial does not pin another. */
export const KIND_NODE_IMAGE = "kindest/node:v1.37.0";

// Kubernetes 1.35+ kubelets refuse cgroup v1 hosts unless told otherwise (KEP-5573); kind does not patch it.
// On cgroup v2 hosts the setting changes nothing.
const ALLOW_CGROUP_V1 = stringify({ kind: "KubeletConfiguration", apiVersion: "kubelet.config.k8s.io/v1beta1", failCgroupV1: false });

export function kindConfig(): string {
  return stringify({
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    kubeadmConfigPatches: [ALLOW_CGROUP_V1],
    nodes: [{ role: "control-plane" }, { role: "worker", labels: { "kubetrial.io/fault-target": "true" } }],
  });
}
