// Faults go only into clusters that look like test clusters, unless the user says otherwise. Pure.
export const OFFLINE_CONTEXT = "kubetrial-offline";

export function looksLikeTestCluster(context: string, allowed: string[]): boolean {
  return context.startsWith("kind-") || context === OFFLINE_CONTEXT || allowed.includes(context);
}

export function guardMessage(context: string): string {
  return `context "${context}" does not look like a test cluster (kind-*, ${OFFLINE_CONTEXT}); kubetrial injects faults ` +
    `(taints, deleted files, OOM kills) and refuses to by default. If this cluster is meant for it, pass --allow-context ${context} ` +
    `or list it in KUBETRIAL_ALLOW_CONTEXTS (comma-separated).`;
}

export function allowedContexts(flags: string[] | undefined, env: string | undefined): string[] {
  return [...(flags ?? []), ...(env ?? "").split(",").map((s) => s.trim()).filter(Boolean)];
}

export function clusterFlavour(context: string): string {
  if (context === OFFLINE_CONTEXT) return "offline";
  if (context.startsWith("kind-")) return "kind";
  return "other";
}
