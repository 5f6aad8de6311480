// Scenario namespaces: created labelled with the run, deleted and awaited at the end.
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import type { KubeClients } from "./clients.ts";
import { isNotFound } from "./api-errors.ts";
import { labelValue, MANAGED_BY, MANAGER, OWNER_ANNOTATION, RUN_ID_LABEL, SCENARIO_LABEL } from "./labels.ts";

export function namespaceName(scenarioId: string, runId: string): string {
  const suffix = (runId.split("-").pop() ?? runId).slice(-6).toLowerCase();
  let stem = scenarioId.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  const room = 63 - 4 - suffix.length - 1;
  if (stem.length > room) {
    // keep long matrix ids apart: a hash of the whole id replaces the cut-off end
    const hash = createHash("sha256").update(scenarioId).digest("hex").slice(0, 6);
    stem = `${stem.slice(0, room - 7).replace(/-+$/, "")}-${hash}`;
  }
  return `kt-${stem}-${suffix}`;
}

export function ownerTag(): string {
  return `${hostname()}:${process.pid}`;
}

export async function createNamespace(clients: KubeClients, name: string, runId: string, scenarioId: string): Promise<void> {
  await clients.core.createNamespace({
    body: {
      metadata: {
        name,
        labels: { [MANAGED_BY]: MANAGER, [RUN_ID_LABEL]: labelValue(runId), [SCENARIO_LABEL]: labelValue(scenarioId) },
        annotations: { [OWNER_ANNOTATION]: ownerTag() },
      },
    },
  });
}

/** Deletes the namespace (pods first, without grace: the scenario is over) and waits until it is gone. */
export async function deleteNamespace(clients: KubeClients, name: string, timeoutMs: number): Promise<void> {
  try {
    await clients.core.deleteCollectionNamespacedPod({ namespace: name, gracePeriodSeconds: 0 });
    await clients.core.deleteNamespace({ name, propagationPolicy: "Background" });
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await clients.core.readNamespace({ name });
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await delay(250);
  }
  throw new Error(`namespace ${name} still exists after ${Math.round(timeoutMs / 1000)} s`);
}

export async function listManagedNamespaces(clients: KubeClients): Promise<{ name: string; runId: string; owner: string }[]> {
  const list = await clients.core.listNamespace({ labelSelector: `${MANAGED_BY}=${MANAGER}` });
  return list.items.map((ns) => ({
    name: ns.metadata?.name ?? "",
    runId: ns.metadata?.labels?.[RUN_ID_LABEL] ?? "",
    owner: ns.metadata?.annotations?.[OWNER_ANNOTATION] ?? "",
  }));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
