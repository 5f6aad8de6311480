// Which cluster a run uses, decided from the flags and what exists. Pure.
export interface ChoiceInput {
  kubeconfig?: string;
  context?: string;
  /** `--cluster kind`: the user insists on kind. */
  cluster?: string;
  /** KUBECONFIG from the environment: the user chose a cluster that way. */
  kubeconfigEnv?: string;
  kindCluster: string;
  /** Names of the existing kind clusters (undefined when kind could not be asked). */
  kindClusters?: string[];
  kindHealthy?: boolean;
}

export type Choice =
  | { use: "kubeconfig"; kubeconfig?: string; context?: string }
  | { use: "kind"; name: string; create: boolean }
  | { use: "error"; message: string };

export function chooseCluster(input: ChoiceInput): Choice {
  if (input.cluster !== undefined && input.cluster !== "kind") {
    return { use: "error", message: `--cluster accepts only "kind" (other clusters are chosen with --kubeconfig/--context), not "${input.cluster}"` };
  }
  if (input.cluster === "kind" && input.context && !input.context.startsWith("kind-")) {
    return { use: "error", message: `context "${input.context}" is not a kind cluster, but --cluster kind was asked for: drop --context, or drop --cluster kind` };
  }
  if (input.cluster === "kind" && input.context) return { use: "kubeconfig", ...(input.kubeconfig ? { kubeconfig: input.kubeconfig } : {}), context: input.context };
  if (input.cluster !== "kind" && (input.kubeconfig || input.context || input.kubeconfigEnv)) {
    return { use: "kubeconfig", ...(input.kubeconfig ? { kubeconfig: input.kubeconfig } : {}), ...(input.context ? { context: input.context } : {}) };
  }
  const exists = input.kindClusters?.includes(input.kindCluster) ?? false;
  return { use: "kind", name: input.kindCluster, create: !exists };
}
