// Which cluster a run uses, decided from the flags and what exists. Pure.
export interface ChoiceInput {
  kubeconfig?: string;
  context?: string;
  /** KUBECONFIG from the environment: the user chose a cluster that way. */
  kubeconfigEnv?: string;
  kindCluster: string;
  /** Names of the existing kind clusters (undefined when kind could not be asked). */
  kindClusters?: string[];
  kindHealthy?: boolean;
}

export type Choice =
  | { use: "kubeconfig"; kubeconfig?: string; context?: string }
  | { use: "kind"; name: string; create: boolean };

export function chooseCluster(input: ChoiceInput): Choice {
  if (input.kubeconfig || input.context || input.kubeconfigEnv) {
    return { use: "kubeconfig", ...(input.kubeconfig ? { kubeconfig: input.kubeconfig } : {}), ...(input.context ? { context: input.context } : {}) };
  }
  const exists = input.kindClusters?.includes(input.kindCluster) ?? false;
  return { use: "kind", name: input.kindCluster, create: !exists };
}
