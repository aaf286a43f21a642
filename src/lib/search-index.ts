// The prebuilt search index: a plain-JSON vocabulary with postings, built once at site build time.
import Fuse, { type FuseIndex } from 'fuse.js';
import { synonymWords, type GlossaryTerm } from './glossary.ts';
import { outletName } from './labels.ts';
import type { ActorRecord, EventRecord, SourceRecord, ThemeRecord } from './records.ts';
import { MONTH_NAMES, terms } from './search-text.ts';

/** Where in a document a word was found; one bit each so a posting stores all fields in one number. */
export const FIELD_BITS = {
  title: 1,
  quote: 2,
  people: 4,
  date: 8,
  theme: 16,
  outlet: 32,
  summary: 64,
  text: 128,
} as const;
export type SearchField = keyof typeof FIELD_BITS;
export const SEARCH_FIELDS = Object.keys(FIELD_BITS) as SearchField[];

/** A title or quote is what the reader remembers, so it outranks a word buried in a summary. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 3,
  quote: 3,
  people: 2,
  date: 2,
  theme: 1.5,
  outlet: 1.2,
  summary: 1,
  text: 1,
};

/** What the index needs from the chronology (a whole `Chronology` will do). */
export interface SearchIndexInput {
  events: readonly EventRecord[];
  sources: readonly SourceRecord[];
  actors: readonly ActorRecord[];
  themes: readonly ThemeRecord[];
  /** Abbreviations and their full names, indexed as synonyms of each other. */
  glossary?: readonly GlossaryTerm[] | undefined;
}

/** One event as the search island sees it: enough to show, filter and check phrases. */
export interface EventDoc {
  id: string;
  title: string;
  /** Date in words. */
  label: string;
  url: string;
  start: string;
  end: string;
  precision: EventRecord['precision'];
  summary: string;
  quotes: string[];
  actors: string[];
  tags: string[];
  /** Cited source ids, each once. */
  sources: string[];
}

/** One source paragraph; `s` indexes `SearchIndexData.sources`, `n` is the 1-based paragraph number. */
export interface ParagraphDoc {
  s: number;
  n: number;
  text: string;
}

export type FuseIndexJSON = ReturnType<FuseIndex<string>['toJSON']>;

export interface SearchIndexData {
  version: 1;
  /** Events in chronological order; document number = position. */
  events: EventDoc[];
  /** Paragraphs; document number = events.length + position. */
  paragraphs: ParagraphDoc[];
  sources: { id: string; outlet: string; headline: string }[];
  actors: { id: string; name: string; role: string; aliases: string[] }[];
  themes: { id: string; title: string }[];
  /**
   * The vocabulary: fuse's prebuilt index over the sorted distinct words (`records[i].v` is word i).
   * Stored once; the searcher reads the words from it rather than keeping a second copy.
   */
  vocabulary: FuseIndexJSON;
  /**
   * Postings per word, aligned with the vocabulary: `docDelta * 256 + fieldBits` per document, documents
   * ascending. Delta coding keeps numbers short in JSON.
   */
  postings: number[][];
}

/** Words an event's date answers to: its label, every year it spans and, for short spans, the months. */
export function dateWords(event: Pick<EventDoc, 'label' | 'start' | 'end' | 'precision'>): string {
  const words = [event.label];
  const y0 = Number(event.start.slice(0, 4));
  const y1 = Number(event.end.slice(0, 4));
  if (Number.isFinite(y0) && Number.isFinite(y1)) {
    for (let y = y0; y <= y1 && y - y0 < 50; y++) words.push(String(y));
    const m0 = y0 * 12 + Number(event.start.slice(5, 7)) - 1;
    const m1 = y1 * 12 + Number(event.end.slice(5, 7)) - 1;
    // A year-precise date says nothing about months; naming all twelve would make "May 2017" match it.
    if (event.precision !== 'year' && m1 - m0 < 12) {
      for (let m = m0; m <= m1; m++) words.push(`${MONTH_NAMES[m % 12]} ${Math.floor(m / 12)}`);
    }
  }
  return words.join(' ');
}

