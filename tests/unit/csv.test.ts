// CSV downloads: RFC 4180 quoting and line endings, and a round trip through csv-parse.
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { citationsToCsv, csvField, eventsToCsv, toCsv, CITATION_COLUMNS, EVENT_COLUMNS } from '../../src/lib/csv.ts';
import type { EventRecord } from '../../src/lib/records.ts';
import { ABC_NEWS, SEATTLE_TIMES, eventRecord } from './records-fixtures.ts';

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

const SOURCES = [ABC_NEWS, SEATTLE_TIMES];

/** Actors and tags on most events, so the `;`-joined columns have something to join. */
const LISTS = { actors: ['jeff-sessions', 'doj'], tags: ['prosecution'] };

const EVENTS: EventRecord[] = [
  eventRecord('2018-05-call', '2018-05', {
    ...LISTS,
    title: 'Call: “We need to take away children,” he said',
    summary: 'Line one, with a comma.\nLine two with "straight" quotes & an emoji 🇺🇸.',
    citations: [
      {
        source: 'abc-news-2021-01-14',
        quote: 'Sessions assured U.S. attorneys on the border that families could be "immediately" reunited',
        paragraph: 9,
        url: ABC_NEWS.url,
      },
      {
        source: 'seattle-times-2021-01-14',
        quote: '“we need to take children away,”',
        paragraph: 5,
        url: SEATTLE_TIMES.url,
      },
    ],
  }),
  eventRecord('2017-03-el-paso', '2017-03/2017-11', {
    citations: [
      { source: 'abc-news-2021-01-14', quote: 'Conducted from March through November of 2017,\r\nthe "initiative"', paragraph: 2, url: ABC_NEWS.url },
    ],
  }),
  ...TRICKY.map((text, i) => eventRecord(`2018-06-tricky-${i}`, '2018-05', { ...LISTS, title: text, summary: text })),
];

describe('csvField neutralises what a spreadsheet would run as a formula (OWASP)', () => {
  test.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    ['\tindent', `"'\tindent"`],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ['2018-04-06', '2018-04-06'],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
  test('numbers are numbers, not text to guard', () => {
    expect(csvField(-3)).toBe('-3');
  });
});

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

  /** What a reader of the CSV gets back: the text, with the apostrophe before a would-be formula. */
  const shown = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

  test.each(EVENTS.map((e, i) => [e.id, i] as const))('%s parses back equal', (_id, i) => {
    const e = EVENTS[i]!;
    expect(rows[i]).toEqual({
      id: e.id,
      date: e.date,
      start: e.start,
      end: e.end,
      precision: e.precision,
      label: e.label,
      title: shown(e.title),
      summary: shown(e.summary),
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
    const bad = eventRecord('x', '2018-05', { citations: [{ source: 'nope', quote: 'q', paragraph: 1, url: 'https://example.com' }] });
    expect(() => citationsToCsv([bad], SOURCES)).toThrow('unknown source "nope"');
  });
});
