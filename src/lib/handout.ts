// The printable handout: events numbered in order, their notes grouped by source and paragraph (one
// note per quoted paragraph, its passages given once), and the sources listed at the end.
import type { Provenance } from './provenance.ts';
import type { Chronology, EventRecord, SourceRecord } from './records.ts';

/** One note: a paragraph of one source, with every passage the handout's events quote from it. */
export interface HandoutNote {
  /** Note number, counted through the whole handout. */
  number: number;
  source: string;
  paragraph: number;
  /** The quoted passages, each once, in the order events first quote them. */
  quotes: string[];
  /** Whose words each passage gives, in the order of `quotes`. */
  provenance: Provenance[];
  /** Our translation of each passage, in the order of `quotes`, where the chronology is translated. */
  translations: (string | undefined)[];
  /** Numbers of the events that cite it. */
  events: number[];
}

export interface HandoutItem {
  /** Event number, 1-based. */
  number: number;
  event: EventRecord;
  /** Numbers of the notes this event's citations fall in, ascending, each once. */
  notes: number[];
}

export interface Handout {
  items: HandoutItem[];
  /** Notes by source (in publication order) and paragraph. */
  notes: HandoutNote[];
}

export interface HandoutOptions {
  /** Only the key moments (the short handout). */
  keyOnly?: boolean;
}

function publishedOrder(a: SourceRecord, b: SourceRecord): number {
  return a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
}

/** Numbers the events in reading order and gathers their citations into one note per source paragraph. */
export function buildHandout(chronology: Chronology, options: HandoutOptions = {}): Handout {
  const events = options.keyOnly ? chronology.events.filter((e) => e.key) : chronology.events;
  const sources = [...chronology.sources].sort(publishedOrder);
  const rank = new Map(sources.map((s, i) => [s.id, i]));
  const groups = new Map<string, Omit<HandoutNote, 'number'>>();
  const keyOf = (source: string, paragraph: number) => `${source}#${paragraph}`;
  events.forEach((event, index) => {
    for (const citation of event.citations) {
      const key = keyOf(citation.source, citation.paragraph);
      const group = groups.get(key) ?? { source: citation.source, paragraph: citation.paragraph, quotes: [], provenance: [], translations: [], events: [] };
      if (!group.quotes.includes(citation.quote)) {
        group.quotes.push(citation.quote);
        group.provenance.push(citation.provenance);
        group.translations.push(citation.translation);
      }
      if (!group.events.includes(index + 1)) group.events.push(index + 1);
      groups.set(key, group);
    }
  });
  const notes: HandoutNote[] = [...groups.values()]
    .sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || a.source.localeCompare(b.source) || a.paragraph - b.paragraph)
    .map((group, i) => ({ number: i + 1, ...group }));
  const numberOf = new Map(notes.map((n) => [keyOf(n.source, n.paragraph), n.number]));
  const items = events.map((event, index) => ({
    number: index + 1,
    event,
    notes: [...new Set(event.citations.map((c) => numberOf.get(keyOf(c.source, c.paragraph))!))].sort((a, b) => a - b),
  }));
  return { items, notes };
}
