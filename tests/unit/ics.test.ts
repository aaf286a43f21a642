// iCalendar export: parsed back with ical.js; all-day spans honest to precision, escaping, folding, CRLF.
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { escapeIcsText, eventsToIcs, foldIcsLine, icsSummary, type IcsOptions } from '../../src/lib/ics.ts';
import type { EventRecord } from '../../src/lib/records.ts';
import { ABC_NEWS, SEATTLE_TIMES, eventRecord, type EventOptions } from './records-fixtures.ts';

const SOURCES = [ABC_NEWS, SEATTLE_TIMES];

/** An event record as the build makes it, citing ABC News unless told otherwise. */
const event = (id: string, date: string, title: string, options: EventOptions = {}) =>
  eventRecord(id, date, { sources: [ABC_NEWS.id], ...options, title });

const LONG_SUMMARY =
  'Gelernt called the practice “immoral and illegal”; the report, released Thursday, said Sessions’ office was the “driving force” — a finding about São Paulo-style naïveté, 👨‍👩‍👧 and \\ backslashes, repeated to be long: ' +
  'the bureaucratic chaos and trauma for families that resulted from the policy were not unanticipated consequences.';

const EVENTS: EventRecord[] = [
  event('2018-04-06-announcement', '2018-04-06', 'Zero tolerance announced'),
  event('2018-05-call', '2018-05', 'Conference call, with prosecutors; “take away children”', {
    summary: LONG_SUMMARY,
    sources: [ABC_NEWS.id, SEATTLE_TIMES.id, ABC_NEWS.id],
  }),
  event('2017-el-paso', '2017', 'A year-precise event'),
  event('2017-03-el-paso-initiative', '2017-03/2017-11', 'El Paso initiative'),
  event('2018-04-early', '2018-04', 'Early-April event', { part: 'early', dateNote: 'Counted back from a dated memo.' }),
  event('2018-06-around', '2018-06-20~', 'Approximate day'),
  event('2016-02-leap', '2016-02', 'Leap month'),
  event('2018-12-year-end', '2018-12-31', 'Last day of a year'),
];

const OPTIONS: IcsOptions = {
  calendarName: 'Zero Tolerance: A Chronology',
  host: 'example.org',
  siteUrl: 'https://example.org/timeline/',
  dtstamp: '2025-02-11T09:30:00Z',
};

const ICS = eventsToIcs(EVENTS, SOURCES, OPTIONS);
const CALENDAR = new ICAL.Component(ICAL.parse(ICS));
const PARSED = CALENDAR.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));

function parsedEvent(id: string) {
  const found = PARSED.find((p) => p.event.uid === `${id}@example.org`);
  if (!found) throw new Error(`no VEVENT for ${id}`);
  return found;
}

