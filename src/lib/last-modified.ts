// When one event last changed: from its own corrections log and the version history of its file,
// never the build's date; the site-wide date only where neither is known.

/** What the date rests on: the event's corrections log, its file's history, or the site's own date. */
export type ModifiedBasis = 'corrections' | 'history' | 'site';

export interface LastModified {
  /** ISO day. */
  date: string;
  basis: ModifiedBasis;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The later of the last correction and the last recorded change of the file (a change with no
 * correction entry, a typo fixed, still changes the page); the site's date where neither is known.
 */
export function lastModified(input: { corrections?: readonly { date: string }[] | undefined; history?: string | undefined; fallback: string }): LastModified {
  const corrected = (input.corrections ?? []).map((c) => c.date.slice(0, 10)).filter((d) => DAY.test(d)).sort().at(-1);
  const history = input.history !== undefined && DAY.test(input.history) ? input.history.slice(0, 10) : undefined;
  if (corrected !== undefined && (history === undefined || corrected >= history)) return { date: corrected, basis: 'corrections' };
  if (history !== undefined) return { date: history, basis: 'history' };
  return { date: input.fallback, basis: 'site' };
}

/** The record separator the log is asked to write before each commit. */
export const GIT_LOG_SEPARATOR = '\u001e';
/** `git log` arguments whose output parseGitLog reads: newest first, each commit's day and files. */
export const GIT_LOG_FORMAT = `--format=${GIT_LOG_SEPARATOR}%H %cs`;

/**
 * The last day each file changed, from `git log --name-only` output (newest commit first). In a
 * shallow clone the oldest commits present are cut-offs that show every file as new: a file whose
 * latest change is such a commit has an unknown date, so it is left out (the caller falls back).
 */
export function parseGitLog(output: string, shallow: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>();
  const seen = new Set<string>();
  for (const record of output.split(GIT_LOG_SEPARATOR)) {
    const [header, ...files] = record.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!header) continue;
    const [hash, day] = header.split(' ');
    if (!hash || !day || !DAY.test(day)) continue;
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (!shallow.has(hash)) dates.set(file, day);
    }
  }
  return dates;
}
