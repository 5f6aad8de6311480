// Handlebars in strict mode: a reference to a missing value is an error naming the template, line and variable.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { parseAllDocuments } from "yaml";
import { InputError } from "../model/errors.ts";
import type { KubeObject, RenderedManifest } from "../model/scenario.ts";

const handlebars = Handlebars.create();
/** `{{json value}}` writes a value as JSON (valid YAML flow), e.g. a command array. */
handlebars.registerHelper("json", (value: unknown) => new Handlebars.SafeString(JSON.stringify(value)));
/** `{{default value "fallback"}}`; works in strict mode because helpers' arguments may be missing there. */
handlebars.registerHelper("default", (value: unknown, fallback: unknown) => (value === undefined || value === null || value === "" ? fallback : value));

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function templateError(error: unknown, file: string, text: string): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /"(.+)" not defined in/.exec(message);
  const lineMatch = /line (\d+)/.exec(message) ?? /Parse error on line (\d+)/.exec(message);
  let line = lineMatch ? Number(lineMatch[1]) : undefined;
  if (missing && line === undefined) {
    const index = text.split("\n").findIndex((l) => new RegExp(`{{[^}]*\\b${missing[1]}\\b`).test(l));
    if (index >= 0) line = index + 1;
  }
  const what = missing ? `missing template value "${missing[1]}"` : `template error: ${message.split("\n")[0]}`;
  return new InputError(what, { file, ...(line !== undefined ? { line } : {}), ...(missing ? { field: missing[1] } : {}) });
}

export function renderText(text: string, values: Record<string, unknown>, file: string): string {
  let template = compiled.get(text);
  try {
    if (!template) {
      template = handlebars.compile(text, { strict: true, noEscape: true });
      compiled.set(text, template);
    }
    return template(values);
  } catch (error) {
    throw templateError(error, file, text);
  }
}

export function renderTemplateFile(templatesDir: string, file: string, values: Record<string, unknown>): RenderedManifest[] {
  const path = join(templatesDir, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`template not found: ${path}`, { file });
  }
  const rendered = renderText(text, values, path);
  const manifests: RenderedManifest[] = [];
  for (const doc of parseAllDocuments(rendered)) {
    if ("errors" in doc && doc.errors.length > 0) {
      const first = doc.errors[0];
      const line = first?.linePos?.[0]?.line;
      throw new InputError(`rendered YAML is invalid: ${first?.message.split("\n")[0] ?? ""}`, { file: path, ...(line ? { line } : {}) });
    }
    const object = doc.toJS() as KubeObject | null;
    if (object === null) continue;
    if (typeof object !== "object" || !object.kind || !object.apiVersion || !object.metadata?.name) {
      throw new InputError("every rendered document needs apiVersion, kind and metadata.name", { file: path });
    }
    manifests.push({ template: file, object });
  }
  return manifests;
}

const WHOLE_VALUE = /^\{\{\s*([A-Za-z_][\w.]*)\s*\}\}$/;

/**
 * Renders every `{{...}}` inside the strings of a step, setup action or invariant. A string that is exactly one
 * `{{name}}` takes the value itself, so a matrix can give numbers and ranges (`restarts: "{{restarts}}"`).
 */
export function renderStrings<T>(value: T, values: Record<string, unknown>, file: string): T {
  if (typeof value === "string") {
    const whole = WHOLE_VALUE.exec(value);
    if (whole?.[1] && !whole[1].includes(".") && whole[1] in values && typeof values[whole[1]] !== "string") return values[whole[1]] as T;
    return (value.includes("{{") ? renderText(value, values, file) : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => renderStrings(v, values, file)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderStrings(v, values, file)])) as T;
  }
  return value;
}
