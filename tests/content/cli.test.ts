// The command line an editor runs: every problem on its own line, no stack trace, a failing exit
// code, and a failed build that leaves the last good site in dist/ untouched.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { makeProject, removeProject } from './fixture-tools.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../src/node/cli.ts');
const made: string[] = [];
afterAll(async () => Promise.all(made.map(removeProject)));

async function cli(cwd: string, command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, command], { cwd, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('check on good content says so and exits 0', async () => {
  const dir = await makeProject();
  made.push(dir);
  const result = await cli(dir, 'check');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^content ok: 3 events, 2 sources/m);
});

test('a failed build prints one line per problem, exits 1 and leaves dist/ as it was', async () => {
  const dir = await makeProject('misquote');
  made.push(dir);
  // A previous good build.
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), 'the last good site');
  const result = await cli(dir, 'build');
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n').filter(Boolean);
  expect(lines[0]).toMatch(/^content\/events\/2020-03-09-bridge-closed\.md: citations\[0\]\.quote: not found in source "gazette-2020-03-10"/);
  expect(lines.at(-1)).toBe('1 content problem; nothing was built.');
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('the last good site');
});

test('an unknown command says how to call it', async () => {
  const dir = await makeProject();
  made.push(dir);
  const result = await cli(dir, 'nonsense');
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^usage: cli\.ts check\|build/);
});

// The whole fixture site, built and scanned for the real story: tests/content/story-build.test.ts.
