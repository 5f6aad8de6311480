// Scenario YAML with positions: every error can name the file, line and column of the field it is about.
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { InputError } from "../model/errors.ts";
import { throwProblems, type Problem } from "./problems.ts";
import { readSourceFile } from "./source-file.ts";

export interface YamlSource {
  file: string;
  document: Document;
  lines: LineCounter;
  data: unknown;
}

/** Deeper than any scenario needs; keeps every recursive step after parsing (toJS, schema, rendering) safe. */
export const MAX_NESTING = 64;

export function readYaml(file: string, text: string = readSourceFile(file, "scenario file")): YamlSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    const what = /call stack/i.test(problem.message) ? "nested too deeply" : problem.message.split("\n")[0];
    throw new InputError(`YAML syntax: ${what}`, { file, line: at.line, column: at.col });
  }
  throwProblems(structureProblems(file, document, lines));
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const alias = firstAlias(document);
    const at = alias?.range ? lines.linePos(alias.range[0]) : undefined;
    const why = error instanceof ReferenceError && /alias/i.test(error.message)
      ? "YAML aliases expand too far (more than 100 copies): refused as a possible alias bomb; write the values out or use fewer aliases"
      : `YAML: ${error instanceof Error ? error.message : String(error)}`;
    throw new InputError(why, { file, ...(at ? { line: at.line, column: at.col } : {}) });
  }
  return { file, document, lines, data };
}

interface Visit {
  node: unknown;
  path: (string | number)[];
}

/** Numbers YAML reads as Infinity or NaN (`1e400`, `.inf`) and nesting beyond MAX_NESTING; one pass, no recursion. */
function structureProblems(file: string, document: Document, lines: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, path: (string | number)[]): Problem["location"] => {
    const position = node.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    return { file, line: position.line, column: position.col, field: fieldPath(path) || "(top level)" };
  };
  const stack: Visit[] = [{ node: document.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as Visit;
    if (isScalar(node)) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) {
        problems.push({ location: at(node, path), message: `${node.source ?? String(node.value)} is not a finite number` });
      }
    } else if (isMap(node) || isSeq(node)) {
      if (path.length >= MAX_NESTING) {
        problems.push({ location: at(node, path), message: `nested more than ${MAX_NESTING} levels deep` });
        continue;
      }
      node.items.forEach((item: unknown, index: number) => {
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : "?";
          stack.push({ node: item.value, path: [...path, key] });
        } else stack.push({ node: item, path: [...path, index] });
      });
    }
  }
  return problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

function firstAlias(document: Document): Node | undefined {
  let found: Node | undefined;
  visit(document, { Alias: (_key, node) => { found = node; return visit.BREAK; } });
  return found;
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

/** Line and column of the key of the last field of a path (for an unknown field: its name, not its value). */
export function keyPositionOf(source: YamlSource, path: (string | number)[]): { line: number; column: number } {
  const parent = source.document.getIn(path.slice(0, -1), true);
  const name = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(name));
    if (pair && isNode(pair.key) && pair.key.range) {
      const at = source.lines.linePos(pair.key.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return positionOf(source, path);
}

/** `steps[2].expect.within` */
export function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
