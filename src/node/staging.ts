// Where a build happens and how it goes live: one build at a time (a lock a second build refuses
// with one line), a staging folder of its own, a check that the staged site is whole, and a swap
// by rename that a kill at any moment cannot leave half done (the next build puts dist/ back).
import { access, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { DATA_FILES } from '../data/files.ts';
import type { Chronology } from '../lib/records.ts';

export interface BuildPaths {
  root: string;
  /** Where the site goes live (dist/, or --out DIR). */
  dist: string;
  /** Working folder for this output's stages and its previous site during a swap. */
  work: string;
  /** One lock per project: two Astro builds of one project share its caches, so they never overlap. */
  lock: string;
}

export function buildPaths(root: string, dist = path.join(root, 'dist')): BuildPaths {
  const base = path.join(root, '.build');
  return { root, dist, work: path.join(base, path.basename(dist)), lock: path.join(base, 'lock') };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type Lock = { ok: true; release: () => Promise<void> } | { ok: false; message: string };

/** Takes the build lock, or says which build holds it. A lock left by a killed build is taken over. */
export async function acquireBuildLock(paths: BuildPaths): Promise<Lock> {
  await mkdir(path.dirname(paths.lock), { recursive: true });
  const mine = JSON.stringify({ pid: process.pid, started: new Date().toISOString() });
  // The lock appears whole or not at all: written beside it, then hard-linked into place (a link fails
  // if the lock exists). Created empty and then written, a second build could read it half made.
  const draft = `${paths.lock}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(draft, mine);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await link(draft, paths.lock);
      await unlink(draft).catch(() => {});
      return {
        ok: true,
        release: async () => {
          const now = await readFile(paths.lock, 'utf8').catch(() => '');
          if (now === mine) await unlink(paths.lock).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await unlink(draft).catch(() => {});
        throw error;
      }
    }
    let holder: { pid?: number; started?: string } = {};
    try {
      holder = JSON.parse(await readFile(paths.lock, 'utf8')) as typeof holder;
    } catch {
      // Garbage (a lock is never seen half written): judge it by its age below.
    }
    const age = Date.now() - (await stat(paths.lock).then((s) => s.mtimeMs, () => Date.now()));
    const held = typeof holder.pid === 'number' ? isAlive(holder.pid) : age < 10_000;
    if (held) {
      await unlink(draft).catch(() => {});
      return {
        ok: false,
        message: `another build is running (process ${holder.pid ?? 'unknown'}, started ${holder.started ?? 'just now'}); nothing was built: wait for it to finish, or delete .build/lock if no build is running`,
      };
    }
    await unlink(paths.lock).catch(() => {});
  }
  await unlink(draft).catch(() => {});
  return { ok: false, message: 'could not take the build lock .build/lock; nothing was built: delete .build/lock if no build is running' };
}

/** A fresh staging folder for this build. */
export async function makeStage(paths: BuildPaths): Promise<string> {
  await mkdir(paths.work, { recursive: true });
  return mkdtemp(path.join(paths.work, 'stage-'));
}

export async function removeStage(stage: string): Promise<void> {
  await rm(stage, { recursive: true, force: true });
}

const PREVIOUS = 'previous';

async function exists(p: string): Promise<boolean> {
  return access(p).then(() => true, () => false);
}

/**
 * Puts the staged site in place: dist/ → .build/previous, stage → dist/, then removes the previous
 * site. Two renames; a kill between them leaves no dist/ but a whole .build/previous, which the
 * next build's recoverInterruptedSwap() moves back. dist/ is never a mix of two builds.
 */
export async function swapIntoPlace(paths: BuildPaths, stage: string): Promise<void> {
  const previous = path.join(paths.work, PREVIOUS);
  await rm(previous, { recursive: true, force: true });
  if (await exists(paths.dist)) await rename(paths.dist, previous);
  // The site may go somewhere new (--out tests/.tmp/subpath-dist on a fresh clone): make its folder.
  await mkdir(path.dirname(paths.dist), { recursive: true });
  await rename(stage, paths.dist);
  await rm(previous, { recursive: true, force: true });
}

/** After a build killed mid-swap: the previous site back in dist/; stale stages removed. Runs under the lock. */
export async function recoverInterruptedSwap(paths: BuildPaths): Promise<void> {
  const previous = path.join(paths.work, PREVIOUS);
  if (!(await exists(paths.dist)) && (await exists(previous))) {
    await rename(previous, paths.dist);
    console.error('dist/ was restored from .build/previous, left by a build that was stopped while it swapped the site in.');
  }
  await rm(previous, { recursive: true, force: true });
  for (const name of await readdir(paths.work).catch(() => [] as string[])) {
    if (name.startsWith('stage-')) await rm(path.join(paths.work, name), { recursive: true, force: true });
  }
}

/** The files a whole site has: home, 404, every event and source page, every data file. */
export function expectedFiles(chronology: Chronology): string[] {
  return [
    'index.html',
    '404.html',
    ...chronology.events.map((e) => `events/${e.id}/index.html`),
    ...chronology.sources.map((s) => `sources/${s.id}/index.html`),
    ...DATA_FILES.map((f) => f.path.replace(/^\//, '')),
  ];
}

/** Which expected files the staged site lacks or has empty (a home page must also be whole HTML). */
export async function findMissingPages(stage: string, chronology: Chronology): Promise<string[]> {
  const missing: string[] = [];
  for (const file of expectedFiles(chronology)) {
    const size = await stat(path.join(stage, file)).then((s) => (s.isFile() ? s.size : 0), () => 0);
    if (size === 0) missing.push(file);
  }
  const home = await readFile(path.join(stage, 'index.html'), 'utf8').catch(() => '');
  if (home && !/<\/html>\s*$/i.test(home)) missing.push('index.html (cut short)');
  return missing;
}
