// The built Spanish data files (/es/data/, /es/feed.xml, /es/search-index.json) read back with real
// parsers, beside the English ones: the same events in the same order, the texts in Spanish, every
// quote the verified English with our translation, links into /es/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { requireDist } from './harness.ts';
import { terms } from '../../src/lib/search-text.ts';

const dist = requireDist();
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

interface EventJson {
  id: string; title: string; summary: string; label: string; url: string;
  citations: { quote: string; sourcePage: string; translation?: string; provenance: { text: string } }[];
}
const english = (JSON.parse(read('data/events.json')) as { events: EventJson[] }).events;
const spanishFile = JSON.parse(read('es/data/events.json')) as { events: EventJson[] };
const spanish = spanishFile.events;
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

test('es/data/events.json validates against es/data/events.schema.json, and not without its translations', () => {
  const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  const validate = ajv.compile(JSON.parse(read('es/data/events.schema.json')));
  expect(validate(spanishFile), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const untranslated = { events: [{ ...spanish[0], citations: spanish[0]!.citations.map(({ translation: _t, ...c }) => c) }] };
  expect(validate(untranslated)).toBe(false);
  // The English file has no translations and its schema none either.
  expect(JSON.stringify(english)).not.toContain('"translation"');
  expect(read('data/events.schema.json')).not.toContain('translation');
});

test('the Spanish events are the English ones, in Spanish, with the English quotes', () => {
  expect(spanish.map((e) => e.id)).toEqual(english.map((e) => e.id));
  spanish.forEach((event, i) => {
    const en = english[i]!;
    expect(event.citations.map((c) => c.quote)).toEqual(en.citations.map((c) => c.quote));
    expect(event.url).toBe(en.url.replace(/\/events\//, '/es/events/'));
    for (const c of event.citations) {
      expect(c.translation).toMatch(/\p{L}/u);
      expect(c.sourcePage).toMatch(/\/es\/sources\//);
    }
    expect(event.label).not.toMatch(MONTHS);
  });
  const changed = (key: 'title' | 'summary') => spanish.filter((e, i) => e[key] !== english[i]![key]).length;
  expect(changed('title')).toBe(spanish.length);
  expect(changed('summary')).toBe(spanish.length);
});

test('the Spanish CSV files parse back to the Spanish events, with a translation column for citations', () => {
  const rows = parseCsv(read('es/data/events.csv'), { columns: true, bom: false }) as Record<string, string>[];
  expect(rows.map((r) => [r['id'], r['title'], r['label']])).toEqual(spanish.map((e) => [e.id, e.title, e.label]));
  const citations = parseCsv(read('es/data/citations.csv'), { columns: true, bom: false }) as Record<string, string>[];
  expect(citations.map((r) => r['translation'])).toEqual(spanish.flatMap((e) => e.citations.map((c) => c.translation)));
  expect(citations.map((r) => r['quote'])).toEqual(spanish.flatMap((e) => e.citations.map((c) => c.quote)));
});

test('es/data/events.ics parses, in Spanish, with UIDs of its own', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('es/data/events.ics')));
  const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(vevents.length).toBe(spanish.length);
  const englishUids = new Set(new ICAL.Component(ICAL.parse(read('data/events.ics'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid));
  for (const [i, v] of vevents.entries()) {
    expect(englishUids.has(v.uid)).toBe(false);
    expect(v.summary.startsWith(spanish[i]!.title)).toBe(true);
    expect(v.description).toMatch(/^[\s\S]*Fecha: /);
    expect(v.description).not.toMatch(/\bDate: |\bSources:|Permalink:/);
  }
});

test('es/feed.xml is a Spanish feed linking the Spanish pages', () => {
  const feed = read('es/feed.xml');
  expect(feed).toContain('<language>es</language>');
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThanOrEqual(spanish.length);
  expect(links.every((l) => l.includes('/es/events/'))).toBe(true);
  expect(feed).not.toMatch(/<title>Correction: /);
});

test('es/search-index.json indexes the Spanish texts', () => {
  // The index stores each field's words as the search compares them (lower case, accents folded).
  const words = terms(spanish[0]!.title).join(' ');
  expect(read('es/search-index.json')).toContain(words);
  expect(read('search-index.json')).not.toContain(words);
});

test('a chronology that lists its events on the home page ships no result cards in its indexes (a paged one does: tests/build/paged-build.test.ts)', () => {
  for (const file of ['search-index.json', 'es/search-index.json']) {
    const head = JSON.parse(read(file)) as { cards?: unknown; events: { id: string[] } };
    expect(head.events.id.length).toBeGreaterThan(0);
    expect(head.cards).toBeUndefined();
  }
});
