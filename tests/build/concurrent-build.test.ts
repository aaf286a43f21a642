// Builds that cannot hurt the site: a second build at the same time refuses with one line, a build
// killed half-way leaves dist/ as it was, and the site that goes live is whole.
import { execFile, spawn } from 'node:child_process';
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/node/check-content.ts';
import { expectedFiles } from '../../src/node/staging.ts';
import { makeSiteProject, removeProject } from '../content/fixture-tools.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(async () => Promise.all(made.map(removeProject)));

async function build(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/node/cli.ts', 'build'], { cwd, timeout: 110_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function assertWholeSite(dir: string): Promise<void> {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error('fixture content should be valid');
  for (const file of expectedFiles(result.chronology)) await access(path.join(dir, 'dist', file));
  expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toMatch(/<\/html>\s*$/);
}

test('two builds at once: one builds, the other refuses with one line, and dist/ is whole', async () => {
  const dir = await makeSiteProject();
  made.push(dir);
  const [a, b] = await Promise.all([build(dir), build(dir)]);
  const results = [a, b].sort((x, y) => x.code - y.code);
  expect(results.map((r) => r.code)).toEqual([0, 1]);
  const refusal = results[1]!.stderr.trim();
  expect(refusal.split('\n')).toHaveLength(1);
  expect(refusal).toMatch(/^another build is running \(process \d+, started .+\); nothing was built: wait for it to finish, or delete \.build\/lock if no build is running$/);
  await assertWholeSite(dir);
  // Nothing is left behind: no lock, no stage, no previous site.
  expect(await readdir(path.join(dir, '.build'), { recursive: true })).toEqual(['dist']);
}, 240_000);

test('a build killed half-way leaves the previous dist/ as it was, and the next build takes over its lock', async () => {
  const dir = await makeSiteProject();
  made.push(dir);
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), 'the last good site');
  const child = spawn(process.execPath, ['src/node/cli.ts', 'build'], { cwd: dir, stdio: 'ignore' });
  // Kill it once Astro is writing into its stage.
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const work = path.join(dir, '.build', 'dist');
    const stages = (await readdir(work).catch(() => [] as string[])).filter((n) => n.startsWith('stage-'));
    const files = stages.length ? await readdir(path.join(work, stages[0]!)).catch(() => [] as string[]) : [];
    if (files.length > 0 || (stages.length > 0 && Date.now() > until - 50_000)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('the last good site');

  const next = await build(dir);
  expect(next.stderr).toBe('');
  expect(next.code).toBe(0);
  await assertWholeSite(dir);
}, 240_000);
