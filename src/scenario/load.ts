// Finding, reading, validating and expanding scenario files; nothing here touches a cluster.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../model/errors.ts";
import type { Scenario } from "../model/scenario.ts";
import { toScenarios } from "./convert.ts";
import { placeholderBuiltins, renderScenario } from "./render.ts";
import { assertValid } from "./validate.ts";
import { readYaml } from "./yaml-source.ts";

export function discoverScenarioFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new InputError(`no such file or folder: ${path}`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        const child = join(path, entry);
        if (statSync(child).isDirectory() || /\.ya?ml$/.test(entry)) visit(child);
      }
    } else files.push(path);
  };
  for (const path of paths) visit(path);
  return [...new Set(files)];
}

/** Loads one file into its scenarios, rendering each with placeholders to catch template errors now. */
export function loadScenarioFile(file: string, templatesDir: string): Scenario[] {
  const source = readYaml(file);
  assertValid(source);
  const scenarios = toScenarios(source);
  for (const scenario of scenarios) renderScenario(scenario, placeholderBuiltins(scenario), templatesDir);
  return scenarios;
}

export interface Filters {
  grep?: string;
  tag?: string;
}

export function filterScenarios(scenarios: Scenario[], filters: Filters): Scenario[] {
  let grep: RegExp | undefined;
  try {
    grep = filters.grep ? new RegExp(filters.grep) : undefined;
  } catch (error) {
    throw new InputError(`--grep is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  return scenarios.filter((s) => (!grep || grep.test(s.id) || grep.test(s.name)) && (!filters.tag || s.tags.includes(filters.tag)));
}

/** Every file is read and checked; all problems are reported together. */
export function loadScenarios(paths: string[], templatesDir: string, filters: Filters = {}): Scenario[] {
  const scenarios: Scenario[] = [];
  const problems: InputError[] = [];
  for (const file of discoverScenarioFiles(paths)) {
    try {
      scenarios.push(...loadScenarioFile(file, templatesDir));
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
    }
  }
  const first = problems[0];
  if (first) {
    if (problems.length === 1) throw first;
    throw new InputError(`${problems.length} scenario files are invalid:\n  ${problems.map((p) => p.message.replace(/\n/g, "\n  ")).join("\n  ")}`, first.location);
  }
  const ids = new Map<string, string>();
  for (const s of scenarios) {
    const other = ids.get(s.id);
    if (other) throw new InputError(`scenario id "${s.id}" is used twice (${other} and ${s.file})`, { file: s.file });
    ids.set(s.id, s.file);
  }
  return filterScenarios(scenarios, filters);
}
