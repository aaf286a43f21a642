// The printable handout: events numbered in order, each citation a numbered note, sources listed at the end.
import type { CitationRecord, Chronology, EventRecord } from './records.ts';

export interface HandoutNote {
  /** Note number, counted through the whole handout. */
  number: number;
  citation: CitationRecord;
}

export interface HandoutItem {
  /** Event number, 1-based. */
  number: number;
  event: EventRecord;
  notes: HandoutNote[];
}

/** Numbers the events and their citations in reading order. */
export function buildHandout(chronology: Chronology): HandoutItem[] {
  let note = 0;
  return chronology.events.map((event, index) => ({
    number: index + 1,
    event,
    notes: event.citations.map((citation) => ({ number: (note += 1), citation })),
  }));
}
