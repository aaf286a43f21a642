// Timeline arithmetic: grouping by year and month, neighbours, and who/what/when indexes for pages.
import { MONTH_NAMES, yearsBetween } from './calendar.ts';
import { foldQuoteMark, normaliseForQuote } from './paragraphs.ts';
import type { Chronology, DisputeRecord, EventRecord } from './records.ts';

export interface MonthGroup {
  /** `2018-05`, or `2017` for events the sources date only to the year (or a span starting so). */
  key: string;
  /** "May 2018", or "2017, month not given". */
  label: string;
  events: EventRecord[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/** Where an event sits in the year/month outline: its start, as precisely as its first point is known. */
function groupKey(event: EventRecord): string {
  return event.when.from.precision === 'year' ? event.start.slice(0, 4) : event.start.slice(0, 7);
}

function groupLabel(key: string): string {
  return key.length === 4 ? `${key}, month not given` : `${MONTH_NAMES[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
}

/**
 * Groups events (already in chronological order) by year, then month. Events the sources date
 * only to the year form a "month not given" group at the END of their year (after every month),
 * so nothing undated reads as if it came first; the order inside each group is the chronology's own.
 */
export function groupEventsByMonth(events: readonly EventRecord[]): YearGroup[] {
  const years = new Map<string, Map<string, EventRecord[]>>();
  for (const event of events) {
    const key = groupKey(event);
    const year = key.slice(0, 4);
    const months = years.get(year) ?? new Map<string, EventRecord[]>();
    years.set(year, months);
    months.set(key, [...(months.get(key) ?? []), event]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, months]) => ({
      year,
      months: [...months.entries()]
        .sort(([a], [b]) => (b.length - a.length) || a.localeCompare(b))
        .map(([key, list]) => ({ key, label: groupLabel(key), events: list })),
    }));
}

/** The events in the order the grouped list shows them (year, then month group, then date). */
export function listOrder(events: readonly EventRecord[]): EventRecord[] {
  return groupEventsByMonth(events).flatMap((year) => year.months.flatMap((month) => month.events));
}

/** The events before and after one, in chronological order. */
export function findNeighbours(events: readonly EventRecord[], id: string): { previous?: EventRecord; next?: EventRecord } {
  const index = events.findIndex((e) => e.id === id);
  const result: { previous?: EventRecord; next?: EventRecord } = {};
  if (index > 0) result.previous = events[index - 1]!;
  if (index >= 0 && index < events.length - 1) result.next = events[index + 1]!;
  return result;
}

/** Years an event touches (a span counts in every year it covers). */
export function eventYears(event: Pick<EventRecord, 'start' | 'end'>): string[] {
  return yearsBetween(event.start, event.end);
}

/** All years with events, ascending. */
export function listYears(events: readonly EventRecord[]): string[] {
  return [...new Set(events.flatMap(eventYears))].sort();
}

export function eventsWithActor(events: readonly EventRecord[], actorId: string): EventRecord[] {
  return events.filter((e) => e.actors.includes(actorId));
}

export function eventsWithTag(events: readonly EventRecord[], themeId: string): EventRecord[] {
  return events.filter((e) => e.tags.includes(themeId));
}

export function eventsInYear(events: readonly EventRecord[], year: string): EventRecord[] {
  return events.filter((e) => eventYears(e).includes(year));
}

export function eventsCitingSource(events: readonly EventRecord[], sourceId: string): EventRecord[] {
  return events.filter((e) => e.citations.some((c) => c.source === sourceId));
}

/** Disputes that name an event among those they concern. */
export function disputesForEvent(disputes: readonly DisputeRecord[], eventId: string): DisputeRecord[] {
  return disputes.filter((d) => d.events.includes(eventId));
}

/** Reading time in whole minutes at a steady adult pace (about 230 words a minute), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export interface QuotedPassage {
  /** Where the quote starts and ends in the paragraph's text (UTF-16 offsets). */
  start: number;
  end: number;
  /** Events (and other entries) that quote it. */
  eventIds: string[];
}

/**
 * For one source, the passages events quote, per paragraph number: located in the paragraph's own
 * text (quotes may differ in white space and quotation marks only), merged where they overlap.
 */
export function findQuotedPassages(chronology: Chronology, sourceId: string): Map<number, QuotedPassage[]> {
  const source = chronology.sources.find((s) => s.id === sourceId);
  const result = new Map<number, QuotedPassage[]>();
  if (!source) return result;
  for (const event of chronology.events) {
    for (const citation of event.citations) {
      if (citation.source !== sourceId) continue;
      const text = source.paragraphs[citation.paragraph - 1] ?? '';
      const span = locateQuote(text, citation.quote);
      if (!span) continue;
      const list = result.get(citation.paragraph) ?? [];
      list.push({ ...span, eventIds: [event.id] });
      result.set(citation.paragraph, list);
    }
  }
  for (const [paragraph, list] of result) result.set(paragraph, mergePassages(list));
  return result;
}

/**
 * Finds a quote in a paragraph, tolerating the same differences verification allows, and returns
 * its span in the paragraph's original text.
 */
export function locateQuote(text: string, quote: string): { start: number; end: number } | undefined {
  // Build the folded text with a map from each folded character back to its original offset.
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    folded += foldQuoteMark(ch);
    origin.push(i);
  }
  const needle = normaliseForQuote(quote);
  if (!needle) return undefined;
  const at = folded.indexOf(needle);
  if (at === -1) return undefined;
  return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}

function mergePassages(list: QuotedPassage[]): QuotedPassage[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: QuotedPassage[] = [];
  for (const passage of sorted) {
    const last = merged[merged.length - 1];
    if (last && passage.start <= last.end) {
      last.end = Math.max(last.end, passage.end);
      for (const id of passage.eventIds) if (!last.eventIds.includes(id)) last.eventIds.push(id);
    } else merged.push({ ...passage, eventIds: [...passage.eventIds] });
  }
  return merged;
}

/** Splits a paragraph into plain and quoted pieces for rendering. */
export function splitByPassages(text: string, passages: readonly QuotedPassage[]): { text: string; passage?: QuotedPassage }[] {
  const pieces: { text: string; passage?: QuotedPassage }[] = [];
  let at = 0;
  for (const passage of passages) {
    if (passage.start > at) pieces.push({ text: text.slice(at, passage.start) });
    pieces.push({ text: text.slice(passage.start, passage.end), passage });
    at = passage.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
