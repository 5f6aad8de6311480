// Reading a recorded run (results.json) for replay and serve, with a clear word when it is not one.
import { readFileSync } from "node:fs";
import { InputError } from "../model/errors.ts";
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from "../model/result.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the shape replay relies on; throws InputError naming what is wrong. */
export function asRunResult(value: unknown, file: string): RunResult {
  const bad = (why: string): InputError => new InputError(why, { file });
  if (!isObject(value)) throw bad("not a kubetrial results file: the top level is not a JSON object");
  if (value["format"] !== RESULTS_FORMAT) {
    throw bad(`not a kubetrial results file: "format" is ${JSON.stringify(value["format"] ?? null)}, expected "${RESULTS_FORMAT}"`);
  }
  if (value["version"] !== RESULTS_VERSION) {
    throw bad(`results format version ${JSON.stringify(value["version"] ?? null)} is not supported: this kubetrial reads version ${RESULTS_VERSION}`);
  }
  for (const field of ["runId", "startedAt"]) if (typeof value[field] !== "string") throw bad(`"${field}" is missing or not a string`);
  if (!isObject(value["cluster"]) || !isObject(value["summary"])) throw bad(`"cluster" and "summary" must be objects`);
  const scenarios = value["scenarios"];
  if (!Array.isArray(scenarios)) throw bad(`"scenarios" must be a list`);
  scenarios.forEach((s: unknown, i) => {
    const where = `scenarios[${i}]`;
    if (!isObject(s)) throw new InputError("must be an object", { file, field: where });
    for (const field of ["id", "startedAt", "verdict"]) if (typeof s[field] !== "string") throw new InputError(`"${field}" is missing or not a string`, { file, field: where });
    for (const field of ["steps", "setup", "timeline"]) if (!Array.isArray(s[field])) throw new InputError(`"${field}" must be a list`, { file, field: where });
    (s["timeline"] as unknown[]).forEach((o, j) => {
      if (!isObject(o) || typeof o["t"] !== "number" || typeof o["kind"] !== "string") {
        throw new InputError("an observation needs a numeric \"t\" and a \"kind\"", { file, field: `${where}.timeline[${j}]` });
      }
    });
  });
  return value as unknown as RunResult;
}

export function readRunResult(file: string): RunResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not a kubetrial results file: not JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  return asRunResult(value, file);
}
