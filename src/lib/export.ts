// The open-data shapes of /data/events.json and /data/sources.json, built from the chronology.
import type { Chronology } from './records.ts';
import { absoluteUrl } from './routes.ts';
import { describeProvenance } from './provenance.ts';
import { outletName } from './labels.ts';
import type { EventsFile } from '../schemas/data-files.ts';


/** /data/events.json: every event with its date bounds, words, people, themes and citations. */
export function toEventsJson(chronology: Chronology, site: string): EventsFile {
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
        sourcePage: absoluteUrl(site, `/sources/${c.source}/#p${c.paragraph}`),
        provenance: { ...c.provenance, text: describeProvenance(c.provenance, outlet(c.source), (id) => actorNames.get(id)) },
      })),
      corrections: event.corrections.map(({ date, was, now }) => ({ date, was, now })),
    })),
  };
}

/** /data/sources.json: every source's metadata (the texts stay on the source pages). */
export function toSourcesJson(chronology: Chronology, site: string) {
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
      page: absoluteUrl(site, `/sources/${source.id}/`),
    })),
  };
}
