// From a field of a converted step, setup action or invariant back to the field the user wrote in the scenario file
// (`action.objectKind` of a delete step is `delete.kind` there), so that errors found after conversion name it.
import type { Action, ActionStep, Expectation, Invariant, Step } from "../model/scenario.ts";

type Path = (string | number)[];

/** `expect: {pod: x, status: y}` holds a pod expectation's fields directly; events and endpoints sit one level down. */
export function expectationSourcePath(expectation: Expectation, path: Path): Path {
  if (path[0] === "kind") return [];
  return expectation.kind === "pod" ? path : [expectation.kind, ...path];
}

const ACTION_FIELDS: Record<string, string> = { objectKind: "kind", patchType: "type" };

export function actionSourcePath(action: Action, path: Path): Path {
  if (action.kind === "sleep") return ["sleep"];
  const [field, ...rest] = path;
  if (field === undefined || field === "kind") return [action.kind];
  return [action.kind, ACTION_FIELDS[String(field)] ?? field, ...rest];
}

function commonField(path: Path): Path | undefined {
  if (path[0] === "description") return ["name"];
  if (path[0] === "when") return path;
  return undefined;
}

/** The path inside `steps[i]` / `setup[i]` of a path inside the converted step. */
export function stepSourcePath(step: Step | ActionStep, path: Path): Path {
  const common = commonField(path);
  if (common) return common;
  if (step.type === "action") return path[0] === "action" ? actionSourcePath(step.action, path.slice(1)) : [];
  if (path[0] === "timeoutMs") return ["expect", "within"];
  return path[0] === "expectation" ? ["expect", ...expectationSourcePath(step.expectation, path.slice(1))] : ["expect"];
}

/** The path inside `never[i]` of a path inside the converted invariant. */
export function invariantSourcePath(invariant: Invariant, path: Path): Path {
  if (path[0] === "when") return path;
  return path[0] === "expectation" ? expectationSourcePath(invariant.expectation, path.slice(1)) : [];
}
