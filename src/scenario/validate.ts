// Validation against schemas/scenario.schema.json, with errors that name the file, line, column and field.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { InputError } from "../model/errors.ts";
import { fieldPath, positionOf, type YamlSource } from "./yaml-source.ts";

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

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case "additionalProperties": {
      const unknown = (error.params as { additionalProperty: string }).additionalProperty;
      const close = knownFields.filter((k) => k !== unknown).map((k) => ({ k, d: distance(unknown, k) })).sort((x, y) => x.d - y.d)[0];
      const hint = knownFields.includes(unknown) ? " (it is not allowed here)" : close && close.d <= 2 ? ` (did you mean "${close.k}"?)` : "";
      return `unknown field "${unknown}"${hint}`;
    }
    case "required": return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
    case "enum": return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern": return error.instancePath.endsWith("/name") ? "must be lower-case letters, digits and dashes" : `has the wrong form (${error.message ?? ""}); durations look like 90s, 2m, 1500ms`;
    default: return error.message ?? error.keyword;
  }
}

const RANK: Record<string, number> = { additionalProperties: 0, type: 1, enum: 1, pattern: 1, minItems: 2, minimum: 2, minProperties: 2, required: 3 };

/** The most useful errors: the deepest paths first, one message per path; branch noise from oneOf dropped. */
export function problemsOf(source: YamlSource, errors: ErrorObject[]): ValidationProblem[] {
  const useful = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "if");
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of useful) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const paths = [...byPath.keys()].sort((a, b) => b.split("/").length - a.split("/").length);
  const problems: ValidationProblem[] = [];
  const covered: string[] = [];
  for (const path of paths) {
    if (covered.some((deeper) => deeper.startsWith(`${path}/`))) continue;
    const best = (byPath.get(path) ?? []).sort((a, b) => (RANK[a.keyword] ?? 2) - (RANK[b.keyword] ?? 2))[0] as ErrorObject;
    const segments = pathOf(best);
    const target = best.keyword === "additionalProperties" ? [...segments, (best.params as { additionalProperty: string }).additionalProperty] : segments;
    const position = positionOf(source, best.keyword === "additionalProperties" ? target : segments);
    problems.push({ file: source.file, ...position, field: fieldPath(target) || "(top level)", message: describe(best) });
    covered.push(path);
  }
  return problems.sort((a, b) => a.line - b.line);
}

export function validateScenarioData(source: YamlSource): ValidationProblem[] {
  if (validator(source.data)) return [];
  return problemsOf(source, validator.errors ?? []);
}

export function assertValid(source: YamlSource): void {
  const problems = validateScenarioData(source);
  const first = problems[0];
  if (!first) return;
  const more = problems.slice(1).map((p) => `\n  ${p.file}:${p.line}:${p.column} (${p.field}): ${p.message}`).join("");
  throw new InputError(`${first.message}${more}`, { file: first.file, line: first.line, column: first.column, field: first.field });
}
