// Node changes (taints, labels): read-modify-write guarded by resourceVersion, so a concurrent writer is never overwritten.
import type { V1Node, V1Taint } from "@kubernetes/client-node";
import { setHeaderOptions } from "@kubernetes/client-node";
import type { KubeClients } from "./clients.ts";
import { isConflict } from "./api-errors.ts";

export interface TaintSpec {
  key: string;
  value?: string;
  effect: string;
}

const JSON_PATCH = setHeaderOptions("Content-Type", "application/json-patch+json");

/** Taints are identified by key and effect; the value may differ. */
export function sameTaint(a: TaintSpec | V1Taint, b: TaintSpec): boolean {
  return a.key === b.key && a.effect === b.effect;
}

async function patchNodeWithRetry(clients: KubeClients, name: string, build: (node: V1Node) => object[] | undefined): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const node = await clients.core.readNode({ name });
    const ops = build(node);
    if (!ops) return;
    const guarded = [{ op: "test", path: "/metadata/resourceVersion", value: node.metadata?.resourceVersion }, ...ops];
    try {
      await clients.core.patchNode({ name, body: guarded }, JSON_PATCH);
      return;
    } catch (error) {
      // A failed `test` is a 422 in some versions and a 409 in others; both mean "changed meanwhile".
      const code = (error as { code?: unknown }).code;
      if (!isConflict(error) && code !== 422) throw error;
    }
  }
  throw new Error(`node ${name} kept changing while kubetrial tried to update it`);
}

/** Adds the taint; returns false when an identical taint was already there (nothing to revert then). */
export async function addTaint(clients: KubeClients, node: string, taint: TaintSpec): Promise<boolean> {
  let added = false;
  await patchNodeWithRetry(clients, node, (n) => {
    const taints = n.spec?.taints ?? [];
    if (taints.some((t) => sameTaint(t, taint) && (t.value ?? "") === (taint.value ?? ""))) return undefined;
    added = true;
    const next = [...taints.filter((t) => !sameTaint(t, taint)), { key: taint.key, value: taint.value, effect: taint.effect }];
    return [{ op: n.spec?.taints ? "replace" : "add", path: "/spec/taints", value: next }];
  });
  return added;
}

/** Removes the taint; returns the removed taint (for a revert) or undefined when it was not there. */
export async function removeTaint(clients: KubeClients, node: string, taint: TaintSpec): Promise<V1Taint | undefined> {
  let removed: V1Taint | undefined;
  await patchNodeWithRetry(clients, node, (n) => {
    const taints = n.spec?.taints ?? [];
    removed = taints.find((t) => sameTaint(t, taint));
    if (!removed) return undefined;
    return [{ op: "replace", path: "/spec/taints", value: taints.filter((t) => !sameTaint(t, taint)) }];
  });
  return removed;
}

/** Sets (value given) or removes (value undefined) a label; returns the previous value for a revert. */
export async function setNodeLabel(clients: KubeClients, node: string, key: string, value: string | undefined): Promise<string | undefined> {
  let previous: string | undefined;
  const path = `/metadata/labels/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  await patchNodeWithRetry(clients, node, (n) => {
    previous = n.metadata?.labels?.[key];
    if (previous === value) return undefined;
    if (value === undefined) return [{ op: "remove", path }];
    if (!n.metadata?.labels) return [{ op: "add", path: "/metadata/labels", value: { [key]: value } }];
    return [{ op: previous === undefined ? "add" : "replace", path, value }];
  });
  return previous;
}

/** The node faults target: a Ready worker if there is one (kind's control plane is tainted), else the only node. */
export async function pickFaultNode(clients: KubeClients): Promise<string> {
  const nodes = (await clients.core.listNode()).items;
  const ready = nodes.filter((n) => n.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"));
  const workers = ready.filter((n) => !("node-role.kubernetes.io/control-plane" in (n.metadata?.labels ?? {})));
  const chosen = workers[0] ?? ready[0] ?? nodes[0];
  if (!chosen?.metadata?.name) throw new Error("the cluster has no nodes");
  return chosen.metadata.name;
}
