import parse from "parse-duration";

/** `90s`, `2m`, `1500ms` or a number of milliseconds → milliseconds; undefined when unreadable. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const ms = parse(value);
  return ms === null || ms === undefined || Number.isNaN(ms) ? undefined : ms;
}
