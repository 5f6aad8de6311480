// kubectl's STATUS, READY and RESTARTS columns for a pod, computed the way the API server's table printer does
// (kubernetes-behaviour.md §2). Pure: a pod object in, three column values out.
import type { V1ContainerStatus, V1Pod } from "@kubernetes/client-node";

export interface PodColumns {
  status: string;
  readyColumn: string;
  restarts: number;
}

function terminatedText(prefix: string, status: V1ContainerStatus): string | undefined {
  const terminated = status.state?.terminated;
  if (!terminated) return undefined;
  if (terminated.reason) return prefix + terminated.reason;
  if (terminated.signal) return `${prefix}Signal:${terminated.signal}`;
  return `${prefix}ExitCode:${terminated.exitCode}`;
}

export function podColumns(pod: V1Pod): PodColumns {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const initContainers = spec?.initContainers ?? [];
  const sidecarNames = new Set(initContainers.filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  const totalContainers = (spec?.containers.length ?? 0) + sidecarNames.size;
  let readyContainers = 0;
  let restarts = 0;
  let reason = status.reason || status.phase || "";

  if ((status.conditions ?? []).some((c) => c.type === "PodScheduled" && c.reason === "SchedulingGated")) reason = "SchedulingGated";

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (const [index, container] of initStatuses.entries()) {
    restarts += container.restartCount ?? 0;
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (sidecarNames.has(container.name) && container.started) {
      if (container.ready) readyContainers++;
      continue;
    }
    initializing = true;
    if (terminated) reason = terminatedText("Init:", container) ?? reason;
    else if (waiting?.reason && waiting.reason !== "PodInitializing") reason = `Init:${waiting.reason}`;
    else reason = `Init:${index}/${initContainers.length}`;
    break;
  }

  const initialized = (status.conditions ?? []).some((c) => c.type === "Initialized" && c.status === "True");
  if (!initializing || initialized) {
    restarts = initStatuses.filter((c) => sidecarNames.has(c.name)).reduce((sum, c) => sum + (c.restartCount ?? 0), 0);
    let hasRunning = false;
    const containers = status.containerStatuses ?? [];
    for (let i = containers.length - 1; i >= 0; i--) {
      const container = containers[i] as V1ContainerStatus;
      restarts += container.restartCount ?? 0;
      const waiting = container.state?.waiting;
      if (waiting?.reason) reason = waiting.reason;
      else if (container.state?.terminated) reason = terminatedText("", container) ?? reason;
      else if (container.ready && container.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      const podReady = (status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
      reason = podReady ? "Running" : "NotReady";
    }
  }

  const deleting = Boolean(pod.metadata?.deletionTimestamp);
  if (deleting && status.reason === "NodeLost") reason = "Unknown";
  else if (deleting && status.phase !== "Succeeded" && status.phase !== "Failed") reason = "Terminating";

  return { status: reason, readyColumn: `${readyContainers}/${totalContainers}`, restarts };
}
