// Errors that map to kubetrial's exit codes.

export const ExitCode = {
  passed: 0,
  scenarioFailed: 1,
  badInput: 2,
  clusterProblem: 3,
  interrupted: 130,
} as const;

export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `steps[2].expect.within`. */
  field?: string;
}

/** Bad input: a malformed scenario, an unknown field, a template error, a bad flag. Nothing touched the cluster. */
export class InputError extends Error {
  readonly location: ErrorLocation | undefined;
  /** The message without the location in front. */
  readonly reason: string;
  constructor(message: string, location?: ErrorLocation) {
    super(location ? `${formatLocation(location)}: ${message}` : message);
    this.name = "InputError";
    this.location = location;
    this.reason = message;
  }
}

/** The cluster could not be reached or misbehaved. */
export class ClusterError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(hint ? `${message}\n  hint: ${hint}` : message);
    this.name = "ClusterError";
    this.hint = hint;
  }
}

export function formatLocation(location: ErrorLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.column !== undefined) text += `:${location.column}`;
  if (location.field) text += ` (${location.field})`;
  return text;
}
