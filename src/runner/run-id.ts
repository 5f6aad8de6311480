import { randomBytes } from "node:crypto";

/** `20261124-193012-a1b2`: sortable, readable, unique enough for one machine's runs. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}
