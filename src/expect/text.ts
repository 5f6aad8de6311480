// Matching the strings and numbers of an expectation: exact text or `/regex/flags`; a number or `{min, max}`.
import type { NumberMatch, TextMatch } from "../model/scenario.ts";

const REGEX = /^\/(.*)\/([dgimsuvy]*)$/s;

export function isRegex(pattern: TextMatch): boolean {
  return REGEX.test(pattern);
}

const cache = new Map<string, RegExp>();

export function matchText(pattern: TextMatch, value: string | undefined): boolean {
  if (value === undefined) return false;
  const parts = REGEX.exec(pattern);
  if (!parts) return pattern === value;
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(parts[1] ?? "", (parts[2] ?? "").replace("g", ""));
    cache.set(pattern, regex);
  }
  return regex.test(value);
}

export function matchNumber(expected: NumberMatch, value: number | undefined): boolean {
  if (value === undefined) return false;
  if (typeof expected === "number") return value === expected;
  return (expected.min === undefined || value >= expected.min) && (expected.max === undefined || value <= expected.max);
}

export function numberText(expected: NumberMatch | string): string {
  if (typeof expected === "number" || typeof expected === "string") return String(expected);
  if (expected.min !== undefined && expected.max !== undefined) return `${expected.min}..${expected.max}`;
  return expected.min !== undefined ? `≥ ${expected.min}` : `≤ ${expected.max}`;
}

/** Why a `/regex/flags` pattern cannot be compiled, or undefined when it can (or is plain text). */
export function regexProblem(pattern: TextMatch): string | undefined {
  const parts = REGEX.exec(pattern);
  if (!parts) return undefined;
  try {
    new RegExp(parts[1] ?? "", (parts[2] ?? "").replace("g", ""));
    return undefined;
  } catch (error) {
    return `not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}
