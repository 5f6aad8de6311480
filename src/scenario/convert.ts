// From a validated scenario file to runnable Scenarios (one per matrix entry), with step descriptions.
import { basename, extname } from "node:path";
import { InputError } from "../model/errors.ts";
import type {
  Action, ActionStep, ClusterCondition, Expectation, Invariant, PodSelector, Scenario, Step, TemplateRef,
} from "../model/scenario.ts";
import { durationMs } from "./duration.ts";
import { isVersionRange } from "./conditions.ts";
import { fieldPath, positionOf, type YamlSource } from "./yaml-source.ts";

type Raw = Record<string, unknown>;

const DEFAULTS = { scenarioMs: 5 * 60_000, stepMs: 2 * 60_000, cleanupMs: 2 * 60_000 };
const ACTION_KEYS = ["exec", "taint", "untaint", "label", "unlabel", "delete", "patch", "apply", "sleep"] as const;

function duration(source: YamlSource, path: (string | number)[], value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = durationMs(value);
  if (ms === undefined) throw new InputError(`not a duration: ${JSON.stringify(value)}`, { file: source.file, ...positionOf(source, path), field: fieldPath(path) });
  return ms;
}

function selector(value: unknown): PodSelector {
  if (typeof value === "string") return { name: value };
  return value as PodSelector;
}

function expectation(source: YamlSource, raw: Raw): Expectation {
  if (raw["event"]) return { kind: "event", ...(raw["event"] as Raw) } as Expectation;
  if (raw["endpoints"]) return { kind: "endpoints", ...(raw["endpoints"] as Raw) } as Expectation;
  const { pod, within: _within, when: _when, ...fields } = raw;
  void _within;
  void _when;
  void source;
  return { kind: "pod", pod: selector(pod), ...fields } as Expectation;
}

function action(source: YamlSource, path: (string | number)[], raw: Raw): Action {
  const key = ACTION_KEYS.find((k) => k in raw);
  const body = raw[key as string] as Raw;
  switch (key) {
    case "exec": return { kind: "exec", pod: selector(body["pod"]), command: body["command"] as string[], ...(body["container"] ? { container: body["container"] as string } : {}), ...(body["check"] !== undefined ? { check: body["check"] as boolean } : {}) };
    case "taint": case "untaint": return { kind: key, ...body } as Action;
    case "label": case "unlabel": return { kind: key, ...body } as Action;
    case "delete": return { kind: "delete", objectKind: body["kind"] as string, name: body["name"] as string, ...(body["gracePeriodSeconds"] !== undefined ? { gracePeriodSeconds: body["gracePeriodSeconds"] as number } : {}) };
    case "patch": return { kind: "patch", objectKind: body["kind"] as string, name: body["name"] as string, patchType: (body["type"] as "merge" | "strategic" | undefined) ?? "strategic", patch: body["patch"] };
    case "apply": return { kind: "apply", ...(body && body["templates"] ? { templates: body["templates"] as string[] } : {}) };
    case "sleep": return { kind: "sleep", ms: duration(source, [...path, "sleep"], raw["sleep"], 0) };
    default: throw new InputError("a step needs one of expect, exec, taint, untaint, label, unlabel, delete, patch, apply, sleep", { file: source.file, ...positionOf(source, path), field: fieldPath(path) });
  }
}

/** `when:` of a step, invariant or scenario; the range is checked here so that a typo fails validation, not the run. */
function condition(source: YamlSource, path: (string | number)[], raw: Raw): { when?: ClusterCondition } {
  const when = raw["when"] as ClusterCondition | undefined;
  if (!when) return {};
  if (when.kubernetes !== undefined && !isVersionRange(when.kubernetes)) {
    throw new InputError(`not a Kubernetes version range: ${JSON.stringify(when.kubernetes)} (write it like ">=1.36", "<1.37" or "1.35.x")`,
      { file: source.file, ...positionOf(source, [...path, "when", "kubernetes"]), field: fieldPath([...path, "when", "kubernetes"]) });
  }
  return { when };
}

