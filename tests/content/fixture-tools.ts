// Builds a throwaway project folder from the base fixture with one bad-content case laid over it.
import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Names of the bad-content cases (folders under tests/fixtures/bad/). */
export async function listBadCases(): Promise<string[]> {
  return (await readdir(path.join(FIXTURES, 'bad'))).sort();
}

/** Names of the awkward-but-valid cases (folders under tests/fixtures/good/), which must pass and build. */
export async function listGoodCases(): Promise<string[]> {
  return (await readdir(path.join(FIXTURES, 'good'))).sort();
}

/**
 * Copies the base fixture into a new temporary folder, then the case's files over it.
 * Returns the folder; the caller removes it with `removeProject`.
 */
export async function makeProject(caseName?: string, kind: 'bad' | 'good' = 'bad'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-fixture-'));
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (caseName) {
    await cp(path.join(FIXTURES, kind, caseName), dir, {
      recursive: true,
      filter: (source) => path.basename(source) !== 'expected.txt',
    });
  }
  return dir;
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * A whole site project (src/, config, node_modules linked) around the base fixture with a case
 * laid over it, for tests that run `astro build` or `astro dev` on fixture content.
 */
export async function makeSiteProject(caseName?: string, kind: 'bad' | 'good' = 'bad'): Promise<string> {
  const dir = await makeProject(caseName, kind);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(REPO, item), path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
