// Scenario YAML with positions: every error can name the file, line and column of the field it is about.
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { InputError } from "../model/errors.ts";

export interface YamlSource {
  file: string;
  document: Document;
  lines: LineCounter;
  data: unknown;
}

export function readYaml(file: string, text: string = readFileSync(file, "utf8")): YamlSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new InputError(`YAML syntax: ${problem.message.split("\n")[0]}`, { file, line: at.line, column: at.col });
  }
  return { file, document, lines, data: document.toJS() };
}

/** Line and column of the node at a path (falls back to the nearest existing parent). */
export function positionOf(source: YamlSource, path: (string | number)[]): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const at = source.lines.linePos(node.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return { line: 1, column: 1 };
}

/** `steps[2].expect.within` */
export function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
