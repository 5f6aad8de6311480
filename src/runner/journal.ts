// The run journal: every node change is written down (with its undo) before it is made, and marked once reverted,
// so that `kubetrial gc` can revert what a crashed or killed run left behind. One JSON line per entry.
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { TaintSpec } from "../k8s/nodes.ts";

export type NodeUndo =
  | { kind: "remove-taint"; node: string; taint: TaintSpec }
  | { kind: "add-taint"; node: string; taint: TaintSpec }
  | { kind: "set-label"; node: string; key: string; value: string | undefined };

export type JournalEntry =
  | { type: "run"; runId: string; owner: string; context: string; kubeconfig?: string; startedAt: string }
  | { type: "node-change"; id: string; description: string; undo: NodeUndo }
  | { type: "reverted"; id: string }
  | { type: "namespace"; name: string }
  | { type: "namespace-deleted"; name: string }
  | { type: "finished" };

export function stateDir(): string {
  const base = process.env["KUBETRIAL_STATE_DIR"] ?? join(process.env["XDG_STATE_HOME"] ?? join(homedir(), ".local", "state"), "kubetrial");
  return join(base, "journal");
}

export class Journal {
  readonly file: string;
  private counter = 0;

  constructor(runId: string, dir: string = stateDir()) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${runId}.jsonl`);
  }

  /** Synchronous on purpose: the line must be on disk before the change it describes is made. */
  write(entry: JournalEntry): void {
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  nextId(): string {
    this.counter += 1;
    return `c${this.counter}`;
  }
}

export interface JournalState {
  file: string;
  run: Extract<JournalEntry, { type: "run" }> | undefined;
  finished: boolean;
  /** Node changes not yet reverted, oldest first. */
  pendingUndos: { id: string; description: string; undo: NodeUndo }[];
  /** Namespaces created and not yet deleted. */
  namespaces: string[];
}

/** Replays a journal's lines into what is still to undo. Pure apart from reading the file. */
export function readJournal(file: string): JournalState {
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");
  return replayJournal(file, lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as JournalEntry];
    } catch {
      return []; // a line torn by a crash mid-write
    }
  }));
}

export function replayJournal(file: string, entries: JournalEntry[]): JournalState {
  const state: JournalState = { file, run: undefined, finished: false, pendingUndos: [], namespaces: [] };
  for (const entry of entries) {
    switch (entry.type) {
      case "run": state.run = entry; break;
      case "node-change": state.pendingUndos.push({ id: entry.id, description: entry.description, undo: entry.undo }); break;
      case "reverted": state.pendingUndos = state.pendingUndos.filter((u) => u.id !== entry.id); break;
      case "namespace": state.namespaces.push(entry.name); break;
      case "namespace-deleted": state.namespaces = state.namespaces.filter((n) => n !== entry.name); break;
      case "finished": state.finished = true; break;
    }
  }
  return state;
}

export function listJournals(dir: string = stateDir()): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => join(dir, f)).sort();
  } catch {
    return [];
  }
}
