// CSV downloads: RFC 4180 quoting and line endings, and a round trip through csv-parse.
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { citationsToCsv, csvField, eventsToCsv, toCsv, CITATION_COLUMNS, EVENT_COLUMNS } from '../../src/lib/csv.ts';
import type { EventRecord, SourceRecord } from '../../src/lib/records.ts';

const TRICKY = [
  'plain',
  'comma, inside',
  'a "quoted" word',
  '"starts and ends with quotes"',
  'line one\nline two',
  'windows\r\nline',
  'lone\rcarriage return',
  '  leading and trailing spaces  ',
  'emoji 👨‍👩‍👧 and accents: Peña, café',
  '“curly” – dash — and ’apostrophe’',
  '=SUM(A1:A2)',
  '',
];

const SOURCES: SourceRecord[] = [
  {
    id: 'abc-news-2021-01-14',
    outlet: 'ABC News',
    headline: "Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report",
    published: '2021-01-14T20:32',
    url: 'https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201',
    paragraphs: [],
  },
  {
    id: 'seattle-times-2021-01-14',
    outlet: 'The Seattle Times',
    republishedFrom: 'The Washington Post',
    headline: "Sessions pushed Trump's border policy despite warnings, Justice Department review finds",
    published: '2021-01-14',
    url: 'https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/',
    paragraphs: [],
  },
];

function event(id: string, overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}`,
    date: '2018-05',
    start: '2018-05-01',
    end: '2018-05-31',
    precision: 'month',
    approximate: false,
    label: 'May 2018',
    actors: ['jeff-sessions', 'doj'],
    tags: ['prosecution'],
    url: `/events/${id}/`,
    citations: [],
    ...overrides,
  };
}

const EVENTS: EventRecord[] = [
  event('2018-05-call', {
    title: 'Call: “We need to take away children,” he said',
    summary: 'Line one, with a comma.\nLine two with "straight" quotes & an emoji 🇺🇸.',
    citations: [
      {
        source: 'abc-news-2021-01-14',
        quote: 'Sessions assured U.S. attorneys on the border that families could be "immediately" reunited',
        paragraph: 9,
        url: SOURCES[0]!.url,
      },
      {
        source: 'seattle-times-2021-01-14',
        quote: '“we need to take children away,”',
        paragraph: 5,
        url: SOURCES[1]!.url,
      },
    ],
  }),
  event('2017-03-el-paso', {
    date: '2017-03/2017-11',
    start: '2017-03-01',
    end: '2017-11-30',
    precision: 'interval',
    label: 'March–November 2017',
    actors: [],
    tags: [],
    citations: [
      { source: 'abc-news-2021-01-14', quote: 'Conducted from March through November of 2017,\r\nthe "initiative"', paragraph: 2, url: SOURCES[0]!.url },
    ],
  }),
  ...TRICKY.map((text, i) => event(`2018-06-tricky-${i}`, { title: text, summary: text })),
];

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
    ['  spaced  ', '  spaced  '],
    ['café 👍', 'café 👍'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each([
    [12, '12'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  test('CRLF after every record, no byte-order mark', () => {
    const text = toCsv([['a', 'b'], ['1', 'x\ny']]);
    expect(text).toBe('a,b\r\n1,"x\ny"\r\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('eventsToCsv', () => {
  const text = eventsToCsv(EVENTS);
  const rows = parse(text, { columns: true }) as Record<string, string>[];

  test('header, CRLF records, no BOM', () => {
    expect(text.startsWith(`${EVENT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('one row per event, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(EVENTS.map((e) => e.id));
  });

  test.each(EVENTS.map((e, i) => [e.id, i] as const))('%s parses back equal', (_id, i) => {
    const e = EVENTS[i]!;
    expect(rows[i]).toEqual({
      id: e.id,
      date: e.date,
      start: e.start,
      end: e.end,
      precision: e.precision,
      label: e.label,
      title: e.title,
      summary: e.summary,
      actors: e.actors.join(';'),
      tags: e.tags.join(';'),
      url: e.url,
    });
  });

  test('absolute permalinks when a site root is given', () => {
    const withSite = parse(eventsToCsv(EVENTS.slice(0, 1), { siteUrl: 'https://example.org/timeline/' }), { columns: true }) as Record<string, string>[];
    expect(withSite[0]?.url).toBe('https://example.org/timeline/events/2018-05-call/');
  });
});

describe('citationsToCsv', () => {
  const text = citationsToCsv(EVENTS, SOURCES);
  const rows = parse(text, { columns: true }) as Record<string, string>[];

  test('header', () => {
    expect(text.startsWith(`${CITATION_COLUMNS.join(',')}\r\n`)).toBe(true);
  });

  test('one row per citation, parsed back equal', () => {
    const expected = EVENTS.flatMap((e) =>
      e.citations.map((c) => ({
        event_id: e.id,
        source_id: c.source,
        outlet: SOURCES.find((s) => s.id === c.source)!.outlet,
        quote: c.quote,
        paragraph: String(c.paragraph),
        source_url: c.url,
      })),
    );
    expect(expected).toHaveLength(3);
    expect(rows).toEqual(expected);
  });

  test('an unknown source is a programming error', () => {
    const bad = event('x', { citations: [{ source: 'nope', quote: 'q', paragraph: 1, url: 'https://example.com' }] });
    expect(() => citationsToCsv([bad], SOURCES)).toThrow('unknown source "nope"');
  });
});
