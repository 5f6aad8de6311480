// The kind cluster kubetrial ships: one control plane and one worker, so node-level faults (taints) act on a
// worker and never on the node that runs the control plane.
import { stringify } from "yaml";

export const KIND_NODE_IMAGE = "kindest/node:v1.34.0";

export function kindConfig(): string {
  return stringify({
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    nodes: [{ role: "control-plane" }, { role: "worker", labels: { "kubetrial.io/fault-target": "true" } }],
  });
}
