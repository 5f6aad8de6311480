// Does one pod snapshot satisfy every field of a pod state match? Pure.
import type { ContainerSnapshot, PodSnapshot } from "../model/observation.ts";
import type { ConditionMatch, ContainerMatch, PodSelector, PodStateMatch } from "../model/scenario.ts";
import { matchNumber, matchText } from "./text.ts";

export function selects(selector: PodSelector, pod: PodSnapshot): boolean {
  if (selector.name !== undefined && selector.name !== pod.name) return false;
  return Object.entries(selector.labels ?? {}).every(([key, value]) => pod.labels[key] === value);
}

function containerMatches(match: ContainerMatch, c: ContainerSnapshot): boolean {
  if (match.name !== undefined && match.name !== c.name) return false;
  if (match.init !== undefined && match.init !== c.init) return false;
  if (match.state !== undefined && match.state !== c.state) return false;
  if (match.reason !== undefined && !matchText(match.reason, c.reason)) return false;
  if (match.message !== undefined && !matchText(match.message, c.message)) return false;
  if (match.exitCode !== undefined && !matchNumber(match.exitCode, c.exitCode)) return false;
  if (match.ready !== undefined && match.ready !== c.ready) return false;
  if (match.started !== undefined && match.started !== c.started) return false;
  if (match.restarts !== undefined && !matchNumber(match.restarts, c.restartCount)) return false;
  if (match.lastState) {
    const last = c.lastState;
    if (!last) return false;
    if (match.lastState.reason !== undefined && !matchText(match.lastState.reason, last.reason)) return false;
    if (match.lastState.message !== undefined && !matchText(match.lastState.message, last.message)) return false;
    if (match.lastState.exitCode !== undefined && !matchNumber(match.lastState.exitCode, last.exitCode)) return false;
  }
  return true;
}

function conditionMatches(match: ConditionMatch, pod: PodSnapshot): boolean {
  return pod.conditions.some((c) =>
    c.type === match.type &&
    (match.status === undefined || c.status === match.status) &&
    (match.reason === undefined || matchText(match.reason, c.reason)) &&
    (match.message === undefined || matchText(match.message, c.message)));
}

export function matchPodState(match: PodStateMatch, pod: PodSnapshot, deleted: boolean): boolean {
  if (match.deleted !== undefined) return match.deleted === deleted;
  if (deleted) return false;
  if (match.status !== undefined && !matchText(match.status, pod.status)) return false;
  if (match.phase !== undefined && !matchText(match.phase, pod.phase)) return false;
  if (match.ready !== undefined && match.ready !== pod.ready) return false;
  if (match.readyColumn !== undefined && match.readyColumn !== pod.readyColumn) return false;
  if (match.restarts !== undefined && !matchNumber(match.restarts, pod.restarts)) return false;
  if (match.reason !== undefined && !matchText(match.reason, pod.reason)) return false;
  if (match.message !== undefined && !matchText(match.message, pod.message)) return false;
  if (match.terminating !== undefined && match.terminating !== pod.deleting) return false;
  if (match.scheduled !== undefined && match.scheduled !== pod.conditions.some((c) => c.type === "PodScheduled" && c.status === "True")) return false;
  if (match.node !== undefined && !matchText(match.node, pod.nodeName)) return false;
  if (match.container) {
    const wanted = match.container;
    const pool = wanted.init === undefined ? [...pod.initContainers, ...pod.containers] : wanted.init ? pod.initContainers : pod.containers;
    if (!pool.some((c) => containerMatches(wanted, c))) return false;
  }
  return (match.conditions ?? []).every((condition) => conditionMatches(condition, pod));
}

export function podStateWords(pod: PodSnapshot, deleted: boolean): string {
  if (deleted) return `pod ${pod.name}: deleted`;
  const containers = [...pod.initContainers, ...pod.containers].map((c) => {
    const state = [c.state, c.reason, c.exitCode !== undefined ? `exit ${c.exitCode}` : undefined].filter(Boolean).join(" ");
    const last = c.lastState ? `, last ${[c.lastState.reason, c.lastState.exitCode !== undefined ? `exit ${c.lastState.exitCode}` : undefined].filter(Boolean).join(" ")}` : "";
    return `${c.init ? "init " : ""}container ${c.name} ${state}${c.message ? ` "${c.message.slice(0, 160)}"` : ""}${last}`;
  });
  return [`pod ${pod.name}: STATUS ${pod.status}`, `phase ${pod.phase}`, `ready ${pod.ready} (${pod.readyColumn})`, `restarts ${pod.restarts}`, ...containers].join(", ");
}
