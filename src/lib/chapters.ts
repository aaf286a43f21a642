// Which chapter each event belongs to, so the timeline can head each chapter once, in order.
import { parseEventDate, sortKey, type MonthPart } from './dates.ts';
import type { ChapterRecord, EventRecord } from './records.ts';

/** Where an event sits in time, as the chronology orders it (see `sortKey`). */
export function eventPlace(event: Pick<EventRecord, 'date' | 'part'>): string {
  const parsed = parseEventDate(event.date, event.part as MonthPart | undefined);
  if (!parsed.ok) throw new Error(`unverified date "${event.date}"`);
  return sortKey(parsed.date);
}

/**
 * The chapter of each event: among the chapters whose span holds the event's place, the shortest
 * (the most particular); when none holds it, the chapter that began before it and ends last (the
 * story carries on under it); before the first chapter, none.
 */
export function assignChapters(events: readonly EventRecord[], chapters: readonly ChapterRecord[]): Map<string, ChapterRecord | undefined> {
  const result = new Map<string, ChapterRecord | undefined>();
  const length = (c: ChapterRecord) => Date.parse(c.end) - Date.parse(c.start);
  for (const event of events) {
    const place = eventPlace(event);
    const holding = chapters.filter((c) => c.start <= place && place <= c.end).sort((a, b) => length(a) - length(b));
    const begun = chapters.filter((c) => c.start <= place).sort((a, b) => b.end.localeCompare(a.end));
    result.set(event.id, holding[0] ?? begun[0]);
  }
  return result;
}
