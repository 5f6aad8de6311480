import { readFileSync } from "node:fs";

/** The version in package.json (read at run time so dist/ and src/ agree). */
export function toolVersion(): string {
  const url = new URL("../../package.json", import.meta.url);
  const pkg = JSON.parse(readFileSync(url, "utf8")) as { version: string };
  return pkg.version;
}
