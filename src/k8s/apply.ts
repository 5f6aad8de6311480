// Creating a scenario's rendered objects in its namespace.
import type { KubernetesObject } from "@kubernetes/client-node";
import { NAMESPACED_KINDS } from "../model/kinds.ts";
import type { KubeObject } from "../model/scenario.ts";
import type { KubeClients } from "./clients.ts";
import { errorText } from "./api-errors.ts";

export async function createObject(clients: KubeClients, object: KubeObject, namespace: string): Promise<void> {
  const spec: KubernetesObject = { ...object, metadata: { ...object.metadata, namespace } };
  try {
    await clients.objects.create(spec);
  } catch (error) {
    throw new Error(`creating ${object.kind} ${object.metadata.name}: ${errorText(error)}`);
  }
}

export async function deleteObject(
  clients: KubeClients,
  ref: { apiVersion: string; kind: string; name: string; namespace: string },
  gracePeriodSeconds?: number,
): Promise<void> {
  const spec: KubernetesObject = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } };
  try {
    await clients.objects.delete(spec, undefined, undefined, gracePeriodSeconds);
  } catch (error) {
    throw new Error(`deleting ${ref.kind} ${ref.name}: ${errorText(error)}`);
  }
}

export async function patchObject(
  clients: KubeClients,
  ref: { apiVersion: string; kind: string; name: string; namespace: string },
  patch: Record<string, unknown>,
  strategy: "merge" | "strategic",
): Promise<void> {
  const spec: KubernetesObject = { ...patch, apiVersion: ref.apiVersion, kind: ref.kind, metadata: { ...(patch["metadata"] as object | undefined), name: ref.name, namespace: ref.namespace } };
  const contentType = strategy === "merge" ? "application/merge-patch+json" : "application/strategic-merge-patch+json";
  try {
    await clients.objects.patch(spec, undefined, undefined, "kubetrial", undefined, contentType);
  } catch (error) {
    throw new Error(`patching ${ref.kind} ${ref.name}: ${errorText(error)}`);
  }
}

/** apiVersion for the kinds scenarios delete or patch by name (validation admits no other kinds). */
export function apiVersionOf(kind: string): string {
  return (Object.hasOwn(NAMESPACED_KINDS, kind) ? NAMESPACED_KINDS[kind] : undefined) ?? "v1";
}
