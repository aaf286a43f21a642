// `npm run check` and the build agree: the build's own gate (the integration's astro:config:setup
// hook, which a bare `astro build` runs) refuses every bad fixture with exactly its expected lines
// and lets the good ones through. tests/build/astro-build-agree.test.ts runs real builds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, markChecked } from '../../src/node/check-content.ts';
import { contentCheck } from '../../src/node/integration.ts';
import { FIXTURES, listBadCases, listGoodCases, makeProject, removeProject } from './fixture-tools.ts';

const made: string[] = [];
afterAll(async () => Promise.all(made.map(removeProject)));

const expectedLines = async (name: string) => (await readFile(path.join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8')).trimEnd().split('\n');

/** Runs the integration's build-time hook as `astro build` does; returns the error lines it logged. */
async function buildGate(dir: string): Promise<{ refused: boolean; lines: string[] }> {
  const lines: string[] = [];
  const logger = { error: (l: string) => lines.push(l), warn: () => {}, info: () => {}, debug: () => {} };
  const hook = contentCheck().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
  try {
    await hook({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger } as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]);
    return { refused: false, lines };
  } catch {
    return { refused: true, lines };
  }
}

describe.each(await listBadCases())('%s', (name) => {
  test('the build gate refuses it with the same lines as check', async () => {
    const dir = await makeProject(name);
    made.push(dir);
    const gate = await buildGate(dir);
    expect(gate.refused).toBe(true);
    expect(gate.lines).toEqual(await expectedLines(name));
  });
});

describe.each(await listGoodCases())('good: %s', (name) => {
  test('check accepts it and the build gate lets it through', async () => {
    const dir = await makeProject(name, 'good');
    made.push(dir);
    const result = await checkContent(dir);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(await buildGate(dir)).toEqual({ refused: false, lines: [] });
  });
});

test('npm run build checks once: after the command line has checked, the build gate does not check again', async () => {
  const dir = await makeProject('misquote');
  made.push(dir);
  markChecked(dir);
  expect(await buildGate(dir)).toEqual({ refused: false, lines: [] });
  // The mark serves one build only: a second `astro build` in the process checks again.
  expect((await buildGate(dir)).refused).toBe(true);
});

