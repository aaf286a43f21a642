// The Spanish edition over the real content: the English records untouched by the es: blocks, the
// Spanish records built from them, the Spanish data files and the Spanish search index.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildChronology, type ChronologyInput } from '../../src/lib/chronology.ts';
import { citationsToCsv, eventsToCsv } from '../../src/lib/csv.ts';
import { formatDateLabel } from '../../src/lib/dates.ts';
import { toEventsJson, toSourcesJson } from '../../src/lib/export.ts';
import { eventsToIcs } from '../../src/lib/ics.ts';
import { localizeChronology } from '../../src/lib/localize.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { buildSearchIndex, loadSearchIndex } from '../../src/lib/search.ts';
import { eventsFileSchema, translatedEventsFileSchema } from '../../src/schemas/data-files.ts';
import { loadContent } from '../../src/node/load-content.ts';
import { strings } from '../../src/i18n/index.ts';

const SITE = 'https://example.org/timeline/';
let input: ChronologyInput;
let english: Chronology;
let spanish: Chronology;

/** The content as it was before the Spanish edition: every es: block and citation es: removed. */
function withoutSpanish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpanish);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'es').map(([key, v]) => [key, withoutSpanish(v)]));
}

beforeAll(async () => {
  const loaded = await loadContent(path.resolve(import.meta.dirname, '../..'));
  if (loaded.problems.length > 0) throw new Error('content has problems; run npm run check');
  input = loaded.input;
  english = buildChronology(input);
  spanish = localizeChronology(english, input, 'es');
});

describe('the English edition does not change', () => {
  test('the records are the same as from the content without its Spanish', () => {
    const before = { ...(withoutSpanish(input) as ChronologyInput), translations: [] };
    expect(english).toEqual(buildChronology(before));
    expect(JSON.stringify(english)).not.toMatch(/"(es|translation|translatedParagraphs)":/);
  });
  test('events.json and the CSV files are the same as from the content without its Spanish', () => {
    const before = buildChronology({ ...(withoutSpanish(input) as ChronologyInput), translations: [] });
    expect(eventsFileSchema.parse(toEventsJson(english, SITE))).toEqual(toEventsJson(before, SITE));
    expect(citationsToCsv(english.events, english.sources)).toBe(citationsToCsv(before.events, before.sources));
    expect(eventsToCsv(english.events)).toBe(eventsToCsv(before.events));
  });
  test('the English chronology in, the English chronology out', () => {
    expect(localizeChronology(english, input, 'en')).toBe(english);
  });
});

describe('the Spanish chronology', () => {
  test('keeps the order, ids and quotes, and gives every text its Spanish', () => {
    expect(spanish.events.map((e) => e.id)).toEqual(english.events.map((e) => e.id));
    const data = new Map(input.events.map((e) => [e.id, e.data]));
    spanish.events.forEach((event, i) => {
      const es = data.get(event.id)!.es!;
      expect(event.title).toBe(es.title);
      expect(event.summary).toBe(es.summary);
      expect(event.label).toBe(formatDateLabel(english.events[i]!.when, 'es'));
      expect(event.when.label).toBe(event.label);
      expect(event.url).toBe(`/es${english.events[i]!.url}`);
      expect(event.citations.map((c) => c.quote)).toEqual(english.events[i]!.citations.map((c) => c.quote));
      for (const citation of event.citations) expect(citation.translation).toMatch(/\p{L}/u);
    });
  });
  test('every text field of every kind is in Spanish, or is a name Spanish keeps', () => {
    const same = (a: readonly string[], b: readonly string[]) => a.filter((text, i) => text === b[i]);
    expect(same(spanish.themes.map((t) => t.title), english.themes.map((t) => t.title))).toEqual([]);
    expect(same(spanish.actors.map((a) => a.role), english.actors.map((a) => a.role))).toEqual([]);
    expect(same(spanish.disputes.map((d) => d.question), english.disputes.map((d) => d.question))).toEqual([]);
    expect(same((spanish.chapters ?? []).map((c) => c.intro), (english.chapters ?? []).map((c) => c.intro))).toEqual([]);
    expect(same((spanish.glossary ?? []).map((g) => g.explanation), (english.glossary ?? []).map((g) => g.explanation))).toEqual([]);
    const notes = (c: Chronology) => [...c.periods, ...(c.chapters ?? [])].flatMap((p) => (p.dateNote ? [p.dateNote] : []));
    expect(notes(spanish).length).toBe(notes(english).length);
    expect(same(notes(spanish), notes(english))).toEqual([]);
    expect(spanish.periods.map((p) => p.label).join(' ')).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
  });
  test('each source has its paragraphs in Spanish, one for one, and our notes on it in Spanish', () => {
    for (const source of spanish.sources) {
      const en = english.sources.find((s) => s.id === source.id)!;
      for (const key of ['note', 'publishedNote'] as const) {
        expect(source[key] === undefined).toBe(en[key] === undefined);
        if (en[key]) expect(source[key]).not.toBe(en[key]);
      }
      expect(source.translatedParagraphs?.length).toBe(source.paragraphs.length);
      expect(source.paragraphs).toEqual(english.sources.find((s) => s.id === source.id)!.paragraphs);
    }
  });
});

