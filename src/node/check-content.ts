// The content check the build runs first: load, validate, cross-check, and report every problem at once.
import path from 'node:path';
import { buildChronology } from '../lib/chronology.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import type { Chronology } from '../lib/records.ts';
import { findContentProblems } from '../lib/verify.ts';
import { loadContent } from './load-content.ts';

export type CheckResult = { ok: true; chronology: Chronology } | { ok: false; problems: Problem[] };

const CHECKED = Symbol.for('zero-tolerance-timeline.content-checked');
type Marks = { [CHECKED]?: string };

/**
 * Notes that the content under `root` has just been checked in this process, so the build's
 * integration, which Astro runs in the same process, does not check it a second time.
 */
export function markChecked(root: string): void {
  (globalThis as Marks)[CHECKED] = path.resolve(root);
}

/** Whether markChecked(root) was called; clears the mark, so it serves one build only. */
export function takeChecked(root: string): boolean {
  const marks = globalThis as Marks;
  const checked = marks[CHECKED] === path.resolve(root);
  delete marks[CHECKED];
  return checked;
}

/** Checks the content under `root` (the project folder holding content/). */
export async function checkContent(root: string): Promise<CheckResult> {
  const { input, broken, partial, problems, siteBody } = await loadContent(root);
  problems.push(...findContentProblems({ ...input, site: siteBody, partial }, broken));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, chronology: buildChronology(input) };
}
