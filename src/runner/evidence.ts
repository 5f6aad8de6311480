// What a report shows besides the timeline: container logs and the final state of the pods.
import type { Observation } from "../model/observation.ts";
import type { ContainerLog } from "../model/result.ts";
import type { KubeClients } from "../k8s/clients.ts";
import { readContainerLog } from "../k8s/logs.ts";
import { describePods, latestPods } from "./describe.ts";

export async function collectEvidence(
  clients: KubeClients,
  namespace: string,
  timeline: Observation[],
): Promise<{ logs: ContainerLog[]; finalObjects: string }> {
  const reads: Promise<ContainerLog | undefined>[] = [];
  for (const { pod, deleted } of latestPods(timeline)) {
    if (deleted) continue;
    for (const container of [...pod.initContainers, ...pod.containers]) {
      if (container.state !== "waiting" || container.restartCount > 0) reads.push(readContainerLog(clients, namespace, pod.name, container.name, false));
      if (container.restartCount > 0) reads.push(readContainerLog(clients, namespace, pod.name, container.name, true));
    }
  }
  const logs = (await Promise.all(reads)).filter((log): log is ContainerLog => log !== undefined);
  return { logs, finalObjects: describePods(timeline) };
}
