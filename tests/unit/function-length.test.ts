// No function in src/ is longer than 80 lines: a function that size is too big to change safely
// (issue 17). The TypeScript parser finds every function, method, arrow and function expression in
// src/**/*.ts and in the frontmatter and scripts of src/**/*.astro; a nested function counts in its
// own right and inside the function that holds it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_FUNCTION_LINES = 80;

interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

/** The TypeScript parts of a file: the whole of a .ts file; an .astro file's frontmatter and scripts. */
function scriptParts(file: string, text: string): { code: string; firstLine: number }[] {
  if (!file.endsWith('.astro')) return [{ code: text, firstLine: 1 }];
  const parts: { code: string; firstLine: number }[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push({ code: front[1]!, firstLine: 2 });
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = script.index! + script[0].indexOf('>') + 1;
    parts.push({ code: script[1]!, firstLine: lineAt(start) });
  }
  return parts;
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name) return named.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText();
  return '(anonymous)';
}

/** Every function in `code` longer than `max` lines, with its line in the file. */
function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): LongFunction[] {
  const found: LongFunction[] = [];
  for (const part of scriptParts(file, text)) {
    const source = ts.createSourceFile(file, part.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > max) found.push({ file, line: part.firstLine + start, name: nameOf(node), lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('function length', () => {
  it('finds a long function, an arrow, a method and one in an .astro script, and passes short ones', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const code = [
      `function short() {\n${body(10)}\n}`,
      `function long() {\n${body(80)}\n}`,
      `const arrow = () => {\n${body(78)}\n};`,
      `class K { method() {\n${body(81)}\n} }`,
    ].join('\n');
    const found = longFunctions('x.ts', code).map((f) => [f.name, f.lines]);
    expect(found).toEqual([['long', 82], ['method', 83]]);
    // An arrow of 78 body lines is 80 lines in all: allowed.
    // 79 body lines + 2 brace lines = 81: one over.
    expect(longFunctions('x.ts', `const arrow = () => {\n${body(79)}\n};`).map((f) => f.lines)).toEqual([81]);
    expect(longFunctions('x.ts', `const arrow = () => {\n${body(78)}\n};`)).toEqual([]);
    const astro = `---\nconst a = 1;\n---\n<p>hi</p>\n<script>\nfunction inPage() {\n${body(85)}\n}\n</script>\n`;
    expect(longFunctions('x.astro', astro)).toEqual([{ file: 'x.astro', line: 6, name: 'inPage', lines: 87 }]);
  });

  it(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) => longFunctions(relative('.', file), readFileSync(file, 'utf8')));
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} is ${f.lines} lines; split it into named parts`)).toEqual([]);
  });
});
