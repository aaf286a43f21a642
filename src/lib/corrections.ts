// The corrections log: every dated correction of every event, newest first, for the page and the feed.
import type { CorrectionRecord, EventRecord } from './records.ts';

export interface CorrectionEntry {
  /** The event corrected. */
  event: Pick<EventRecord, 'id' | 'title' | 'label' | 'url'>;
  correction: CorrectionRecord;
  /** Position of the correction on its event (0-based), for a stable anchor `#correction-<n>`. */
  index: number;
}

/** Anchor of an event's n-th correction on its page. */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/**
 * All corrections, newest first; corrections made on the same day keep the events' order (the
 * chronology's) and each event's own order, so the log reads the same on every build.
 */
export function listCorrections(events: readonly Pick<EventRecord, 'id' | 'title' | 'label' | 'url' | 'corrections'>[]): CorrectionEntry[] {
  const entries = events.flatMap((event, position) =>
    event.corrections.map((correction, index) => ({ entry: { event: { id: event.id, title: event.title, label: event.label, url: event.url }, correction, index }, position })),
  );
  entries.sort((a, b) => b.entry.correction.date.localeCompare(a.entry.correction.date) || a.position - b.position || a.entry.index - b.entry.index);
  return entries.map((e) => e.entry);
}
