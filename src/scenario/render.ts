// A scenario rendered for one run: manifests from its templates, `{{...}}` in its steps filled in, and the sandbox
// and reference rules checked on the result — with placeholders in `validate`, with the real values in `run`.
import type { ErrorLocation } from "../model/errors.ts";
import { InputError } from "../model/errors.ts";
import type { ActionStep, Invariant, RenderedManifest, Scenario, SourcePosition, Step } from "../model/scenario.ts";
import { problemsOfError, throwProblems, type Problem } from "./problems.ts";
import { declaredPods, duplicateObjects, stepFindings } from "./references.ts";
import { actionFindings, objectFindings } from "./sandbox.ts";
import { invariantSourcePath, stepSourcePath } from "./step-paths.ts";
import { renderStrings, renderTemplateDocuments, usedBy, type TemplateDocument, type TemplateUse } from "./templates.ts";
import { fieldPath } from "./yaml-source.ts";

export interface Builtins {
  namespace: string;
  runId: string;
  scenario: string;
  node: string;
}

export interface RenderedScenario {
  manifests: RenderedManifest[];
  setup: ActionStep[];
  steps: Step[];
  never: Invariant[];
}

type Path = (string | number)[];

/** Line and column of a field of the scenario file, by its path there; `validate` knows them from the YAML. */
export type Locate = (path: Path) => { line: number; column: number };

/** Placeholders used by `validate` and `render`, so template errors surface before anything touches a cluster. */
export function placeholderBuiltins(scenario: Scenario, namespace = "kubetrial-namespace"): Builtins {
  return { namespace, runId: "run-id", scenario: scenario.id, node: "the-fault-node" };
}

/** Without the YAML (at run time), the position of the step, invariant or template the path is in. */
function fallbackPosition(scenario: Scenario, path: Path): SourcePosition | undefined {
  const [section, index] = path;
  if (typeof index !== "number") return scenario.position;
  const items: { position?: SourcePosition }[] = section === "steps" ? scenario.steps : section === "setup" ? scenario.setup
    : section === "never" ? scenario.never : section === "templates" ? scenario.templates : [];
  return items[index]?.position ?? scenario.position;
}

/** Renders every item on its own, so that one bad string does not hide the problems of the others. */
function renderItems<T extends Step | Invariant>(items: T[], render: (item: T, index: number) => T, problems: Problem[]): T[] {
  return items.map((item, index) => {
    try {
      return render(item, index);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const p of problemsOfError(error)) problems.push(p);
      return item;
    }
  });
}

/** Throws every problem found (capped when printed); a scenario that renders is inside its sandbox. */
export function renderScenario(scenario: Scenario, builtins: Builtins, templatesDir: string, locate?: Locate): RenderedScenario {
  const at = (path: Path): ErrorLocation => {
    const position = locate ? locate(path) : fallbackPosition(scenario, path);
    return { file: scenario.file, ...(position ? { line: position.line, column: position.column } : {}), field: fieldPath(path) };
  };
  const problems: Problem[] = [];
  const documents: TemplateDocument[] = [];
  let everyTemplateRendered = true;
  scenario.templates.forEach((t, i) => {
    const use: TemplateUse = { scenario: scenario.id, location: at(["templates", i, "file"]) };
    try {
      const rendered = renderTemplateDocuments(templatesDir, t.file, { ...builtins, ...t.values }, use);
      for (const doc of rendered) {
        for (const f of objectFindings(doc.object, builtins.namespace)) problems.push({ location: doc.locate(f.path), message: `${f.message}${usedBy(use)}` });
      }
      for (const doc of rendered) documents.push(doc);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      everyTemplateRendered = false;
      for (const p of problemsOfError(error)) problems.push(p);
    }
  });
  for (const i of duplicateObjects(documents.map((d) => d.object))) {
    const doc = documents[i] as TemplateDocument;
    problems.push({ location: doc.locate(["metadata", "name"]), message: `a second ${doc.object.kind} named "${doc.object.metadata.name}" in scenario ${scenario.id}: each object needs a name of its own` });
  }

  const values = { ...Object.assign({}, ...scenario.templates.map((t) => t.values)), ...builtins } as Record<string, unknown>;
  const stepAt = (section: "setup" | "steps", index: number, item: Step, path: Path): ErrorLocation => at([section, index, ...stepSourcePath(item, path)]);
  const neverAt = (index: number, item: Invariant, path: Path): ErrorLocation => at(["never", index, ...invariantSourcePath(item, path)]);
  const setup = renderItems(scenario.setup, (s, i) => renderStrings(s, values, (p) => stepAt("setup", i, s, p)), problems);
  const steps = renderItems(scenario.steps, (s, i) => renderStrings(s, values, (p) => stepAt("steps", i, s, p)), problems);
  const never = renderItems(scenario.never, (n, i) => renderStrings(n, values, (p) => neverAt(i, n, p)), problems);

  for (const [section, items] of [["setup", setup], ["steps", steps]] as const) {
    items.forEach((step: Step, index) => {
      if (step.type !== "action") return;
      for (const f of actionFindings(step.action)) problems.push({ location: stepAt(section, index, step, ["action", ...f.path]), message: f.message });
    });
  }
  // without every template, which pods exist is unknown: no "no template declares it" on top of the template's error
  const pods = everyTemplateRendered ? declaredPods(documents.map((d) => d.object), [...setup, ...steps].flatMap((s) => (s.type === "action" ? [s.action] : []))) : undefined;
  for (const f of stepFindings({ setup, steps, never }, scenario.templates.map((t) => t.file), pods)) {
    const location = f.section === "never" ? neverAt(f.index, never[f.index] as Invariant, f.path) : stepAt(f.section, f.index, (f.section === "setup" ? setup : steps)[f.index] as Step, f.path);
    problems.push({ location, message: f.message });
  }
  throwProblems(problems);
  return { manifests: documents.map(({ template, object }) => ({ template, object })), setup, steps, never };
}
