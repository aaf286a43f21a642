// The swap of a staged site into dist/, and the recovery after a build killed between its two renames.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { acquireBuildLock, buildPaths, makeStage, recoverInterruptedSwap, swapIntoPlace } from '../../src/node/staging.ts';

let root = '';
afterEach(async () => rm(root, { recursive: true, force: true }));

async function project(): Promise<ReturnType<typeof buildPaths>> {
  root = await mkdtemp(path.join(tmpdir(), 'staging-'));
  return buildPaths(root);
}

test('the swap replaces dist/ whole and leaves nothing behind', async () => {
  const paths = await project();
  await mkdir(paths.dist);
  await writeFile(path.join(paths.dist, 'old.html'), 'old');
  const stage = await makeStage(paths);
  await writeFile(path.join(stage, 'index.html'), 'new');
  await swapIntoPlace(paths, stage);
  expect(await readdir(paths.dist)).toEqual(['index.html']);
  expect(await readdir(paths.work)).toEqual([]);
});

test('the swap makes the folder of an --out site that does not exist yet (a fresh clone)', async () => {
  root = await mkdtemp(path.join(tmpdir(), 'staging-'));
  const paths = buildPaths(root, path.join(root, 'tests', '.tmp', 'subpath-dist'));
  const stage = await makeStage(paths);
  await writeFile(path.join(stage, 'index.html'), 'new');
  await swapIntoPlace(paths, stage);
  expect(await readFile(path.join(paths.dist, 'index.html'), 'utf8')).toBe('new');
});

test('a swap stopped between its renames is undone by the next build', async () => {
  const paths = await project();
  await mkdir(path.join(paths.work, 'previous'), { recursive: true });
  await writeFile(path.join(paths.work, 'previous', 'index.html'), 'the last good site');
  await mkdir(path.join(paths.work, 'stage-abc'));
  await recoverInterruptedSwap(paths);
  expect(await readFile(path.join(paths.dist, 'index.html'), 'utf8')).toBe('the last good site');
  expect(await readdir(paths.work)).toEqual([]);
});

test('builds starting together: one takes the lock, every other names the process holding it, none sees it half written', async () => {
  const paths = await project();
  const results = await Promise.all(Array.from({ length: 12 }, () => acquireBuildLock(paths)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ message: expect.stringMatching(new RegExp(`^another build is running \\(process ${process.pid}, started \\d{4}-`)) });
  const winner = results.find((r) => r.ok);
  if (winner?.ok) await winner.release();
  // Only the lock's own file was ever in the folder for good: no drafts left beside it.
  expect(await readdir(path.dirname(paths.lock))).toEqual([]);
});

test('the lock is held by one build; a lock left by a dead process is taken over', async () => {
  const paths = await project();
  const first = await acquireBuildLock(paths);
  expect(first.ok).toBe(true);
  const second = await acquireBuildLock(paths);
  expect(second).toMatchObject({ ok: false, message: expect.stringMatching(/^another build is running \(process \d+/) });
  if (first.ok) await first.release();
  await writeFile(paths.lock, JSON.stringify({ pid: 2 ** 22 + 12345, started: '2026-01-01T00:00:00Z' }));
  const third = await acquireBuildLock(paths);
  expect(third.ok).toBe(true);
});
