// The run's files: index.html, junit.xml and results.json, written from one redacted copy of the result.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { InputError } from "../model/errors.ts";
import type { RunResult } from "../model/result.ts";
import { renderHtml } from "./html.ts";
import { renderJson } from "./json.ts";
import { renderJunit } from "./junit.ts";
import { redactRunResult } from "./redact.ts";

export interface WrittenReports {
  html: string;
  junit: string;
  json: string;
}

export interface RenderedReports {
  html: string;
  junit: string;
  json: string;
}

/** The three reports as text; Secret values are redacted first, whatever the caller passed. */
export function renderReports(result: RunResult): RenderedReports {
  const safe = redactRunResult(result);
  return { html: renderHtml(safe), junit: renderJunit(safe), json: renderJson(safe) };
}

export async function writeReports(result: RunResult, dir: string): Promise<WrittenReports> {
  const rendered = renderReports(result);
  const folder = resolve(dir);
  await mkdir(folder, { recursive: true });
  const paths = { html: join(folder, "index.html"), junit: join(folder, "junit.xml"), json: join(folder, "results.json") };
  await Promise.all([writeFile(paths.html, rendered.html), writeFile(paths.junit, rendered.junit), writeFile(paths.json, rendered.json)]);
  return paths;
}

/** Makes sure reports can be written under the folder, before a run touches the cluster: creates it, writes, removes. */
export function assertWritableFolder(dir: string, flag = "--report-dir"): void {
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
    rmSync(mkdtempSync(join(folder, ".kubetrial-write-test-")), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a part of the path is a file" : error instanceof Error ? error.message : String(error);
    throw new InputError(`${flag} ${dir}: reports cannot be written there (${why})`);
  }
}
