// Validation against schemas/scenario.schema.json, with errors that name the file, line, column and field.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { throwProblems } from "./problems.ts";
import { fieldPath, keyPositionOf, positionOf, type YamlSource } from "./yaml-source.ts";

const schemaUrl = new URL("../../schemas/scenario.schema.json", import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = JSON.parse(readFileSync(schemaUrl, "utf8")) as object;
const validator = ajv.compile(schema);

/** Every field name the format knows, to suggest the nearest one for a misspelt field. */
const knownFields = ((): string[] => {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties && typeof properties === "object") Object.keys(properties).forEach((k) => names.add(k));
      Object.values(node).forEach(walk);
    }
  };
  walk(schema);
  return [...names];
})();

export interface ValidationProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath.split("/").slice(1).map((part) => {
    const text = part.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^\d+$/.test(text) ? Number(text) : text;
  });
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The nearest known field name of a misspelt one, computed once per name (a hostile file repeats one typo). */
const suggestions = new Map<string, string>();
function suggestion(unknown: string): string {
  let hint = suggestions.get(unknown);
  if (hint === undefined) {
    const close = knownFields.filter((k) => k !== unknown).map((k) => ({ k, d: distance(unknown, k) })).sort((x, y) => x.d - y.d)[0];
    hint = knownFields.includes(unknown) ? " (it is not allowed here)" : close && close.d <= 2 ? ` (did you mean "${close.k}"?)` : "";
    if (suggestions.size < 1000) suggestions.set(unknown, hint);
  }
  return hint;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case "additionalProperties": {
      const unknown = (error.params as { additionalProperty: string }).additionalProperty;
      return `unknown field "${unknown}"${suggestion(unknown)}`;
    }
    case "required": return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
    case "enum": return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern": return error.instancePath.endsWith("/name") ? "must be lower-case letters, digits and dashes" : `has the wrong form (${error.message ?? ""}); durations look like 90s, 2m, 1500ms`;
    default: return error.message ?? error.keyword;
  }
}

const RANK: Record<string, number> = { additionalProperties: 0, type: 1, enum: 1, pattern: 1, minItems: 2, minimum: 2, minProperties: 2, required: 3 };

/**
 * The most useful errors: the deepest paths first, one message per path; branch noise from oneOf dropped.
 * Linear in the number of errors (times the depth of their paths): a file may hold thousands of the same mistake.
 */
export function problemsOf(source: YamlSource, errors: ErrorObject[]): ValidationProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === "oneOf" || e.keyword === "if") continue;
    const group = byPath.get(e.instancePath);
    if (group) group.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const depth = (path: string): number => path.split("/").length;
  const paths = [...byPath.keys()].map((path) => ({ path, depth: depth(path) })).sort((a, b) => b.depth - a.depth);
  const problems: ValidationProblem[] = [];
  /** Every proper prefix of a path already reported: an error there is noise about a deeper one. */
  const coveredPrefixes = new Set<string>();
  for (const { path } of paths) {
    if (coveredPrefixes.has(path)) continue;
    const best = (byPath.get(path) ?? []).sort((a, b) => (RANK[a.keyword] ?? 2) - (RANK[b.keyword] ?? 2))[0] as ErrorObject;
    const segments = pathOf(best);
    const unknownField = best.keyword === "additionalProperties";
    const target = unknownField ? [...segments, (best.params as { additionalProperty: string }).additionalProperty] : segments;
    const position = unknownField ? keyPositionOf(source, target) : positionOf(source, segments);
    problems.push({ file: source.file, ...position, field: fieldPath(target) || "(top level)", message: describe(best) });
    for (let end = path.lastIndexOf("/"); end >= 0; end = path.lastIndexOf("/", end - 1)) {
      coveredPrefixes.add(path.slice(0, end));
      if (end === 0) break;
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function validateScenarioData(source: YamlSource): ValidationProblem[] {
  if (validator(source.data)) return [];
  return problemsOf(source, validator.errors ?? []);
}

export function assertValid(source: YamlSource): void {
  throwProblems(validateScenarioData(source).map((p) => ({ location: { file: p.file, line: p.line, column: p.column, field: p.field }, message: p.message })));
}
