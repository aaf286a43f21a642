// The one line a failed Astro build prints (src/node/build-errors.ts), from errors shaped as Astro 7
// and Rolldown throw them (read off a real failed build: a JSX comment where an attribute goes).
import { describe, expect, test } from 'vitest';
import { buildFailureLine } from '../../src/node/build-errors.ts';

const ROOT = '/work/site';

function compilerError(): Error {
  const inner = Object.assign(new Error('Expected `,` or `)` but found `class`'), {
    name: 'CompilerError',
    loc: { file: `${ROOT}/src/components/EventList.astro`, line: 55, column: 15 },
    id: `${ROOT}/src/components/EventList.astro`,
  });
  return Object.assign(new Error(`Build failed with 1 error:\n\n[plugin astro:build] ${ROOT}/src/components/EventList.astro:55:15\nCompilerError: Expected \`,\` or \`)\` but found \`class\`\n    at handleCompileResultErrors (file:///x.js:73:11)`), { errors: [inner] });
}

describe('buildFailureLine', () => {
  test("Rolldown's wrapper: the first error's name, message and place, relative to the project", () => {
    expect(buildFailureLine(compilerError(), ROOT)).toBe('src/components/EventList.astro:55:15: CompilerError: Expected `,` or `)` but found `class`');
  });

  test('several errors: the first, and how many more', () => {
    const error = compilerError() as Error & { errors: unknown[] };
    error.errors.push(new Error('second'), new Error('third'));
    expect(buildFailureLine(error, ROOT)).toMatch(/ \(and 2 more\)$/);
  });

  test('a plain error: its first non-empty line, with the file it names when no position is known', () => {
    expect(buildFailureLine(new Error('\n\nout of memory\n  at x'), ROOT)).toBe('out of memory');
    expect(buildFailureLine(Object.assign(new Error('Could not resolve "./gone.ts"'), { id: `${ROOT}/src/pages/index.astro` }), ROOT)).toBe('src/pages/index.astro: Could not resolve "./gone.ts"');
    expect(buildFailureLine(Object.assign(new Error('bad'), { loc: { file: `${ROOT}/a.ts`, line: 3 } }), ROOT)).toBe('a.ts:3: bad');
  });

  test('a name already in the message is not repeated; a bare Error is not named', () => {
    expect(buildFailureLine(Object.assign(new Error('TypeError: x is undefined'), { name: 'TypeError' }), ROOT)).toBe('TypeError: x is undefined');
    expect(buildFailureLine(new Error('plain'), ROOT)).toBe('plain');
  });

  test('something thrown that is not an error', () => {
    expect(buildFailureLine('a string', ROOT)).toBe('a string');
    expect(buildFailureLine(undefined, ROOT)).toBe('undefined');
  });
});
