// Carrying out a scenario's actions against the cluster. Each action is drawn on the timeline when it starts and ends.
import type { Action, PodSelector } from "../model/scenario.ts";
import type { KubeClients } from "../k8s/clients.ts";
import { apiVersionOf, createObject, deleteObject, patchObject } from "../k8s/apply.ts";
import { execInContainer } from "../k8s/exec.ts";
import { delay } from "../k8s/namespaces.ts";
import type { RenderedManifest } from "../model/scenario.ts";
import type { NodeChanges } from "./node-changes.ts";
import { formatTaint } from "./node-changes.ts";

export interface ActionContext {
  clients: KubeClients;
  namespace: string;
  /** The node faults target when an action names none. */
  faultNode: string;
  nodeChanges: NodeChanges;
  manifests: RenderedManifest[];
  signal: AbortSignal;
}

const EXEC_TIMEOUT_MS = 30_000;

export function describeAction(action: Action, faultNode: string): string {
  switch (action.kind) {
    case "exec": return `exec \`${action.command.join(" ")}\` in ${podText(action.pod)}${action.container ? `/${action.container}` : ""}`;
    case "taint": return `taint node ${action.node || faultNode} ${formatTaint(action)}`;
    case "untaint": return `untaint node ${action.node || faultNode} ${formatTaint(action)}`;
    case "label": return `label node ${action.node || faultNode} ${action.key}=${action.value ?? ""}`;
    case "unlabel": return `unlabel node ${action.node || faultNode} ${action.key}`;
    case "delete": return `delete ${action.objectKind} ${action.name}${action.gracePeriodSeconds !== undefined ? ` (grace ${action.gracePeriodSeconds}s)` : ""}`;
    case "patch": return `patch ${action.objectKind} ${action.name} (${action.patchType})`;
    case "apply": return `apply ${action.templates?.length ? action.templates.join(", ") : "the scenario's manifests"}`;
    case "sleep": return `sleep ${action.ms} ms`;
  }
}

function podText(selector: PodSelector): string {
  if (selector.name) return `pod ${selector.name}`;
  return `pod with ${Object.entries(selector.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",")}`;
}

async function resolvePod(ctx: ActionContext, selector: PodSelector): Promise<string> {
  if (selector.name) return selector.name;
  const labelSelector = Object.entries(selector.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
  const pods = await ctx.clients.core.listNamespacedPod({ namespace: ctx.namespace, labelSelector });
  const running = pods.items.find((p) => p.status?.phase === "Running") ?? pods.items[0];
  if (!running?.metadata?.name) throw new Error(`no pod matches ${labelSelector}`);
  return running.metadata.name;
}

/** Runs the action; returns a detail line for the timeline (command output, ...). Throws on failure. */
export async function performAction(action: Action, ctx: ActionContext): Promise<string | undefined> {
  switch (action.kind) {
    case "exec": {
      const pod = await resolvePod(ctx, action.pod);
      let container = action.container;
      if (!container) {
        const spec = await ctx.clients.core.readNamespacedPod({ name: pod, namespace: ctx.namespace });
        container = spec.spec?.containers[0]?.name ?? "";
      }
      const outcome = await execInContainer(ctx.clients, { namespace: ctx.namespace, pod, container }, action.command, EXEC_TIMEOUT_MS);
      const output = `${outcome.stdout}${outcome.stderr}`.trim();
      if (outcome.exitCode !== 0 && action.check !== false) {
        throw new Error(`command exited ${outcome.exitCode}${output ? `: ${output}` : ""}`);
      }
      return `exit ${outcome.exitCode}${output ? `: ${output.slice(0, 500)}` : ""}`;
    }
    case "taint":
      await ctx.nodeChanges.taint(action.node || ctx.faultNode, { key: action.key, effect: action.effect, ...(action.value !== undefined ? { value: action.value } : {}) });
      return undefined;
    case "untaint":
      await ctx.nodeChanges.untaint(action.node || ctx.faultNode, { key: action.key, effect: action.effect, ...(action.value !== undefined ? { value: action.value } : {}) });
      return undefined;
    case "label":
      await ctx.nodeChanges.label(action.node || ctx.faultNode, action.key, action.value ?? "");
      return undefined;
    case "unlabel":
      await ctx.nodeChanges.label(action.node || ctx.faultNode, action.key, undefined);
      return undefined;
    case "delete": {
      await deleteObject(ctx.clients, { apiVersion: apiVersionOf(action.objectKind), kind: action.objectKind, name: action.name, namespace: ctx.namespace }, action.gracePeriodSeconds);
      return undefined;
    }
    case "patch": {
      const patch = (action.patch ?? {}) as Record<string, unknown>;
      await patchObject(ctx.clients, { apiVersion: apiVersionOf(action.objectKind), kind: action.objectKind, name: action.name, namespace: ctx.namespace }, patch, action.patchType);
      return undefined;
    }
    case "apply": {
      const wanted = action.templates?.length ? ctx.manifests.filter((m) => action.templates?.includes(m.template)) : ctx.manifests;
      for (const manifest of wanted) await createObject(ctx.clients, manifest.object, ctx.namespace);
      return `${wanted.length} object(s): ${wanted.map((m) => `${m.object.kind}/${m.object.metadata.name}`).join(", ")}`;
    }
    case "sleep":
      await abortableDelay(action.ms, ctx.signal);
      return undefined;
  }
}

export async function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await Promise.race([delay(ms), new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }))]);
}
