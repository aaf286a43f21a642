// The built data files read back with real parsers: CSV, iCalendar, JSON against its schema,
// JSON-LD on pages, and every text fragment link against the quote it points at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { listPages, pageFile, pathInSite, requireDist } from './harness.ts';

const dist = requireDist();
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const eventsFile = JSON.parse(read('data/events.json')) as { events: EventJson[] };
const events = eventsFile.events;

interface EventJson {
  id: string; title: string; summary: string; date: string; start: string; end: string; precision: string; label: string;
  actors: string[]; tags: string[]; url: string;
  citations: { source: string; quote: string; paragraph: number; url: string; sourcePage: string }[];
}

function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

test('events.json validates against the published events.schema.json', () => {
  // ajv is CommonJS: its class arrives as the default export or on `.default`, depending on the loader.
  const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const addFormats = (a: typeof ajv) => a.addFormat('uri', /^https?:\/\/\S+$/);
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(read('data/events.schema.json')));
  const ok = validate(eventsFile);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  // The schema refuses what it should: a day where a string is expected, an unknown field.
  expect(validate({ events: [{ ...events[0], start: 20180406 }] })).toBe(false);
  expect(validate({ events: [{ ...events[0], extra: true }] })).toBe(false);
});

test('sources.json lists every cited source', () => {
  const { sources } = JSON.parse(read('data/sources.json')) as { sources: { id: string; url: string }[] };
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  expect(new Set(sources.map((s) => s.id))).toEqual(cited);
  for (const s of sources) expect(s.url).toMatch(/^https:\/\//);
});

describe('CSV', () => {
  test('events.csv parses back to the events of events.json', () => {
    const text = read('data/events.csv');
    expect(text.includes('\r\n')).toBe(true);
    const rows = parseCsv(text, { columns: true, bom: false }) as Record<string, string>[];
    expect(rows.map((r) => r['id'])).toEqual(events.map((e) => e.id));
    rows.forEach((row, i) => {
      const event = events[i]!;
      expect(row).toMatchObject({ date: event.date, start: event.start, end: event.end, precision: event.precision, label: event.label, title: event.title, summary: event.summary, url: event.url });
      expect(row['actors']!.split(';').filter(Boolean)).toEqual(event.actors);
      expect(row['tags']!.split(';').filter(Boolean)).toEqual(event.tags);
    });
  });
  test('citations.csv holds every citation with its exact quote', () => {
    const rows = parseCsv(read('data/citations.csv'), { columns: true }) as Record<string, string>[];
    const expected = events.flatMap((e) => e.citations.map((c) => [e.id, c.source, c.quote, String(c.paragraph)]));
    expect(rows.map((r) => [r['event_id'], r['source_id'], r['quote'], r['paragraph']])).toEqual(expected);
  });
});

describe('iCalendar', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('data/events.ics')));
  const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  test('one entry per event, with a stable unique id and the permalink', () => {
    expect(vevents.map((v) => v.uid.split('@')[0])).toEqual(events.map((e) => e.id));
    expect(new Set(vevents.map((v) => v.uid)).size).toBe(events.length);
    vevents.forEach((v, i) => expect(String(v.component.getFirstPropertyValue('url'))).toBe(events[i]!.url));
  });

  test('each entry spans exactly the days its date may be, and a month never pretends to a day', () => {
    vevents.forEach((v, i) => {
      const event = events[i]!;
      expect(v.startDate.isDate).toBe(true);
      expect(v.startDate.toString()).toBe(event.start);
      const lastDay = v.endDate.clone();
      lastDay.adjust(-1, 0, 0, 0);
      expect(lastDay.toString()).toBe(event.end);
      if (event.precision === 'month') expect(v.summary).toMatch(/the day is not known/);
    });
  });

  test('descriptions name the sources with their addresses', () => {
    vevents.forEach((v, i) => {
      for (const c of events[i]!.citations) expect(v.description).toContain(c.url);
    });
  });
});

describe('JSON-LD', () => {
  const blocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const pages = listPages();

  test('every event page carries an Event with honest dates and its articles as citations', () => {
    const eventPages = pages.filter((p) => p.startsWith('/events/'));
    expect(eventPages.length).toBe(events.length);
    for (const page of eventPages) {
      const [data] = blocks(readFileSync(pageFile(page), 'utf8'));
      const event = events.find((e) => page === `/events/${e.id}/`)!;
      expect(data, page).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: event.title });
      const start = String(data!['startDate']);
      if (event.precision === 'month') expect(start).toBe(event.start.slice(0, 7));
      if (event.precision === 'year') expect(start).toBe(event.start.slice(0, 4));
      if (event.precision === 'day') expect(start).toBe(event.start);
      const cited = data!['citation'] as { '@type': string; url: string; headline: string }[];
      expect(cited.length).toBeGreaterThan(0);
      for (const article of cited) expect(article).toMatchObject({ '@type': 'NewsArticle' });
    }
  });

  test('source pages carry a NewsArticle and /data/ a Dataset with every file', () => {
    for (const page of pages.filter((p) => /^\/sources\/[^/]+\/$/.test(p))) {
      const [data] = blocks(readFileSync(pageFile(page), 'utf8'));
      expect(data, page).toMatchObject({ '@type': 'NewsArticle' });
      expect(String(data!['datePublished'])).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
    const [dataset] = blocks(readFileSync(pageFile('/data/'), 'utf8'));
    expect(dataset).toMatchObject({ '@type': 'Dataset' });
    const downloads = (dataset!['distribution'] as { contentUrl: string }[]).map((d) => pathInSite(new URL(d.contentUrl).pathname));
    expect(downloads).toEqual(expect.arrayContaining(['/data/events.json', '/data/events.csv', '/data/events.ics']));
  });
});

test('every text fragment link, decoded, matches the start (and end) of its quote', () => {
  let checked = 0;
  for (const page of listPages().filter((p) => p.startsWith('/events/'))) {
    const html = readFileSync(pageFile(page), 'utf8');
    for (const figure of html.matchAll(/<figure class="citation">([\s\S]*?)<\/figure>/g)) {
      const quote = decodeEntities(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/.exec(figure[1]!)![1]!).replace(/\s+/g, ' ').trim();
      const href = decodeEntities(/href="([^"]*#:~:text=[^"]*)"/.exec(figure[1]!)![1]!);
      const directive = href.slice(href.indexOf(':~:text=') + ':~:text='.length);
      const [start, end, ...rest] = directive.split(',').map(decodeURIComponent);
      expect(rest).toEqual([]);
      expect(quote.startsWith(start!), `${page}: ${start} / ${quote}`).toBe(true);
      if (end !== undefined) expect(quote.endsWith(end), `${page}: ${end} / ${quote}`).toBe(true);
      checked += 1;
    }
  }
  expect(checked).toBe(events.reduce((n, e) => n + e.citations.length, 0));
});
