// Handlebars in strict mode: a reference to a missing value is an error naming the template, line and variable,
// and the scenario that uses the template.
import { isAbsolute, relative, resolve, sep } from "node:path";
import Handlebars from "handlebars";
import { LineCounter, parseAllDocuments } from "yaml";
import { InputError, type ErrorLocation } from "../model/errors.ts";
import type { KubeObject, RenderedManifest } from "../model/scenario.ts";
import { readSourceFile } from "./source-file.ts";
import { fieldPath, positionOf } from "./yaml-source.ts";

const handlebars = Handlebars.create();
/** `{{json value}}` writes a value as JSON (valid YAML flow), e.g. a command array. */
handlebars.registerHelper("json", (value: unknown) => new Handlebars.SafeString(JSON.stringify(value)));
/** `{{default value "fallback"}}`; works in strict mode because helpers' arguments may be missing there. */
handlebars.registerHelper("default", (value: unknown, fallback: unknown) => (value === undefined || value === null || value === "" ? fallback : value));

/**
 * Nested `{{#each}}` over a matrix value multiply: a few lines can ask for billions of iterations. Each rendering gets a
 * budget of block iterations and of text they produce; spending it is an error, not a hang.
 */
export const RENDER_LIMITS = { iterations: 100_000, characters: 4 * 1024 * 1024 };
const budget = { iterations: 0, characters: 0 };
const builtinEach = handlebars.helpers["each"] as Handlebars.HelperDelegate;
handlebars.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
  const body = options.fn;
  const counted = (item: unknown, runtime?: Handlebars.RuntimeOptions): string => {
    budget.iterations -= 1;
    const text = body(item, runtime);
    budget.characters -= text.length;
    if (budget.iterations < 0) throw new Error(`{{#each}} runs more than ${RENDER_LIMITS.iterations} times`);
    if (budget.characters < 0) throw new Error(`{{#each}} writes more than ${RENDER_LIMITS.characters} characters`);
    return text;
  };
  return builtinEach.call(this, context, { ...options, fn: Object.assign(counted, body) });
});

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** What went wrong rendering a text, with the line and column inside that text when Handlebars tells them. */
export interface RenderProblem {
  message: string;
  line?: number;
  column?: number;
  /** The missing value's name. */
  variable?: string;
}

function renderProblem(error: unknown, text: string): RenderProblem {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"(.+)" not defined in/.exec(message);
  if (missing?.[1]) {
    const variable = missing[1];
    const at = / - (\d+):(\d+)$/.exec(message);
    let line = at ? Number(at[1]) : undefined;
    if (line === undefined) {
      const index = text.split("\n").findIndex((l) => l.includes("{{") && l.includes(variable));
      if (index >= 0) line = index + 1;
    }
    return { message: `missing template value "${variable}"`, variable, ...(line !== undefined ? { line } : {}), ...(at ? { column: Number(at[2]) + 1 } : {}) };
  }
  const parse = /Parse error on line (\d+)/.exec(message);
  // the whole message: Handlebars' parse errors show the text and a caret under the place on the lines after the first
  const full = message.split("\n").map((l, i) => (i === 0 ? l : `    ${l}`)).join("\n");
  return { message: `template error: ${full}`, ...(parse ? { line: Number(parse[1]) } : {}) };
}

export function tryRenderText(text: string, values: Record<string, unknown>): { text: string } | { problem: RenderProblem } {
  let template = compiled.get(text);
  try {
    if (!template) {
      template = handlebars.compile(text, { strict: true, noEscape: true });
      compiled.set(text, template);
    }
    budget.iterations = RENDER_LIMITS.iterations;
    budget.characters = RENDER_LIMITS.characters;
    return { text: template(values) };
  } catch (error) {
    return { problem: renderProblem(error, text) };
  }
}

/** The scenario a template is rendered for: every error about the template names it too. */
export interface TemplateUse {
  scenario: string;
  /** Where the scenario names the template (`templates[0].file`). */
  location?: ErrorLocation;
}

/** `; used by scenario x at file:line (templates[0].file)`, for the end of a message about a template. */
export function usedBy(use: TemplateUse | undefined): string {
  if (!use) return "";
  const where = use.location ? ` at ${use.location.file}${use.location.line !== undefined ? `:${use.location.line}` : ""}${use.location.field ? ` (${use.location.field})` : ""}` : "";
  return `; used by scenario ${use.scenario}${where}`;
}

