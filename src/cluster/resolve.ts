// Which cluster a run uses: --kubeconfig/--context, else the current context of the default kubeconfig.
// The test-cluster guard applies either way.
import { KubeConfig } from "@kubernetes/client-node";
import { ClusterError, InputError } from "../model/errors.ts";
import type { ClusterInfo } from "../model/result.ts";
import { connectCluster } from "./connect.ts";
import { allowedContexts, guardMessage, looksLikeTestCluster } from "./context-guard.ts";

export interface ClusterFlags {
  kubeconfig?: string;
  context?: string;
  allowContext?: string[];
}

export interface ResolvedCluster {
  kubeConfig: KubeConfig;
  info: ClusterInfo;
  kubeconfigPath?: string;
  cleanup: () => Promise<void>;
}

export function loadKubeConfig(flags: ClusterFlags): KubeConfig {
  const kubeConfig = new KubeConfig();
  try {
    if (flags.kubeconfig) kubeConfig.loadFromFile(flags.kubeconfig);
    else kubeConfig.loadFromDefault();
  } catch (error) {
    throw new InputError(`cannot read kubeconfig ${flags.kubeconfig ?? "(default)"}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (flags.context) {
    if (!kubeConfig.getContextObject(flags.context)) {
      throw new InputError(`no context "${flags.context}" in the kubeconfig (contexts: ${kubeConfig.getContexts().map((c) => c.name).join(", ") || "none"})`);
    }
    kubeConfig.setCurrentContext(flags.context);
  }
  if (!kubeConfig.getCurrentContext()) {
    throw new ClusterError("no Kubernetes context is selected", "pass --kubeconfig/--context, or bring a cluster up (npm run cluster:up, or kind)");
  }
  return kubeConfig;
}

export async function resolveCluster(flags: ClusterFlags): Promise<ResolvedCluster> {
  const kubeConfig = loadKubeConfig(flags);
  const context = kubeConfig.getCurrentContext();
  if (!looksLikeTestCluster(context, allowedContexts(flags.allowContext, process.env["KUBETRIAL_ALLOW_CONTEXTS"]))) {
    throw new InputError(guardMessage(context));
  }
  const info = await connectCluster(kubeConfig);
  const path = flags.kubeconfig ?? process.env["KUBECONFIG"];
  return { kubeConfig, info, ...(path ? { kubeconfigPath: path } : {}), cleanup: async () => {} };
}
