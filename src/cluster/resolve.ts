// Which cluster a run uses: --kubeconfig/--context (or KUBECONFIG) name one; otherwise kubetrial's own kind cluster,
// reused when it exists, created when it does not, and kept unless --delete-cluster. The test-cluster guard applies always.
import { KubeConfig } from "@kubernetes/client-node";
import { ClusterError, InputError } from "../model/errors.ts";
import type { ClusterInfo } from "../model/result.ts";
import { connectCluster } from "./connect.ts";
import { chooseCluster } from "./cluster-choice.ts";
import { Kind } from "./kind.ts";
import { allowedContexts, guardMessage, looksLikeTestCluster } from "./context-guard.ts";

export interface ClusterFlags {
  kubeconfig?: string;
  context?: string;
  allowContext?: string[];
  clusterName?: string;
  cluster?: string;
  image?: string;
  deleteCluster?: boolean;
}

export interface ResolvedCluster {
  kubeConfig: KubeConfig;
  info: ClusterInfo;
  kubeconfigPath?: string;
  /** Set when kubetrial runs on its kind cluster: declared images are loaded into it. */
  kind?: { cli: Kind; name: string };
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
  const kubeconfigEnv = process.env["KUBECONFIG"];
  const choice = chooseCluster({ ...flags, ...(kubeconfigEnv ? { kubeconfigEnv } : {}), kindCluster: flags.clusterName ?? "kubetrial" });
  if (choice.use === "error") throw new InputError(choice.message);
  if (choice.use === "kind") return kindCluster(choice.name, flags);
  const kubeConfig = loadKubeConfig(flags);
  const context = kubeConfig.getCurrentContext();
  if (!looksLikeTestCluster(context, allowedContexts(flags.allowContext, process.env["KUBETRIAL_ALLOW_CONTEXTS"]))) {
    throw new InputError(guardMessage(context));
  }
  const info = await connectCluster(kubeConfig);
  const path = flags.kubeconfig ?? process.env["KUBECONFIG"];
  return { kubeConfig, info, ...(path ? { kubeconfigPath: path } : {}), cleanup: async () => {} };
}

async function kindCluster(name: string, flags: ClusterFlags): Promise<ResolvedCluster> {
  const kind = new Kind();
  const existing = await kind.clusters();
  if (!existing.includes(name)) {
    process.stderr.write(`creating kind cluster ${name} (one control plane, one worker)…\n`);
    await kind.create(name, flags.image);
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(await kind.kubeconfig(name));
  let info: ClusterInfo;
  try {
    info = await connectCluster(kubeConfig);
  } catch (error) {
    throw new ClusterError(`kind cluster ${name} exists but does not answer: ${error instanceof Error ? error.message : String(error)}`,
      `kubetrial cluster down --name ${name}, then kubetrial cluster up --name ${name}`);
  }
  return { kubeConfig, info, kind: { cli: kind, name }, cleanup: async () => { if (flags.deleteCluster) await kind.delete(name); } };
}
