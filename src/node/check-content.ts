// The content check the build runs first: load, validate, cross-check, and report every problem at once.
import { buildChronology } from '../lib/chronology.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import type { Chronology } from '../lib/records.ts';
import { findContentProblems } from '../lib/verify.ts';
import { loadContent } from './load-content.ts';

export type CheckResult = { ok: true; chronology: Chronology } | { ok: false; problems: Problem[] };

/** Checks the content under `root` (the project folder holding content/). */
export async function checkContent(root: string): Promise<CheckResult> {
  const { input, broken, problems, siteBody } = await loadContent(root);
  problems.push(...findContentProblems({ ...input, site: siteBody }, broken));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, chronology: buildChronology(input) };
}
