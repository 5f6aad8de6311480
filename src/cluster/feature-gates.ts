// The feature gates a kubelet runs with, read from its own `kubernetes_feature_enabled` metric (through the API
// server's node proxy), so that results say which behaviour the cluster had switched on, not what the docs promise.
import type { KubeClients } from "../k8s/clients.ts";

const FEATURE_LINE = /^kubernetes_feature_enabled\{([^}]*)\}\s+([01])(?:\s|$)/;
const NAME_LABEL = /(?:^|,)name="([^"]+)"/;

/** Prometheus text → gate name → enabled. Lines that are not the feature metric are ignored. */
export function parseFeatureGates(metrics: string): Record<string, boolean> {
  const gates: Record<string, boolean> = {};
  for (const line of metrics.split("\n")) {
    const match = FEATURE_LINE.exec(line);
    const name = match ? NAME_LABEL.exec(match[1] as string)?.[1] : undefined;
    if (match && name) gates[name] = match[2] === "1";
  }
  return gates;
}

/** The named gates' states on `node`'s kubelet; undefined when its metrics cannot be read (no permission, no proxy). */
export async function readKubeletFeatureGates(clients: KubeClients, node: string, names: readonly string[]): Promise<Record<string, boolean> | undefined> {
  if (names.length === 0) return {};
  let metrics: string;
  try {
    metrics = await clients.core.connectGetNodeProxyWithPath({ name: node, path: "metrics" });
  } catch {
    return undefined;
  }
  const all = parseFeatureGates(metrics);
  return Object.fromEntries(names.filter((n) => n in all).map((n) => [n, all[n] as boolean]));
}