describe('eventsToIcs', () => {
  test('calendar properties', () => {
    expect(CALENDAR.getFirstPropertyValue('version')).toBe('2.0');
    expect(CALENDAR.getFirstPropertyValue('prodid')).toBe('-//example.org//chronology//EN');
    // ical.js does not unescape unknown X- properties, so this name has nothing to escape.
    expect(CALENDAR.getFirstPropertyValue('x-wr-calname')).toBe('Zero Tolerance: A Chronology');
    expect(PARSED.map((p) => p.event.uid)).toEqual(EVENTS.map((e) => `${e.id}@example.org`));
  });

  test.each([
    ['2018-04-06-announcement', '2018-04-06', '2018-04-07', 'Zero tolerance announced'],
    ['2018-05-call', '2018-05-01', '2018-06-01', 'Conference call, with prosecutors; “take away children” (May 2018; the day is not known)'],
    ['2017-el-paso', '2017-01-01', '2018-01-01', 'A year-precise event (2017; the month and day are not known)'],
    ['2017-03-el-paso-initiative', '2017-03-01', '2017-12-01', 'El Paso initiative (March–November 2017; the exact days are not known)'],
    ['2018-04-early', '2018-04-01', '2018-05-01', 'Early-April event (early April 2018; the day is not known)'],
    ['2018-06-around', '2018-06-20', '2018-06-21', 'Approximate day (around June 20, 2018)'],
    ['2016-02-leap', '2016-02-01', '2016-03-01', 'Leap month (February 2016; the day is not known)'],
    ['2018-12-year-end', '2018-12-31', '2019-01-01', 'Last day of a year'],
  ])('%s: all day from %s to %s (exclusive), "%s"', (id, start, end, summary) => {
    const { event, component } = parsedEvent(id);
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
    expect(event.summary).toBe(summary);
    expect(component.getFirstPropertyValue('url')).toBe(`https://example.org/timeline/events/${id}/`);
    expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-02-11T09:30:00Z');
  });

  test('description: summary, precision, each source once with its URL, permalink; non-ASCII and escapes intact', () => {
    expect(parsedEvent('2018-05-call').event.description).toBe(
      [
        LONG_SUMMARY,
        'Date: May 2018. The sources give the month, not the day.',
        [
          'Sources:',
          "- ABC News, “Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report”, January 14, 2021: https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201",
          "- The Seattle Times (from The Washington Post), “Sessions pushed Trump's border policy despite warnings, Justice Department review finds”, January 14, 2021: https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/",
        ].join('\n'),
        'Permalink: https://example.org/timeline/events/2018-05-call/',
      ].join('\n\n'),
    );
  });

  test('description carries the date note', () => {
    expect(parsedEvent('2018-04-early').event.description).toContain(
      'Date: early April 2018. The sources say “early April 2018”, not a day. Counted back from a dated memo.',
    );
  });

  test('every line ends in CRLF, is at most 75 octets and holds whole characters', () => {
    expect(ICS.endsWith('\r\n')).toBe(true);
    expect(ICS.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ICS.slice(0, -2).split('\r\n');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(loneSurrogate);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  test('same input, same output', () => {
    expect(eventsToIcs(EVENTS, SOURCES, OPTIONS)).toBe(ICS);
    expect(eventsToIcs(EVENTS, SOURCES, { ...OPTIONS, dtstamp: new Date('2025-02-11T09:30:00Z') })).toBe(ICS);
  });

  test('calendar description, when given', () => {
    const text = eventsToIcs([], SOURCES, { ...OPTIONS, calendarDescription: 'Dates, with sources' });
    expect(text).toContain('X-WR-CALDESC:Dates\\, with sources\r\n');
  });

  test('a bad build time is refused', () => {
    expect(() => eventsToIcs(EVENTS, SOURCES, { ...OPTIONS, dtstamp: 'yesterday' })).toThrow('not a timestamp');
  });
});

describe('escapeIcsText', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['café: “x”', 'café: “x”'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeIcsText(text)).toBe(escaped);
  });
});

describe('foldIcsLine', () => {
  test.each([
    ['ASCII', 'x'.repeat(200), [75, 75, 52]],
    ['two-byte', 'é'.repeat(80), [74, 75, 13]],
    ['three-byte', '“'.repeat(60), [75, 73, 34]],
    ['four-byte', '👍'.repeat(40), [72, 73, 17]],
    ['short', 'SUMMARY:hi', [10]],
    ['exactly 75', 'y'.repeat(75), [75]],
  ])('%s: octets per physical line %j', (_kind, line, octets) => {
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    expect(physical.map((l) => new TextEncoder().encode(l).length)).toEqual(octets);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // Unfolding (RFC 5545 3.1) gives back the line.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('icsSummary', () => {
  test('an exact day is the title alone', () => {
    expect(icsSummary(event('a', '2018-04-06', 'Title'))).toBe('Title');
  });

  test('a span of exact days gives the span without a caveat', () => {
    expect(icsSummary(event('a', '2018-04-06/2018-06-20', 'Title'))).toBe('Title (April 6 – June 20, 2018)');
  });

  test('an uncertain day says so', () => {
    expect(icsSummary(event('a', '2018-04-06?', 'Title'))).toBe('Title (April 6, 2018 (uncertain))');
  });
});

describe('foldIcsLine at the 75-octet boundaries', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');
  const unfold = (s: string) => s.replace(/\r\n /g, '');
  test.each([1, 74, 75, 76, 148, 149, 150, 151, 1000])('an ASCII line of %i characters', (n) => {
    const line = Array.from({ length: n }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
    const folded = foldIcsLine(line);
    expect(unfold(folded)).toBe(line);
    const parts = folded.split('\r\n');
    expect(octets(parts[0]!)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).toBe(true);
      expect(octets(part)).toBeLessThanOrEqual(75);
    }
    // Folded only where it must be: as few lines as 75 octets (74 after the first) allow.
    expect(parts.length).toBe(n <= 75 ? 1 : 1 + Math.ceil((n - 75) / 74));
  });

  test.each([
    ['an ASCII line with one accent at the end', `${'a'.repeat(74)}é`],
    ['an accent across the boundary', `${'a'.repeat(74)}éé${'b'.repeat(80)}`],
    ['emoji', '👨‍👩‍👧'.repeat(30)],
  ])('%s folds on whole characters within 75 octets', (_name, line) => {
    const folded = foldIcsLine(line);
    expect(unfold(folded)).toBe(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
  });
});
