// What a rendered scenario refers to must exist in it: templates it applies, pods it execs into, one object per
// kind and name, one step per name, regular expressions that compile. Pure checks; render.ts places the findings.
import { regexProblem } from "../expect/text.ts";
import type { Action, ActionStep, Expectation, Invariant, KubeObject, PodSelector, Step } from "../model/scenario.ts";

type Path = (string | number)[];

export interface StepFinding {
  section: "setup" | "steps" | "never";
  index: number;
  /** Inside the converted step or invariant. */
  path: Path;
  message: string;
}

type Labels = Record<string, string>;

function labelsAt(object: unknown, path: string[]): Labels | undefined {
  let node: unknown = object;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node && typeof node === "object" ? (node as Labels) : undefined;
}

const POD_TEMPLATE_KINDS = new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]);

/** The pods a scenario's objects make: names (StatefulSet pods are `name-N`) and label sets. */
export interface DeclaredPods {
  names: Set<string>;
  statefulSets: Set<string>;
  labelSets: Labels[];
}

export function declaredPods(objects: KubeObject[], actions: Action[]): DeclaredPods {
  const pods: DeclaredPods = { names: new Set(), statefulSets: new Set(), labelSets: [] };
  const podLabels = new Map<string, Labels>();
  for (const object of objects) {
    if (object.kind === "Pod") {
      pods.names.add(object.metadata.name);
      podLabels.set(object.metadata.name, { ...(object.metadata.labels ?? {}) });
    }
    if (object.kind === "StatefulSet") pods.statefulSets.add(object.metadata.name);
    const template = POD_TEMPLATE_KINDS.has(object.kind) ? labelsAt(object, ["spec", "template", "metadata", "labels"])
      : object.kind === "CronJob" ? labelsAt(object, ["spec", "jobTemplate", "spec", "template", "metadata", "labels"]) : undefined;
    if (template) pods.labelSets.push(template);
  }
  // a step may label a pod and later select it by that label
  for (const action of actions) {
    const added = action.kind === "patch" && action.objectKind === "Pod" ? labelsAt(action.patch, ["metadata", "labels"]) : undefined;
    const pod = action.kind === "patch" ? podLabels.get(action.name) : undefined;
    if (added && pod) Object.assign(pod, added);
  }
  for (const labels of podLabels.values()) pods.labelSets.push(labels);
  return pods;
}

function podDeclared(selector: PodSelector, pods: DeclaredPods): boolean {
  if (selector.name !== undefined) {
    const name = selector.name;
    return pods.names.has(name) || [...pods.statefulSets].some((set) => name.startsWith(`${set}-`) && /^\d+$/.test(name.slice(set.length + 1)));
  }
  const wanted = Object.entries(selector.labels ?? {});
  return pods.labelSets.some((labels) => wanted.every(([k, v]) => labels[k] === v));
}

function selectorText(selector: PodSelector): string {
  return selector.name !== undefined ? `pod "${selector.name}"` : `a pod labelled ${Object.entries(selector.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",")}`;
}

/** `pods` undefined: not known (a template failed), so exec targets are not checked. */
export function actionReferenceFindings(action: Action, templateFiles: string[], pods: DeclaredPods | undefined): { path: Path; message: string }[] {
  if (action.kind === "apply") {
    return (action.templates ?? []).flatMap((file, i) => (templateFiles.includes(file) ? [] : [{
      path: ["templates", i], message: `applies template "${file}", which the scenario does not declare (its templates: ${templateFiles.join(", ")})`,
    }]));
  }
  if (action.kind === "exec" && pods && !podDeclared(action.pod, pods)) {
    return [{ path: ["pod"], message: `execs into ${selectorText(action.pod)}, which no template of the scenario declares` }];
  }
  return [];
}

/** Every string of an expectation that is a `/regex/` and does not compile (pod selectors are names, not patterns). */
export function regexFindings(expectation: Expectation): { path: Path; message: string }[] {
  const findings: { path: Path; message: string }[] = [];
  const stack: { value: unknown; path: Path }[] = Object.entries(expectation)
    .filter(([key]) => key !== "kind" && key !== "pod")
    .map(([key, value]) => ({ value, path: [key] }));
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (typeof value === "string") {
      const problem = regexProblem(value);
      if (problem) findings.push({ path, message: `${JSON.stringify(value)} is ${problem}` });
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return findings;
}

/** Findings about the steps, setup actions and invariants of one rendered scenario, paths inside the converted items. */
export function stepFindings(rendered: { setup: ActionStep[]; steps: Step[]; never: Invariant[] }, templateFiles: string[], pods: DeclaredPods | undefined): StepFinding[] {
  const findings: StepFinding[] = [];
  const names = new Map<string, number>();
  const sections = [["setup", rendered.setup], ["steps", rendered.steps]] as const;
  for (const [section, items] of sections) {
    items.forEach((step: Step, index) => {
      if (step.type === "action") {
        for (const f of actionReferenceFindings(step.action, templateFiles, pods)) findings.push({ section, index, path: ["action", ...f.path], message: f.message });
      } else {
        for (const f of regexFindings(step.expectation)) findings.push({ section, index, path: ["expectation", ...f.path], message: f.message });
      }
      if (section === "steps" && step.description) {
        const first = names.get(step.description);
        if (first !== undefined) findings.push({ section, index, path: ["description"], message: `step name "${step.description}" is used twice (first by steps[${first}]): reports tell steps apart by name` });
        else names.set(step.description, index);
      }
    });
  }
  rendered.never.forEach((invariant, index) => {
    for (const f of regexFindings(invariant.expectation)) findings.push({ section: "never", index, path: ["expectation", ...f.path], message: f.message });
  });
  return findings;
}

/** The second and later objects of the same kind and name (creating them would fail with AlreadyExists). */
export function duplicateObjects(objects: KubeObject[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  objects.forEach((object, i) => {
    const key = `${object.kind}/${object.metadata.name}`;
    if (seen.has(key)) duplicates.push(i);
    seen.add(key);
  });
  return duplicates;
}
