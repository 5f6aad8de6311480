// Reading a results.json for `kubetrial report`: its format and version first (clear words), then the schema.
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { InputError } from "../model/errors.ts";
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from "../model/result.ts";

export const RESULTS_SCHEMA = new URL("../../schemas/results.schema.json", import.meta.url);

let validator: ValidateFunction | undefined;

export function resultsValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(RESULTS_SCHEMA, "utf8")) as Record<string, unknown>;
    validator = new Ajv({ strict: true, strictRequired: false }).compile(schema);
  }
  return validator;
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "the top level";
  return `${where} ${e.message ?? "is invalid"}`;
}

/** Throws InputError unless `value` is a kubetrial results document of a version this kubetrial reads. */
export function asResults(value: unknown, file: string): RunResult {
  const record = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!record) throw new InputError("not a kubetrial results file: the top level is not a JSON object", { file });
  if (record["format"] !== RESULTS_FORMAT) {
    throw new InputError(`not a kubetrial results file: "format" is ${JSON.stringify(record["format"] ?? null)}, expected "${RESULTS_FORMAT}"`, { file });
  }
  if (record["version"] !== RESULTS_VERSION) {
    throw new InputError(`results format version ${JSON.stringify(record["version"] ?? null)} is not supported: this kubetrial reads version ${RESULTS_VERSION}`, { file });
  }
  const validate = resultsValidator();
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new InputError(`not a valid kubetrial results file: ${first ? describeError(first) : "schema mismatch"}`, { file });
  }
  return value as RunResult;
}

export function readResults(file: string): RunResult {
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
  return asResults(value, file);
}
