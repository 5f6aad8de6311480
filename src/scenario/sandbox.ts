// The sandbox: a scenario creates, patches and deletes only namespaced built-in objects, always in its own namespace.
// Nodes change only through the journalled taint and label actions. Pure rules; render.ts applies them.
import { apiGroupOf, CLUSTER_SCOPED_KINDS, NAMESPACED_KINDS } from "../model/kinds.ts";
import type { Action, KubeObject } from "../model/scenario.ts";

type Path = (string | number)[];

export interface SandboxFinding {
  /** The field at fault, inside the object or the converted action. */
  path: Path;
  message: string;
}

const ALLOWED = Object.keys(NAMESPACED_KINDS).join(", ");

/** Why a scenario may not touch objects of this kind (and API version, when given); undefined when it may. */
export function kindRefusal(kind: string, apiVersion?: string): SandboxFinding | undefined {
  if (CLUSTER_SCOPED_KINDS.has(kind)) {
    const nodes = kind === "Node" ? "; change nodes with the taint, untaint, label and unlabel steps, which are journalled and undone" : "";
    return { path: ["kind"], message: `${kind} is cluster-scoped: a scenario creates, patches and deletes only namespaced objects, in its own namespace${nodes}` };
  }
  const preferred = Object.hasOwn(NAMESPACED_KINDS, kind) ? NAMESPACED_KINDS[kind] : undefined;
  if (preferred === undefined) {
    return { path: ["kind"], message: `unknown kind "${kind}": a scenario may use only these namespaced kinds: ${ALLOWED} (custom resources are not supported)` };
  }
  if (apiVersion !== undefined && apiGroupOf(apiVersion) !== apiGroupOf(preferred)) {
    // a custom resource may reuse a built-in kind's name in another API group, and be cluster-scoped there
    return { path: ["apiVersion"], message: `apiVersion ${apiVersion} is not the API of ${kind} (${preferred}): a scenario may use only built-in namespaced kinds` };
  }
  return undefined;
}

/** What is wrong with creating this object in the scenario's namespace. */
export function objectFindings(object: KubeObject, namespace: string): SandboxFinding[] {
  const findings: SandboxFinding[] = [];
  const refusal = kindRefusal(object.kind, object.apiVersion);
  if (refusal) findings.push(refusal);
  const named = object.metadata.namespace;
  if (named !== undefined && named !== namespace) {
    findings.push({
      path: ["metadata", "namespace"],
      message: `names namespace ${JSON.stringify(named)}: a scenario's objects live in its own namespace; leave metadata.namespace out or write {{namespace}}`,
    });
  }
  return findings;
}

/** What is wrong with a delete or patch (paths inside the converted action: `objectKind` is the step's `kind`). */
export function actionFindings(action: Action): SandboxFinding[] {
  if (action.kind !== "delete" && action.kind !== "patch") return [];
  const refusal = kindRefusal(action.objectKind);
  return refusal ? [{ ...refusal, path: ["objectKind"] }] : [];
}
