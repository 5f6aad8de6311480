// Keeps Secret values out of every report, even when the runner forgot: Secret `data`/`stringData` in manifests and
// env values next to `valueFrom.secretKeyRef` are replaced, and every value found in a Secret is then scrubbed from
// every string of the result (logs, events, describe text...), raw and base64-encoded.
import { parseAllDocuments, stringify } from "yaml";
import type { RunResult } from "../model/result.ts";

export const REDACTED = "<redacted>";
/** Shorter values cannot be scrubbed from free text without destroying it (they would match ordinary words). */
export const MIN_SCRUB_LENGTH = 4;

const WITHHELD = "# manifests withheld by kubetrial: they mention a Secret and could not be parsed to redact it\n";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function decodeBase64(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(value)) return undefined;
  return Buffer.from(value, "base64").toString("utf8");
}

/** Redacts in place; returns whether anything changed. Collects the secret values it removes. */
function redactNode(node: unknown, found: Set<string>): boolean {
  let changed = false;
  if (Array.isArray(node)) {
    for (const item of node) changed = redactNode(item, found) || changed;
    return changed;
  }
  if (!isRecord(node)) return false;
  if (node["kind"] === "Secret") {
    for (const field of ["data", "stringData"]) {
      const values = node[field];
      if (!isRecord(values)) continue;
      for (const key of Object.keys(values)) {
        const value = values[key];
        if (typeof value === "string") {
          found.add(value);
          if (field === "data") {
            const decoded = decodeBase64(value);
            if (decoded !== undefined) found.add(decoded);
          }
        }
        values[key] = REDACTED;
        changed = true;
      }
    }
  }
  const valueFrom = node["valueFrom"];
  if (isRecord(valueFrom) && valueFrom["secretKeyRef"] !== undefined && "value" in node) {
    if (typeof node["value"] === "string") found.add(node["value"]);
    node["value"] = REDACTED;
    changed = true;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "data" && key !== "stringData") changed = redactNode(value, found) || changed;
  }
  return changed;
}

export interface RedactedManifests {
  text: string;
  secretValues: string[];
}

/** Redacts a multi-document YAML (or JSON) text of manifests. */
export function redactManifests(text: string): RedactedManifests {
  if (text.trim() === "") return { text, secretValues: [] };
  const found = new Set<string>();
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs) || list.some((d) => d.errors.length > 0)) {
    return /Secret|secretKeyRef/.test(text) ? { text: WITHHELD, secretValues: [] } : { text, secretValues: [] };
  }
  const objects = list.map((d) => d.toJS() as unknown);
  const changed = objects.map((o) => redactNode(o, found));
  if (!changed.some(Boolean)) return { text, secretValues: [] };
  const out = objects.map((o) => stringify(o as Json, { lineWidth: 0 }).trimEnd()).join("\n---\n");
  return { text: `${out}\n`, secretValues: [...found] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every form in which a secret value might show up in text: itself, base64, and the long lines of multi-line values. */
function needles(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const value of values) {
    for (const form of [value, Buffer.from(value, "utf8").toString("base64")]) {
      if (form.length >= MIN_SCRUB_LENGTH) out.add(form);
      if (form.includes("\n")) for (const line of form.split("\n")) if (line.trim().length >= 8) out.add(line.trim());
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

function scrub(value: unknown, pattern: RegExp): unknown {
  if (typeof value === "string") return value.replace(pattern, REDACTED);
  if (Array.isArray(value)) return value.map((v) => scrub(v, pattern));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, pattern);
    return out;
  }
  return value;
}

/** A copy of the run safe to publish: manifests redacted and every Secret value scrubbed from all text. */
export function redactRunResult(result: RunResult): RunResult {
  const secrets = new Set<string>();
  const scenarios = result.scenarios.map((s) => {
    const { text, secretValues } = redactManifests(s.manifests ?? "");
    for (const v of secretValues) secrets.add(v);
    return { ...s, manifests: text };
  });
  const copy: RunResult = { ...result, scenarios };
  const forms = needles(secrets);
  if (forms.length === 0) return copy;
  return scrub(copy, new RegExp(forms.map(escapeRegExp).join("|"), "g")) as RunResult;
}
