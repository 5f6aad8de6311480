// Finding, reading, validating and expanding scenario files; nothing here touches a cluster.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../model/errors.ts";
import type { Scenario } from "../model/scenario.ts";
import { toScenarios } from "./convert.ts";
import { InputProblems, problemsOfError, throwProblems, type Problem } from "./problems.ts";
import { placeholderBuiltins, renderScenario } from "./render.ts";
import { describeFileType, describeFsError } from "./source-file.ts";
import { assertValid } from "./validate.ts";
import { positionOf, readYaml } from "./yaml-source.ts";

export interface FoundFiles {
  files: string[];
  /** Paths that cannot be read (missing, a loop of symbolic links, a named pipe...): each a problem of its own. */
  problems: Problem[];
}

const SCENARIO_FILE = /\.ya?ml$/;

/** The scenario files under the paths; folders are walked once each, even through symbolic links that loop. */
export function findScenarioFiles(paths: string[]): FoundFiles {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const refuse = (path: string, why: string): void => void problems.push({ location: { file: path }, message: why });
  const visit = (path: string, named: boolean): void => {
    let real: string;
    let stats;
    try {
      stats = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      return refuse(path, named && (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot read: ${describeFsError(error)}`);
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        return refuse(path, `cannot read the folder: ${describeFsError(error)}`);
      }
      for (const entry of entries) {
        const child = join(path, entry);
        if (SCENARIO_FILE.test(entry)) visit(child, false);
        else if (isFolder(child)) visit(child, false);
      }
    } else if (stats.isFile()) files.push(path);
    else refuse(path, `not a scenario file: it is ${describeFileType(stats)}, not a regular file`);
  };
  for (const path of paths) visit(path, true);
  return { files, problems };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link or a loop that is not named *.yaml is no scenario: ignored, like other files
  }
}

/** The scenario files under the paths; throws when any path cannot be read. */
export function discoverScenarioFiles(paths: string[]): string[] {
  const { files, problems } = findScenarioFiles(paths);
  throwProblems(problems);
  return files;
}

/** Loads one file into its scenarios, rendering each with placeholders to catch template and sandbox errors now. */
export function loadScenarioFile(file: string, templatesDir: string): Scenario[] {
  const source = readYaml(file);
  assertValid(source);
  const scenarios = toScenarios(source);
  const problems: Problem[] = [];
  for (const scenario of scenarios) {
    try {
      renderScenario(scenario, placeholderBuiltins(scenario), templatesDir, (path) => positionOf(source, path));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const p of problemsOfError(error)) problems.push(p); // one by one: a spread of many overflows the stack
    }
  }
  throwProblems(problems);
  return scenarios;
}

/** Problems between files: two scenarios with one id (file stem and matrix entry) or one name. */
export function scenarioSetProblems(scenarios: Scenario[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Scenario>();
  const byName = new Map<string, Scenario>();
  for (const s of scenarios) {
    const at = { file: s.file, ...(s.position ? { line: s.position.line, column: s.position.column } : {}), field: "name" };
    const sameId = byId.get(s.id);
    const sameName = byName.get(s.name);
    if (sameId) problems.push({ location: at, message: `scenario id "${s.id}" is used twice (${sameId.file} and ${s.file}): ids come from file names and matrix entries` });
    else if (sameName) problems.push({ location: at, message: `scenario name "${s.name}" is used twice (${sameName.file} and ${s.file})` });
    if (!sameId) byId.set(s.id, s);
    if (!sameName) byName.set(s.name, s);
  }
  return problems;
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

export interface CheckedFiles {
  scenarios: Scenario[];
  /** Files read (with or without problems). */
  files: number;
  /** One error a bad file (its problems capped) and one for each problem between files. */
  errors: InputError[];
}

/** Reads and checks every file; a bad file never stops the check of the others. */
export function checkScenarioFiles(paths: string[], templatesDir: string): CheckedFiles {
  const { files, problems } = findScenarioFiles(paths);
  const errors: InputError[] = problems.map((p) => new InputProblems([p]));
  const scenarios: Scenario[] = [];
  for (const file of files) {
    try {
      for (const s of loadScenarioFile(file, templatesDir)) scenarios.push(s);
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  for (const p of scenarioSetProblems(scenarios)) errors.push(new InputProblems([p]));
  return { scenarios, files: files.length, errors };
}

/** Every file is read and checked; all problems are reported together. */
export function loadScenarios(paths: string[], templatesDir: string, filters: Filters = {}): Scenario[] {
  const { scenarios, errors } = checkScenarioFiles(paths, templatesDir);
  const first = errors[0];
  if (first) {
    if (errors.length === 1) throw first;
    throw new InputError(`${errors.length} problems in the scenario files:\n  ${errors.map((e) => e.message.replace(/\n/g, "\n  ")).join("\n  ")}`, first.location);
  }
  return filterScenarios(scenarios, filters);
}

