// Finds what crashed or killed runs left behind (journals not finished, labelled namespaces of dead owners) and reverts it.
import { hostname } from "node:os";
import { basename, dirname } from "node:path";
import type { KubeClients } from "../k8s/clients.ts";
import { deleteNamespace, listManagedNamespaces } from "../k8s/namespaces.ts";
import { Journal, listJournals, readJournal, type JournalState } from "./journal.ts";
import { applyUndo } from "./node-changes.ts";

export interface GcAction {
  what: string;
  done: boolean;
  error?: string;
}

export interface GcOptions {
  context: string;
  dryRun: boolean;
  journalDir?: string;
  cleanupTimeoutMs?: number;
}

/** `host:pid` of a process that is still running on this machine (or on another machine: we cannot tell). */
export function ownerAlive(owner: string): boolean {
  const [host, pidText] = owner.split(":");
  const pid = Number(pidText);
  if (!host || !Number.isInteger(pid)) return false;
  if (host !== hostname()) return true;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function abandoned(state: JournalState, context: string): boolean {
  return !state.finished && state.run !== undefined && state.run.context === context && !ownerAlive(state.run.owner);
}

async function attempt(actions: GcAction[], what: string, dryRun: boolean, work: () => Promise<void>): Promise<boolean> {
  if (dryRun) {
    actions.push({ what, done: false });
    return true;
  }
  try {
    await work();
    actions.push({ what, done: true });
    return true;
  } catch (error) {
    actions.push({ what, done: false, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

export async function collectGarbage(clients: KubeClients, options: GcOptions): Promise<GcAction[]> {
  const actions: GcAction[] = [];
  const timeout = options.cleanupTimeoutMs ?? 120_000;
  const handled = new Set<string>();
  for (const file of listJournals(options.journalDir)) {
    const state = readJournal(file);
    if (!abandoned(state, options.context)) continue;
    const journal = new Journal(basename(file, ".jsonl"), dirname(file));
    let clean = true;
    for (const change of [...state.pendingUndos].reverse()) {
      clean = (await attempt(actions, `revert "${change.description}" (run ${state.run?.runId})`, options.dryRun, async () => {
        await applyUndo(clients, change.undo);
        journal.write({ type: "reverted", id: change.id });
      })) && clean;
    }
    for (const name of state.namespaces) {
      handled.add(name);
      clean = (await attempt(actions, `delete namespace ${name} (run ${state.run?.runId})`, options.dryRun, async () => {
        await deleteNamespace(clients, name, timeout);
        journal.write({ type: "namespace-deleted", name });
      })) && clean;
    }
    if (clean && !options.dryRun) journal.write({ type: "finished" });
  }
  for (const ns of await listManagedNamespaces(clients)) {
    if (handled.has(ns.name) || ownerAlive(ns.owner)) continue;
    await attempt(actions, `delete namespace ${ns.name} (run ${ns.runId}, owner ${ns.owner || "unknown"} gone)`, options.dryRun,
      () => deleteNamespace(clients, ns.name, timeout));
  }
  return actions;
}
