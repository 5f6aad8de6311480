// `kubetrial report <results.json>`: re-renders index.html and junit.xml (and a copy of results.json) without a cluster.
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { readResults } from "../../report/read.ts";
import { writeReports } from "../../report/write.ts";

interface ReportFlags {
  out?: string;
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("render index.html, junit.xml and results.json from a results.json, without a cluster")
    .argument("<results>", "a results.json written by `kubetrial run`")
    .option("-o, --out <dir>", "folder to write into (default: the results file's folder)")
    .action(async (file: string, flags: ReportFlags) => {
      const result = readResults(file);
      const written = await writeReports(result, resolve(flags.out ?? dirname(file)));
      process.stdout.write(`report: ${written.html}\n        ${written.junit}\n        ${written.json}\n`);
    });
}
