// Reaching a cluster: check it answers, and describe it (context, server, version, nodes) for the report.
import type { KubeConfig } from "@kubernetes/client-node";
import { ClusterError } from "../model/errors.ts";
import type { ClusterInfo, NodeInfo } from "../model/result.ts";
import { makeClients } from "../k8s/clients.ts";
import { errorText } from "../k8s/api-errors.ts";
import { clusterFlavour } from "./context-guard.ts";

const TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref())]);
}

export async function connectCluster(kubeConfig: KubeConfig): Promise<ClusterInfo> {
  const context = kubeConfig.getCurrentContext();
  const server = kubeConfig.getCurrentCluster()?.server ?? "";
  if (!server) throw new ClusterError(`context "${context}" names no cluster server`, "check the kubeconfig (kubectl config view)");
  const clients = makeClients(kubeConfig);
  try {
    const version = await withTimeout(clients.version.getCode(), `GET ${server}/version`);
    const nodes = await withTimeout(clients.core.listNode(), "listing nodes");
    const runtime = nodes.items[0]?.status?.nodeInfo?.containerRuntimeVersion;
    return {
      context, server, serverVersion: version.gitVersion, nodeCount: nodes.items.length, flavour: clusterFlavour(context),
      ...(runtime ? { containerRuntime: runtime } : {}),
      nodes: nodes.items.map((node): NodeInfo => ({
        name: node.metadata?.name ?? "",
        kubeletVersion: node.status?.nodeInfo?.kubeletVersion ?? "",
        containerRuntime: node.status?.nodeInfo?.containerRuntimeVersion ?? "",
        kernel: node.status?.nodeInfo?.kernelVersion ?? "",
        osImage: node.status?.nodeInfo?.osImage ?? "",
      })),
    };
  } catch (error) {
    throw new ClusterError(`cannot reach the cluster of context "${context}" at ${server}: ${errorText(error)}`,
      "is the cluster running? (offline cluster: npm run cluster:up; kind: kubetrial cluster up), and is the right --context/--kubeconfig given?");
  }
}
