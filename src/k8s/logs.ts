// Container logs (current and previous) for the report, trimmed to their last lines.
import type { ContainerLog } from "../model/result.ts";
import type { KubeClients } from "./clients.ts";

const MAX_LINES = 200;
const MAX_BYTES = 64 * 1024;

export function trimLog(text: string): { text: string; truncated: boolean } {
  const lines = text.split("\n");
  let kept = lines.length > MAX_LINES ? lines.slice(-MAX_LINES).join("\n") : text;
  if (kept.length > MAX_BYTES) kept = kept.slice(-MAX_BYTES);
  return { text: kept, truncated: kept.length < text.length };
}

export async function readContainerLog(
  clients: KubeClients,
  namespace: string,
  pod: string,
  container: string,
  previous: boolean,
): Promise<ContainerLog | undefined> {
  try {
    const text = await clients.core.readNamespacedPodLog({ name: pod, namespace, container, previous, tailLines: MAX_LINES * 2 });
    return { pod, container, previous, ...trimLog(text) };
  } catch {
    return undefined; // no such log (never started, or no previous instance)
  }
}