export function renderText(text: string, values: Record<string, unknown>, file: string, use?: TemplateUse): string {
  const outcome = tryRenderText(text, values);
  if ("text" in outcome) return outcome.text;
  const { problem } = outcome;
  throw new InputError(`${problem.message}${usedBy(use)}`, {
    file, ...(problem.line !== undefined ? { line: problem.line } : {}), ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...(problem.variable ? { field: problem.variable } : {}),
  });
}

/** The template's path; a name that leads out of the templates folder (`../x`, `/etc/x`) is refused. */
export function templatePath(templatesDir: string, file: string, use?: TemplateUse): string {
  const root = resolve(templatesDir);
  const path = resolve(root, file);
  const inside = relative(root, path);
  if (isAbsolute(file) || inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError(`template "${file}" is outside the templates folder ${root}: name it relative to that folder, without ..`, use?.location ?? { file });
  }
  return path;
}

/** A rendered object and the place of its fields in the rendered template (the template's lines unless values span lines). */
export interface TemplateDocument extends RenderedManifest {
  locate(path: (string | number)[]): ErrorLocation;
}

export function renderTemplateDocuments(templatesDir: string, file: string, values: Record<string, unknown>, use?: TemplateUse): TemplateDocument[] {
  const path = templatePath(templatesDir, file, use);
  let text: string;
  try {
    text = readSourceFile(path, "template");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // the scenario's `file:` field is the place to fix
    const notFound = /no such file/.test(error.reason);
    throw new InputError(notFound ? `template not found: ${path}` : `${error.reason.replace(/^cannot read template/, `cannot read template ${path}`)}`, use?.location ?? error.location);
  }
  const rendered = renderText(text, values, path, use);
  const lines = new LineCounter();
  const documents: TemplateDocument[] = [];
  for (const doc of parseAllDocuments(rendered, { lineCounter: lines })) {
    if ("errors" in doc && doc.errors.length > 0) {
      const first = doc.errors[0];
      const at = first ? lines.linePos(first.pos[0]) : undefined;
      throw new InputError(`rendered YAML is invalid: ${(first?.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}${usedBy(use)}`, { file: path, ...(at ? { line: at.line, column: at.col } : {}) });
    }
    let object: KubeObject | null;
    try {
      object = doc.toJS({ maxAliasCount: 100 }) as KubeObject | null;
    } catch (error) {
      throw new InputError(`rendered YAML cannot be read: ${error instanceof Error ? error.message : String(error)}${usedBy(use)}`, { file: path });
    }
    if (object === null) continue;
    const locate = (field: (string | number)[]): ErrorLocation => ({ file: path, ...positionOf({ file: path, document: doc, lines, data: object }, field), field: fieldPath(field) });
    if (typeof object !== "object" || typeof object.kind !== "string" || typeof object.apiVersion !== "string" || typeof object.metadata?.name !== "string") {
      throw new InputError(`every rendered document needs apiVersion, kind and metadata.name${usedBy(use)}`, { ...locate([]), field: "(document)" });
    }
    documents.push({ template: file, object, locate });
  }
  return documents;
}

export function renderTemplateFile(templatesDir: string, file: string, values: Record<string, unknown>, use?: TemplateUse): RenderedManifest[] {
  return renderTemplateDocuments(templatesDir, file, values, use).map(({ template, object }) => ({ template, object }));
}

const WHOLE_VALUE = /^\{\{\s*([A-Za-z_][\w.]*)\s*\}\}$/;

/**
 * Renders every `{{...}}` inside the strings of a step, setup action or invariant. A string that is exactly one
 * `{{name}}` takes the value itself, so a matrix can give numbers and ranges (`restarts: "{{restarts}}"`).
 * `locate` names the place of a string (by its path inside `value`) for an error.
 */
export function renderStrings<T>(value: T, values: Record<string, unknown>, locate: (path: (string | number)[]) => ErrorLocation, path: (string | number)[] = []): T {
  if (typeof value === "string") {
    const whole = WHOLE_VALUE.exec(value);
    if (whole?.[1] && !whole[1].includes(".") && Object.hasOwn(values, whole[1]) && typeof values[whole[1]] !== "string") return values[whole[1]] as T;
    if (!value.includes("{{")) return value;
    const outcome = tryRenderText(value, values);
    if ("text" in outcome) return outcome.text as T;
    throw new InputError(outcome.problem.message, locate(path));
  }
  if (Array.isArray(value)) return value.map((v, i) => renderStrings(v, values, locate, [...path, i])) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderStrings(v, values, locate, [...path, k])])) as T;
  }
  return value;
}
