// index.html: Handlebars templates under templates/report/ over the view model. Cluster data only ever goes
// through `{{ }}` (escaped); partials are our own static templates.
import { readFileSync, readdirSync } from "node:fs";
import Handlebars from "handlebars";
import type { RunResult } from "../model/result.ts";
import { reportView, type ReportView } from "./view.ts";

export const TEMPLATES_DIR = new URL("../../templates/report/", import.meta.url);

let compiled: Handlebars.TemplateDelegate<ReportView> | undefined;

function compile(): Handlebars.TemplateDelegate<ReportView> {
  const hb = Handlebars.create();
  hb.registerHelper("inc", (n: unknown) => (typeof n === "number" ? n + 1 : n));
  let index = "";
  for (const file of readdirSync(TEMPLATES_DIR)) {
    if (!file.endsWith(".hbs")) continue;
    const text = readFileSync(new URL(file, TEMPLATES_DIR), "utf8");
    if (file === "index.hbs") index = text;
    else hb.registerPartial(file.slice(0, -".hbs".length), text);
  }
  return hb.compile<ReportView>(index, { strict: false, preventIndent: true });
}

export function renderHtml(result: RunResult): string {
  compiled ??= compile();
  return compiled(reportView(result));
}
