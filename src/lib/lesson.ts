// The lesson kit, computed from the content: a reading order with times and levels, version pairs.
import { countWords } from './paragraphs.ts';
import { readingGrade } from './readability.ts';
import type { EventRecord, SourceRecord } from './records.ts';
import { readingMinutes } from './timeline.ts';

export interface ReadingStep {
  source: SourceRecord;
  words: number;
  minutes: number;
  /** Flesch–Kincaid grade of the whole extract; undefined for a text without sentences. */
  grade: number | undefined;
}

/** Length, reading time and level of one article. */
export function readingStats(source: SourceRecord): ReadingStep {
  const words = source.paragraphs.reduce((n, p) => n + countWords(p), 0);
  return { source, words, minutes: readingMinutes(words), grade: readingGrade(source.paragraphs) };
}

/**
 * A suggested order: by day of publication (how the story unfolded); on one day, the easiest read
 * first; a second version of a story straight after the first, so the two can be compared.
 */
export function suggestReadingOrder(sources: readonly SourceRecord[]): ReadingStep[] {
  const steps = sources.map(readingStats);
  steps.sort(
    (a, b) =>
      a.source.published.slice(0, 10).localeCompare(b.source.published.slice(0, 10)) ||
      (a.grade ?? 99) - (b.grade ?? 99) ||
      a.source.id.localeCompare(b.source.id),
  );
  const ordered: ReadingStep[] = [];
  for (const step of steps) {
    if (ordered.includes(step)) continue;
    ordered.push(step);
    const twin = steps.find((s) => s !== step && !ordered.includes(s) && (s.source.id === step.source.sameStoryAs || s.source.sameStoryAs === step.source.id));
    if (twin) ordered.push(twin);
  }
  return ordered;
}

/** The grade of our own summaries, read together. */
export function summariesGrade(events: readonly Pick<EventRecord, 'summary'>[]): number | undefined {
  return readingGrade(events.map((e) => e.summary));
}

/**
 * Pairs of sources that are versions of one story (`sameStoryAs`), each pair once: the outlet's own
 * copy first, a republished copy second.
 */
export function versionPairs(sources: readonly SourceRecord[]): [SourceRecord, SourceRecord][] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const pairs: [SourceRecord, SourceRecord][] = [];
  const seen = new Set<string>();
  for (const source of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    const other = source.sameStoryAs ? byId.get(source.sameStoryAs) : undefined;
    if (!other || seen.has(source.id) || seen.has(other.id)) continue;
    seen.add(source.id).add(other.id);
    const originalFirst = source.republishedFrom && !other.republishedFrom ? [other, source] : [source, other];
    pairs.push(originalFirst as [SourceRecord, SourceRecord]);
  }
  return pairs;
}
