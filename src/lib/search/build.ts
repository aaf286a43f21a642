// Builds the search index from a list of documents (a chronology's events and source paragraphs), at
// site build time. One function for any edition: give it another language's records for another index.
import { synonymWords, type GlossaryTerm } from '../glossary.ts';
import { outletName } from '../labels.ts';
import type { ActorRecord, EventRecord, SourceRecord, ThemeRecord } from '../records.ts';
import { terms } from '../search-text.ts';
import { dateWords, FIELD_BITS, type SearchField } from './fields.ts';
import type { DocEntry, EventCard, EventDoc } from './format.ts';

/** What the index needs from the chronology (a whole `Chronology` will do). */
export interface SearchIndexInput {
  events: readonly EventRecord[];
  sources: readonly SourceRecord[];
  actors: readonly ActorRecord[];
  themes: readonly ThemeRecord[];
  /** Abbreviations and their full names, indexed as synonyms of each other. */
  glossary?: readonly GlossaryTerm[] | undefined;
  /** Carry each event's card (title, date label): for pages that do not list the events (paged). */
  cards?: boolean;
}

/** The index before it is cut into chunks. */
export interface IndexParts {
  events: EventDoc[];
  /** Each source with its outlet's name and how many paragraphs it has (its documents follow the events, in this order). */
  sources: { id: string; outlet: string; paragraphs: number }[];
  /** Every person or body and theme by name, for the filter menus (the page carries none). */
  actors: { id: string; name: string }[];
  themes: { id: string; title: string }[];
  /** Sorted distinct words; a word's number is its position. */
  words: string[];
  /** Per word: documents ascending, `docDelta * 256 + fieldBits`. */
  postings: number[][];
  /** Per document, events first, then paragraphs. */
  docs: DocEntry[];
  /** Per event, when asked for (`SearchIndexInput.cards`). */
  cards?: EventCard[];
}

interface Names {
  actors: Map<string, string>;
  themes: Map<string, string>;
  outlets: Map<string, string>;
}

/** The searchable text of each field of an event, in the order phrases are checked. */
function eventFields(e: EventRecord, names: Names): [SearchField, string][] {
  const { actors, themes, outlets } = names;
  return [
    ['title', e.title],
    ...e.citations.map((c): [SearchField, string] => ['quote', c.quote]),
    ['people', e.actors.map((id) => actors.get(id) ?? '').join(' ')],
    ['date', dateWords(e)],
    ['theme', e.tags.map((id) => themes.get(id) ?? '').join(' ')],
    ['outlet', [...new Set(e.citations.map((c) => c.source))].map((id) => outlets.get(id) ?? '').join(' ')],
    ['summary', e.summary],
  ];
}

/** Every document's fields: the events' (in the given order), then every source's paragraphs. */
function documentFields(input: SearchIndexInput): { fields: [SearchField, string][][]; paragraphs: [number, number, string][] } {
  const names: Names = {
    actors: new Map(input.actors.map((a) => [a.id, [a.name, ...a.aliases, a.role].join(' ')])),
    themes: new Map(input.themes.map((t) => [t.id, t.title])),
    outlets: new Map(input.sources.map((s) => [s.id, outletName(s)])),
  };
  const fields = input.events.map((e) => eventFields(e, names));
  const paragraphs: [number, number, string][] = [];
  input.sources.forEach((s, si) => s.paragraphs.forEach((text, i) => paragraphs.push([si, i + 1, text])));
  for (const [, , text] of paragraphs) fields.push([['text', text]]);
  return { fields, paragraphs };
}

/** Word → (document → field bits), glossary synonyms added to the field that names the term. */
function invert(fields: [SearchField, string][][], glossary: readonly GlossaryTerm[]): Map<string, Map<number, number>> {
  const postings = new Map<string, Map<number, number>>();
  fields.forEach((docFields, doc) => {
    for (const [field, text] of docFields) {
      const extra = glossary.length > 0 ? synonymWords(text, glossary) : '';
      for (const term of terms(extra ? `${text} ${extra}` : text)) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = new Map()));
        list.set(doc, (list.get(doc) ?? 0) | FIELD_BITS[field]);
      }
    }
  });
  return postings;
}

/** Builds the index's parts. Events must come in chronological order (as `Chronology.events` does). */
export function buildIndexParts(input: SearchIndexInput): IndexParts {
  const { fields, paragraphs } = documentFields(input);
  const inverted = invert(fields, input.glossary ?? []);
  // Sorted so a prefix is one binary search; code-unit order matches the searcher's comparisons.
  const words = [...inverted.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = words.map((w) => {
    let last = 0;
    return [...inverted.get(w)!].sort((a, b) => a[0] - b[0]).map(([doc, bits]) => {
      const n = (doc - last) * 256 + bits;
      last = doc;
      return n;
    });
  });
  const docs = fields.map((docFields, d): DocEntry => {
    // A field with no words can hold no phrase: left out.
    const f = docFields.map(([field, text]): [number, string] => [FIELD_BITS[field], terms(text).join(' ')]).filter(([, words]) => words !== '');
    const p = paragraphs[d - input.events.length];
    return p ? { f, p } : { f };
  });
  const events: EventDoc[] = input.events.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    actors: [...e.actors],
    tags: [...e.tags],
    sources: [...new Set(e.citations.map((c) => c.source))],
  }));
  // Shown with paragraph hits: both names of a republished story.
  const sources = input.sources.map((s) => ({ id: s.id, outlet: outletName(s), paragraphs: s.paragraphs.length }));
  const actors = input.actors.map((a) => ({ id: a.id, name: a.name }));
  const themes = input.themes.map((t) => ({ id: t.id, title: t.title }));
  const parts: IndexParts = { events, sources, actors, themes, words, postings, docs };
  if (input.cards) parts.cards = input.events.map((e): EventCard => [e.title, e.label]);
  return parts;
}