function actionStep(source: YamlSource, path: (string | number)[], raw: Raw): ActionStep {
  const a = action(source, path, raw);
  return {
    type: "action", action: a, description: (raw["name"] as string | undefined) ?? "", position: { file: source.file, ...positionOf(source, path) },
    ...condition(source, path, raw),
  };
}

function step(source: YamlSource, path: (string | number)[], raw: Raw, stepMs: number): Step {
  if (!("expect" in raw)) return actionStep(source, path, raw);
  const body = raw["expect"] as Raw;
  const e = expectation(source, body);
  return {
    type: "expect",
    expectation: e,
    timeoutMs: duration(source, [...path, "expect", "within"], body["within"], stepMs),
    // filled in after rendering (runner/render.ts) unless the user named the step: values may still be templates here
    description: (raw["name"] as string | undefined) ?? "",
    position: { file: source.file, ...positionOf(source, path) },
    ...condition(source, path, raw),
  };
}

/** `restartPolicy=Never,exitCode=1`: the values that tell this entry from the others. */
function matrixKey(entry: Raw, all: Raw[]): string {
  const text = (v: unknown): string => (typeof v === "object" ? JSON.stringify(v) : String(v));
  const varying = Object.keys(entry).filter((k) => all.some((other) => text(other[k]) !== text(entry[k])));
  return (varying.length ? varying : Object.keys(entry)).map((k) => `${k}=${text(entry[k])}`).join(",");
}

export function toScenarios(source: YamlSource): Scenario[] {
  const raw = source.data as Raw;
  const timeouts = (raw["timeouts"] ?? {}) as Raw;
  const stepMs = duration(source, ["timeouts", "step"], timeouts["step"], DEFAULTS.stepMs);
  const base = {
    name: raw["name"] as string,
    file: source.file,
    position: { file: source.file, ...positionOf(source, ["name"]) },
    description: (raw["description"] as string | undefined)?.trim() ?? "",
    tags: (raw["tags"] as string[] | undefined) ?? [],
    ...(raw["runbook"] ? { runbook: raw["runbook"] as Scenario["runbook"] & object } : {}),
    ...(raw["environment"] ? { environmentNote: (raw["environment"] as string).trim() } : {}),
    images: (raw["images"] as string[] | undefined) ?? [],
    ...condition(source, [], raw),
    featureGates: (raw["featureGates"] as string[] | undefined) ?? [],
    setup: ((raw["setup"] as Raw[] | undefined) ?? []).map((s, i) => actionStep(source, ["setup", i], s)),
    steps: (raw["steps"] as Raw[]).map((s, i) => step(source, ["steps", i], s, stepMs)),
    never: ((raw["never"] as Raw[] | undefined) ?? []).map((n, i): Invariant => {
      const e = expectation(source, n);
      // described after rendering (runner/render.ts), like the steps
      return { expectation: e, description: "", position: { file: source.file, ...positionOf(source, ["never", i]) }, ...condition(source, ["never", i], n) };
    }),
    timeouts: {
      scenarioMs: duration(source, ["timeouts", "scenario"], timeouts["scenario"], DEFAULTS.scenarioMs),
      stepMs,
      cleanupMs: duration(source, ["timeouts", "cleanup"], timeouts["cleanup"], DEFAULTS.cleanupMs),
    },
  };
  const changesNodes = [...base.setup, ...base.steps].some((s) => s.type === "action" && ["taint", "untaint", "label", "unlabel"].includes(s.action.kind));
  const templates = (raw["templates"] as Raw[]).map((t, i): TemplateRef => ({
    file: t["file"] as string, values: (t["values"] as Raw | undefined) ?? {}, position: { file: source.file, ...positionOf(source, ["templates", i, "file"]) },
  }));
  const stem = basename(source.file, extname(source.file));
  const entries = (raw["matrix"] as Raw[] | undefined) ?? [];
  const matrix = entries.length ? entries : [undefined];
  return matrix.map((entry) => ({
    ...base,
    id: entry ? `${stem}[${matrixKey(entry, entries)}]` : stem,
    name: entry ? `${base.name} [${matrixKey(entry, entries)}]` : base.name,
    templates: templates.map((t) => ({ ...t, values: { ...t.values, ...(entry ?? {}) } })),
    matrixValues: entry ?? {},
    changesNodes,
  }));
}
