// Shared by the report tests: the sample run, hostile payloads and a temporary folder.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("../../..", import.meta.url).pathname;
export const OUT = join(ROOT, "test-output");

/** Markup, quotes, an entity, control and non-characters, a lone surrogate: everything a renderer could mishandle. */
export const HOSTILE = `<script>alert(1)</script>"'&amp;<img src=x onerror=alert(2)>]]>\u0000\u001b[31m\uFFFE\uD800{{x}}`;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kubetrial-report-"));
}
