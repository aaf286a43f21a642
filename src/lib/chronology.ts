// Turns validated entries into the records every page and data file uses, in chronological order.
import type { ActorData } from '../schemas/actor.ts';
import type { Citation } from '../schemas/citation.ts';
import type { DisputeData } from '../schemas/dispute.ts';
import type { EventData } from '../schemas/event.ts';
import type { PeriodData } from '../schemas/period.ts';
import type { SourceData } from '../schemas/source.ts';
import type { ThemeData } from '../schemas/theme.ts';
import { compareEventDates, parseEventDate, type EventDate, type MonthPart } from './dates.ts';
import { quoteFinder, splitParagraphs } from './paragraphs.ts';
import type { Chronology, CitationRecord, EventRecord, SourceRecord } from './records.ts';
import { paths } from './routes.ts';
import type { Entry } from './verify.ts';

export interface ChronologyInput {
  sources: Entry<SourceData & { body: string }>[];
  events: Entry<EventData>[];
  actors: Entry<ActorData>[];
  themes: Entry<ThemeData>[];
  disputes: Entry<DisputeData>[];
  periods: Entry<PeriodData>[];
}


function requireDate(text: string, part?: string): EventDate {
  const parsed = parseEventDate(text, part as MonthPart | undefined);
  // Entries reach here only after verification, so a bad date is a programming error.
  if (!parsed.ok) throw new Error(`unverified date "${text}": ${parsed.message}`);
  return parsed.date;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id.localeCompare(b.id);
}

/**
 * Builds the chronology from entries that have passed `findContentProblems`. Citations gain the
 * number of the paragraph that holds them; events are sorted by date, then id, so the order is
 * stable whatever order the files were read in.
 */
export function buildChronology(input: ChronologyInput): Chronology {
  const sources = input.sources.map(toSourceRecord).sort(byId);
  const toCitations = citationLocator(sources);
  const dated = input.events.map(({ id, data }) => ({ id, data, date: requireDate(data.date, data.part) }));
  dated.sort((a, b) => compareEventDates(a.date, b.date) || a.id.localeCompare(b.id));
  return {
    events: dated.map(({ id, data, date }) => toEventRecord(id, data, date, toCitations)),
    sources,
    actors: input.actors
      .map(({ id, data }) => ({ id, ...stripUndefined(data), citations: toCitations(data.citations) }))
      .sort(byId),
    themes: input.themes.map(({ id, data }) => ({ id, ...data })).sort(byId),
    disputes: input.disputes
      .map(({ id, data }) => ({
        id,
        ...data,
        readings: data.readings.map((r) => ({ reading: r.reading, citations: toCitations(r.citations) })),
      }))
      .sort(byId),
    periods: input.periods
      .map(({ id, data }) => {
        const date = requireDate(data.date);
        return { id, ...stripUndefined(data), start: date.start, end: date.end, label: date.label, citations: toCitations(data.citations) };
      })
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
  };
}

function toSourceRecord({ id, data }: ChronologyInput['sources'][number]): SourceRecord {
  const { body, ...meta } = data;
  return { id, ...stripUndefined(meta), paragraphs: splitParagraphs(body) };
}

type CitationLocator = (citations: readonly Citation[]) => CitationRecord[];

/** Gives each citation the number of the paragraph that holds it; each source is normalised once. */
function citationLocator(sources: readonly SourceRecord[]): CitationLocator {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const finders = new Map(sources.map((s) => [s.id, quoteFinder(s.paragraphs)]));
  return (citations) =>
    citations.map(({ source, quote }) => {
      const found = sourceById.get(source);
      const index = found ? finders.get(source)!(quote) : -1;
      if (!found || index === -1) throw new Error(`unverified citation of "${source}": ${quote}`);
      return { source, quote, paragraph: index + 1, url: found.url };
    });
}

/** One event's record: its date parsed once, its citations located, its cited sources listed. */
function toEventRecord(id: string, data: EventData, date: EventDate, toCitations: CitationLocator): EventRecord {
  const record: EventRecord = {
    id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    start: date.start,
    end: date.end,
    precision: date.precision,
    approximate: date.approximate,
    label: date.label,
    when: date,
    sources: citedSources(data.citations),
    actors: data.actors,
    tags: data.tags,
    url: paths.event(id),
    citations: toCitations(data.citations),
  };
  if (date.part) record.part = date.part;
  if (data.dateNote) record.dateNote = data.dateNote;
  return record;
}

/** Ids of the sources cited, each once, in the order first cited. */
export function citedSources(citations: readonly { source: string }[]): string[] {
  return [...new Set(citations.map((c) => c.source))];
}

type WithoutUndefined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function stripUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as WithoutUndefined<T>;
}