/** The text of each field of an event, as indexed; also used to check quoted phrases. */
export function eventFieldTexts(
  doc: EventDoc,
  lookups: { people: (ids: readonly string[]) => string; theme: (id: string) => string; outlet: (id: string) => string },
): [SearchField, string][] {
  return [
    ['title', doc.title],
    ...doc.quotes.map((q): [SearchField, string] => ['quote', q]),
    ['people', lookups.people(doc.actors)],
    ['date', dateWords(doc)],
    ['theme', doc.tags.map(lookups.theme).join(' ')],
    ['outlet', doc.sources.map(lookups.outlet).join(' ')],
    ['summary', doc.summary],
  ];
}

/** Lookups from id to searchable words, over the tables stored in the index. */
export function fieldLookups(data: Pick<SearchIndexData, 'actors' | 'themes' | 'sources'>) {
  const actors = new Map(data.actors.map((a) => [a.id, [a.name, ...a.aliases, a.role].join(' ')]));
  const themes = new Map(data.themes.map((t) => [t.id, t.title]));
  const outlets = new Map(data.sources.map((s) => [s.id, s.outlet]));
  return {
    people: (ids: readonly string[]) => ids.map((id) => actors.get(id) ?? '').join(' '),
    theme: (id: string) => themes.get(id) ?? '',
    outlet: (id: string) => outlets.get(id) ?? '',
  };
}

/** Builds the JSON-ready index. Events must come in chronological order (as `Chronology.events` does). */
export function buildSearchIndex(input: SearchIndexInput): SearchIndexData {
  const sources = input.sources.map((s) => ({
    id: s.id,
    // Shown with paragraph hits and searched: both names of a republished story.
    outlet: outletName(s),
    headline: s.headline,
  }));
  const actors = input.actors.map((a) => ({ id: a.id, name: a.name, role: a.role, aliases: [...a.aliases] }));
  const themes = input.themes.map((t) => ({ id: t.id, title: t.title }));
  const events: EventDoc[] = input.events.map((e) => ({
    id: e.id,
    title: e.title,
    label: e.label,
    url: e.url,
    start: e.start,
    end: e.end,
    precision: e.precision,
    summary: e.summary,
    quotes: e.citations.map((c) => c.quote),
    actors: [...e.actors],
    tags: [...e.tags],
    sources: [...new Set(e.citations.map((c) => c.source))],
  }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const paragraphs: ParagraphDoc[] = [];
  for (const s of input.sources) {
    s.paragraphs.forEach((text, i) => paragraphs.push({ s: sourceIndex.get(s.id)!, n: i + 1, text }));
  }

  const lookups = fieldLookups({ actors, themes, sources });
  const postings = new Map<string, Map<number, number>>();
  const glossary = input.glossary ?? [];
  const add = (doc: number, field: SearchField, text: string): void => {
    const extra = glossary.length > 0 ? synonymWords(text, glossary) : '';
    for (const term of terms(extra ? `${text} ${extra}` : text)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new Map()));
      list.set(doc, (list.get(doc) ?? 0) | FIELD_BITS[field]);
    }
  };
  events.forEach((doc, d) => {
    for (const [field, text] of eventFieldTexts(doc, lookups)) add(d, field, text);
  });
  paragraphs.forEach((p, i) => add(events.length + i, 'text', p.text));

  // Sorted so a prefix is one binary search; code-unit order matches the searcher's comparisons.
  const vocabulary = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const encoded = vocabulary.map((term) => {
    const list = [...postings.get(term)!].sort((a, b) => a[0] - b[0]);
    let last = 0;
    return list.map(([doc, bits]) => {
      const n = (doc - last) * 256 + bits;
      last = doc;
      return n;
    });
  });
  return {
    version: 1,
    events,
    paragraphs,
    sources,
    actors,
    themes,
    vocabulary: Fuse.createIndex<string>([], vocabulary).toJSON(),
    postings: encoded,
  };
}
