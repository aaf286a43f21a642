// A real `astro build` (the integration is the gate) agrees with `npm run check`: representative bad
// fixtures fail with their exact lines and write no site; the awkward-but-valid ones build whole.
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/node/check-content.ts';
import { FIXTURES, listGoodCases, makeSiteProject, removeProject } from '../content/fixture-tools.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(async () => Promise.all(made.map(removeProject)));

const expectedLines = async (name: string) => (await readFile(path.join(FIXTURES, 'bad', name, 'expected.txt'), 'utf8')).trimEnd().split('\n');

async function astroBuild(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, timeout: 150_000, env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

// A YAML mistake, a schema mistake and a cross-entry mistake, through a real `astro build`.
describe.each(['broken-yaml', 'missing-summary', 'misquote'])('astro build on %s', (name) => {
  test('fails with the fixture\'s lines and writes no site', async () => {
    const dir = await makeSiteProject(name);
    made.push(dir);
    const { code, output } = await astroBuild(dir);
    expect(code).not.toBe(0);
    for (const line of await expectedLines(name)) expect(output).toContain(line);
    await expect(access(path.join(dir, 'dist', 'index.html'))).rejects.toThrow();
  }, 160_000);
});

describe.each(await listGoodCases())('astro build on good: %s', (name) => {
  test('builds every page', async () => {
    const dir = await makeSiteProject(name, 'good');
    made.push(dir);
    const { code, output } = await astroBuild(dir);
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(code).toBe(0);
    const result = await checkContent(dir);
    if (!result.ok) throw new Error('good fixture should pass');
    for (const event of result.chronology.events) await access(path.join(dir, 'dist', 'events', event.id, 'index.html'));
    const home = await readFile(path.join(dir, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('<em>invented</em>');
  }, 160_000);
});
