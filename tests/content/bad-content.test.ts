// Every kind of editor mistake under tests/fixtures/bad/ fails the check with its expected lines.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { RULES } from '../../src/lib/verify.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { FIXTURES, listBadCases, makeProject, removeProject } from './fixture-tools.ts';

const cases = await listBadCases();
const made: string[] = [];
/** The verify rules whose problems some fixture's expected lines hold. */
const rulesSeen = new Set<string>();
afterAll(async () => Promise.all(made.map(removeProject)));

test('the base fixture is valid, so each case fails only for its own mistake', async () => {
  const dir = await makeProject();
  made.push(dir);
  const result = await checkContent(dir);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
});

test('there are at least 40 kinds of mistake', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

describe.each(cases)('%s', (name) => {
  test('fails with the expected lines, each naming file, field, problem and fix', async () => {
    const dir = await makeProject(name);
    made.push(dir);
    const result = await checkContent(dir);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    for (const problem of result.ok ? [] : result.problems) if (problem.rule) rulesSeen.add(problem.rule);
    const expectedFile = path.join(FIXTURES, 'bad', name, 'expected.txt');
    if (process.env['UPDATE_FIXTURES'] === '1') await writeFile(expectedFile, `${lines.join('\n')}\n`);
    const expected = (await readFile(expectedFile, 'utf8')).trimEnd().split('\n');
    expect(lines).toEqual(expected);
    for (const line of lines) {
      // file: field: what is wrong; how to fix it
      expect(line).toMatch(/^content\/\S.*?: \S.*?: .+; .+$/);
      expect(line).not.toMatch(/\n|ZodError|at .*\.ts:\d+|\[object Object\]|undefined/);
    }
  });
});

// Runs after the cases above (tests in a file run in order): every row of the rules table has a
// fixture whose expected lines hold its problem, so deleting or breaking a rule fails a case.
test('every verify rule in the table has a bad-content fixture', () => {
  expect(RULES.map((rule) => rule.name).filter((name) => !rulesSeen.has(name))).toEqual([]);
});
