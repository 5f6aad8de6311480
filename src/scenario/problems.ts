// Several problems of one file as one error: each with its place, the first ones printed and the rest counted.
import { formatLocation, InputError, type ErrorLocation } from "../model/errors.ts";

export interface Problem {
  location?: ErrorLocation;
  message: string;
}

/** Per file: enough to fix the file, few enough that a hostile file cannot flood the terminal. */
export const MAX_PRINTED_PROBLEMS = 50;

/** An InputError that carries every problem it stands for, so that callers can merge and count them. */
export class InputProblems extends InputError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const [first, ...rest] = problems;
    if (!first) throw new Error("InputProblems needs at least one problem");
    const shown = rest.slice(0, MAX_PRINTED_PROBLEMS - 1).map((p) => `\n  ${problemText(p)}`).join("");
    const hidden = rest.length - (MAX_PRINTED_PROBLEMS - 1);
    super(`${first.message}${shown}${hidden > 0 ? `\n  … and ${hidden} more error${hidden === 1 ? "" : "s"}` : ""}`, first.location);
    this.name = "InputError";
    this.problems = problems;
  }
}

export function problemText(problem: Problem): string {
  return problem.location ? `${formatLocation(problem.location)}: ${problem.message}` : problem.message;
}

export function problemsOfError(error: InputError): Problem[] {
  if (error instanceof InputProblems) return error.problems;
  return [{ ...(error.location ? { location: error.location } : {}), message: error.reason }];
}

/** Throws the problems (each once, in the order found) as one error; does nothing when there are none. */
export function throwProblems(problems: Problem[]): void {
  if (problems.length === 0) return;
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const text = problemText(p);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  throw new InputProblems(unique);
}
