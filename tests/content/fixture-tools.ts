// Builds a throwaway project folder from the base fixture with one bad-content case laid over it.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Names of the bad-content cases (folders under tests/fixtures/bad/). */
export async function listBadCases(): Promise<string[]> {
  return (await readdir(path.join(FIXTURES, 'bad'))).sort();
}

/**
 * Copies the base fixture into a new temporary folder, then the case's files over it.
 * Returns the folder; the caller removes it with `removeProject`.
 */
export async function makeProject(caseName?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-fixture-'));
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (caseName) {
    await cp(path.join(FIXTURES, 'bad', caseName), dir, {
      recursive: true,
      filter: (source) => path.basename(source) !== 'expected.txt',
    });
  }
  return dir;
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
