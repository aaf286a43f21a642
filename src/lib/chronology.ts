// Turns validated entries into the records every page and data file uses, in chronological order.
import type { ActorData } from '../schemas/actor.ts';
import type { ChapterData } from '../schemas/chapter.ts';
import type { Citation } from '../schemas/citation.ts';
import type { DisputeData } from '../schemas/dispute.ts';
import type { EventData } from '../schemas/event.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { PeriodData } from '../schemas/period.ts';
import type { SourceData } from '../schemas/source.ts';
import type { SourceTranslationData } from '../schemas/es.ts';
import type { ThemeData } from '../schemas/theme.ts';
import type { Locale } from './locale.ts';
import { compareEventDates, parseEventDate, type EventDate, type MonthPart } from './dates.ts';
import { quoteFinder, splitParagraphs } from './paragraphs.ts';
import type { Chronology, CitationRecord, EventRecord, SourceRecord, UsageRecord } from './records.ts';
import { paths } from './routes.ts';
import type { Entry } from './verify.ts';

export interface ChronologyInput {
  sources: Entry<SourceData & { body: string }>[];
  events: Entry<EventData>[];
  actors: Entry<ActorData>[];
  themes: Entry<ThemeData>[];
  disputes: Entry<DisputeData>[];
  periods: Entry<PeriodData>[];
  chapters?: Entry<ChapterData>[];
  glossary?: Entry<GlossaryData>[];
  /** Paragraph translations of the sources (content/translations/<locale>/sources/), read by localize.ts. */
  translations?: Entry<SourceTranslationData & { body: string; locale: Locale }>[];
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

type PlaceCitations = (citations: readonly Citation[]) => CitationRecord[];

/** Each citation with the number of the paragraph that holds its quote; each source normalised once for all its quotes. */
function citationPlacer(sources: readonly SourceRecord[]): PlaceCitations {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const finders = new Map(sources.map((s) => [s.id, quoteFinder(s.paragraphs)]));
  return (citations) =>
    citations.map(({ source, quote, provenance }) => {
      const found = sourceById.get(source);
      const index = found ? finders.get(source)!(quote) : -1;
      if (!found || index === -1) throw new Error(`unverified citation of "${source}": ${quote}`);
      return { source, quote, paragraph: index + 1, url: found.url, provenance: stripUndefined(provenance) };
    });
}

/** The glossary's passages where a term is used: placed like citations; whose words, when given. */
function placeUsages(toCitations: PlaceCitations, citations: readonly (Omit<Citation, 'provenance'> & { provenance?: Citation['provenance'] | undefined })[]): UsageRecord[] {
  return citations.map(({ provenance, ...rest }) => {
    const [placed] = toCitations([{ ...rest, provenance: { kind: 'outlet' } }]);
    const { provenance: _placeholder, ...usage } = placed!;
    return provenance ? { ...usage, provenance: stripUndefined(provenance) } : usage;
  });
}

/** One event's record; its date parsed once here, into `when`, for every page and export. */
function toEventRecord({ id, data }: Entry<EventData>, date: EventDate, toCitations: PlaceCitations): EventRecord {
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
    corrections: (data.corrections ?? []).map(({ date, was, now }) => ({ date, was, now })),
  };
  if (date.part) record.part = date.part;
  if (data.dateNote) record.dateNote = data.dateNote;
  if (data.key) record.key = true;
  if (data.formerIds?.length) record.formerIds = data.formerIds;
  return record;
}

/** The events in date order, then id, so the order is stable whatever order the files were read in. */
function toEventRecords(events: readonly Entry<EventData>[], toCitations: PlaceCitations): EventRecord[] {
  const dated = events.map((entry) => ({ entry, date: requireDate(entry.data.date, entry.data.part) }));
  dated.sort((a, b) => compareEventDates(a.date, b.date) || a.entry.id.localeCompare(b.entry.id));
  return dated.map(({ entry, date }) => toEventRecord(entry, date, toCitations));
}

/** A dated span (a period or a chapter) with its bounds and label. */
function toSpan<D extends { date: string; citations: readonly Citation[] }>({ id, data }: Entry<D>, toCitations: PlaceCitations) {
  const date = requireDate(data.date);
  return { id, ...stripUndefined(withoutEs(data)), start: date.start, end: date.end, label: date.label, citations: toCitations(data.citations) };
}

/**
 * Builds the chronology from entries that have passed `findContentProblems`. Citations gain the
 * number of the paragraph that holds them; events are sorted by date, then id.
 */
export function buildChronology(input: ChronologyInput): Chronology {
  const sources: SourceRecord[] = input.sources
    .map(({ id, data }) => {
      const { body, ...meta } = data;
      const record: SourceRecord = { id, ...stripUndefined(meta), paragraphs: splitParagraphs(body) };
      return record;
    })
    .sort(byId);
  const toCitations = citationPlacer(sources);
  return {
    events: toEventRecords(input.events, toCitations),
    sources,
    actors: input.actors
      .map(({ id, data }) => ({ id, ...stripUndefined(withoutEs(data)), citations: toCitations(data.citations) }))
      .sort(byId),
    themes: input.themes.map(({ id, data }) => ({ id, ...withoutEs(data) })).sort(byId),
    disputes: input.disputes
      .map(({ id, data }) => ({
        id,
        ...withoutEs(data),
        readings: data.readings.map((r) => ({ reading: r.reading, citations: toCitations(r.citations) })),
      }))
      .sort(byId),
    periods: input.periods.map((entry) => toSpan(entry, toCitations)).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    chapters: (input.chapters ?? [])
      .map((entry) => toSpan(entry, toCitations))
      // By the end: a chapter whose start is vague ("2018~/2020-09") still comes after the ones it outlasts.
      .sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    glossary: (input.glossary ?? [])
      .map(({ id, data }) => ({ id, ...stripUndefined(withoutEs(data)), citations: placeUsages(toCitations, data.citations) }))
      .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id)),
  };
}

/** Ids of the sources cited, each once, in the order first cited. */
export function citedSources(citations: readonly { source: string }[]): string[] {
  return [...new Set(citations.map((c) => c.source))];
}

/** An entry's fields without its Spanish block: the records are built in English (see localize.ts). */
function withoutEs<T extends object>(data: T): Omit<T, 'es'> {
  const { es: _spanish, ...rest } = data as T & { es?: unknown };
  return rest;
}

type WithoutUndefined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function stripUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as WithoutUndefined<T>;
}
