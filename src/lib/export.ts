// The open-data shapes of /data/events.json and /data/sources.json, built from the chronology.
import type { Chronology } from './records.ts';
import { absoluteUrl } from './routes.ts';
import { describeProvenance, type ProvenanceWords } from './provenance.ts';
import type { Locale } from './locale.ts';
import { localized } from './routes.ts';
import { outletName } from './labels.ts';
import type { EventsFile } from '../schemas/data-files.ts';


export interface ExportOptions {
  /** The chronology's language: its pages are linked in it (English, the default, at the root). */
  locale?: Locale;
  /** Whose-words phrases in that language (the interface strings'); English when left out. */
  provenanceWords?: ProvenanceWords;
}

/**
 * /data/events.json: every event with its date bounds, words, people, themes and citations; in a
 * translated chronology (/es/data/events.json) each citation also carries our `translation`.
 */
export function toEventsJson(chronology: Chronology, site: string, options: ExportOptions = {}): EventsFile {
  const { locale = 'en', provenanceWords } = options;
  const sources = new Map(chronology.sources.map((s) => [s.id, s]));
  const actorNames = new Map(chronology.actors.map((a) => [a.id, a.name]));
  const outlet = (id: string) => {
    const source = sources.get(id);
    return source ? outletName(source) : id;
  };
  return {
    events: chronology.events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      date: event.date,
      ...(event.part ? { part: event.part } : {}),
      start: event.start,
      end: event.end,
      precision: event.precision,
      approximate: event.approximate,
      label: event.label,
      ...(event.dateNote ? { dateNote: event.dateNote } : {}),
      actors: event.actors,
      tags: event.tags,
      url: absoluteUrl(site, event.url),
      citations: event.citations.map((c) => ({
        source: c.source,
        quote: c.quote,
        paragraph: c.paragraph,
        url: c.url,
        sourcePage: absoluteUrl(site, localized(`/sources/${c.source}/#p${c.paragraph}`, locale)),
        provenance: { ...c.provenance, text: describeProvenance(c.provenance, outlet(c.source), (id) => actorNames.get(id), provenanceWords) },
        ...(c.translation !== undefined ? { translation: c.translation } : {}),
      })),
      corrections: event.corrections.map(({ date, was, now }) => ({ date, was, now })),
    })),
  };
}

/** /data/sources.json: every source's metadata (the texts stay on the source pages). */
export function toSourcesJson(chronology: Chronology, site: string, locale: Locale = 'en') {
  return {
    sources: chronology.sources.map((source) => ({
      id: source.id,
      outlet: source.outlet,
      ...(source.republishedFrom ? { republishedFrom: source.republishedFrom } : {}),
      headline: source.headline,
      published: source.published,
      url: source.url,
      ...(source.sameStoryAs ? { sameStoryAs: source.sameStoryAs } : {}),
      ...(source.note ? { note: source.note } : {}),
      paragraphs: source.paragraphs.length,
      page: absoluteUrl(site, localized(`/sources/${source.id}/`, locale)),
    })),
  };
}