describe('the Spanish data files', () => {
  test('events.json has the Spanish texts, the Spanish pages and a translation of every quote', () => {
    const file = translatedEventsFileSchema.parse(toEventsJson(spanish, SITE, { locale: 'es', provenanceWords: strings('es').provenance }));
    expect(file.events[0]!.url).toMatch(/^https:\/\/example\.org\/timeline\/es\/events\//);
    expect(file.events.flatMap((e) => e.citations.map((c) => c.sourcePage)).every((u) => u.includes('/timeline/es/sources/'))).toBe(true);
    expect(file.events.flatMap((e) => e.citations.map((c) => c.provenance.text)).join(' ')).not.toMatch(/\bquoting\b|\bciting\b/);
    expect(toSourcesJson(spanish, SITE, 'es').sources.every((s) => s.page.includes('/es/sources/'))).toBe(true);
  });
  test('the citations CSV has a translation column in Spanish only', () => {
    expect(citationsToCsv(spanish.events, spanish.sources).split('\r\n')[0]).toMatch(/,translation$/);
    expect(citationsToCsv(english.events, english.sources).split('\r\n')[0]).not.toMatch(/translation/);
  });
  test('the calendar speaks Spanish and has UIDs of its own', () => {
    const options = { calendarName: 'Cronología', host: 'example.org', siteUrl: SITE, dtstamp: '2026-12-02T00:00:00Z' };
    const ics = eventsToIcs(spanish.events, spanish.sources, { ...options, locale: 'es' }).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('DESCRIPTION:');
    expect(ics).toMatch(/Fecha: /);
    expect(ics).toMatch(/Fuentes:/);
    expect(ics).not.toMatch(/Date: |Sources:|Permalink:|the day is not known/);
    expect(ics).toMatch(/UID:[a-z0-9-]+\.es@example\.org/);
  });
});

describe('Spanish search', () => {
  test('finds Spanish words typed without accents, and the English quotes', () => {
    const searcher = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(spanish))));
    const accented = spanish.events.filter((e) => /separación/i.test(`${e.title} ${e.summary}`)).map((e) => e.id);
    expect(accented.length).toBeGreaterThan(0);
    const found = searcher.search('separacion').events.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining(accented));
    expect(searcher.search('separación').events.map((h) => h.id)).toEqual(found);
    expect(searcher.search('take away children').events.map((h) => h.id)).toContain('2018-05-conference-call');
    // Words only the Spanish writes are found in the Spanish index, not in the English one.
    expect(searcher.search('fiscales federales').events.length).toBeGreaterThan(0);
    expect(loadSearchIndex(buildSearchIndex(english)).search('"fiscales federales"').events).toEqual([]);
  });
});
