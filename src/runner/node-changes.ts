// Node changes made by scenarios, each journalled before it is made and reverted at the end (newest first).
import type { KubeClients } from "../k8s/clients.ts";
import { addTaint, removeTaint, sameTaint, setNodeLabel, type TaintSpec } from "../k8s/nodes.ts";
import type { Journal, NodeUndo } from "./journal.ts";

interface Pending {
  id: string;
  description: string;
  undo: NodeUndo;
}

export async function applyUndo(clients: KubeClients, undo: NodeUndo): Promise<void> {
  switch (undo.kind) {
    case "remove-taint": await removeTaint(clients, undo.node, undo.taint); break;
    case "add-taint": await addTaint(clients, undo.node, undo.taint); break;
    case "set-label": await setNodeLabel(clients, undo.node, undo.key, undo.value); break;
  }
}

export class NodeChanges {
  private readonly clients: KubeClients;
  private readonly journal: Journal;
  private pending: Pending[] = [];

  constructor(clients: KubeClients, journal: Journal) {
    this.clients = clients;
    this.journal = journal;
  }

  async taint(node: string, taint: TaintSpec): Promise<void> {
    const id = this.record(`taint ${node} ${formatTaint(taint)}`, { kind: "remove-taint", node, taint });
    const added = await addTaint(this.clients, node, taint);
    if (!added) this.settle(id); // it was there already: not ours to remove
  }

  async untaint(node: string, taint: TaintSpec): Promise<void> {
    const ours = this.pending.find((p) => p.undo.kind === "remove-taint" && p.undo.node === node && sameTaint(p.undo.taint, taint));
    if (ours) {
      await removeTaint(this.clients, node, taint);
      this.settle(ours.id);
      return;
    }
    // Removing a taint kubetrial did not add: journal putting it back, with the value it had.
    const current = (await this.clients.core.readNode({ name: node })).spec?.taints?.find((t) => sameTaint(t, taint));
    if (!current) return;
    const restore: TaintSpec = { key: current.key, effect: current.effect, ...(current.value !== undefined ? { value: current.value } : {}) };
    this.record(`untaint ${node} ${formatTaint(restore)}`, { kind: "add-taint", node, taint: restore });
    await removeTaint(this.clients, node, taint);
  }

  async label(node: string, key: string, value: string | undefined): Promise<void> {
    const previous = (await this.clients.core.readNode({ name: node })).metadata?.labels?.[key];
    if (previous === value) return;
    const id = this.record(`${value === undefined ? "unlabel" : "label"} ${node} ${key}${value === undefined ? "" : `=${value}`}`, {
      kind: "set-label", node, key, value: previous,
    });
    await setNodeLabel(this.clients, node, key, value);
    if (this.pending.some((p) => p.id !== id && p.undo.kind === "set-label" && p.undo.node === node && p.undo.key === key)) {
      // An earlier change of the same label already restores the original value.
      this.settle(id);
    }
  }

  /** Reverts every change still pending, newest first; returns the failures (never throws). */
  async revertAll(): Promise<string[]> {
    const failures: string[] = [];
    for (const change of [...this.pending].reverse()) {
      try {
        await applyUndo(this.clients, change.undo);
        this.settle(change.id);
      } catch (error) {
        failures.push(`reverting "${change.description}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }

  get outstanding(): number {
    return this.pending.length;
  }

  private record(description: string, undo: NodeUndo): string {
    const id = this.journal.nextId();
    this.journal.write({ type: "node-change", id, description, undo });
    this.pending.push({ id, description, undo });
    return id;
  }

  private settle(id: string): void {
    this.journal.write({ type: "reverted", id });
    this.pending = this.pending.filter((p) => p.id !== id);
  }
}

export function formatTaint(taint: TaintSpec): string {
  return `${taint.key}${taint.value !== undefined ? `=${taint.value}` : ""}:${taint.effect}`;
}
