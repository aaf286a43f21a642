// Timeline logic: grouping, neighbours, years, quoted passages, reading time and the overview layout.
import { describe, expect, test } from 'vitest';
import { machineDate, outletName, precisionBadge } from '../../src/lib/labels.ts';
import type { Chronology } from '../../src/lib/records.ts';
import {
  eventYears,
  findNeighbours,
  findQuotedPassages,
  groupEventsByMonth,
  listOrder,
  listYears,
  locateQuote,
  readingMinutes,
  splitByPassages,
} from '../../src/lib/timeline.ts';
import { SEATTLE_TIMES, UPI, eventRecord } from './records-fixtures.ts';

const event = (id: string, date: string) => eventRecord(id, date, { title: id, summary: '' });

// In chronological order (as buildChronology sorts them): a year or month only after its dated events.
const events = [
  event('2017-03-span', '2017-03/2017-11'),
  event('2017-x', '2017'),
  event('2018-05-02-day', '2018-05-02'),
  event('2018-05-month', '2018-05'),
  event('2018-06-approx', '2018-06~'),
];

describe('groupEventsByMonth', () => {
  test('groups by year then month, a year-only event after every month of its year', () => {
    const groups = groupEventsByMonth(events);
    expect(groups.map((y) => [y.year, y.months.map((m) => [m.label, m.events.map((e) => e.id)])])).toEqual([
      ['2017', [['March 2017', ['2017-03-span']], ['2017, month not given', ['2017-x']]]],
      ['2018', [['May 2018', ['2018-05-02-day', '2018-05-month']], ['June 2018', ['2018-06-approx']]]],
    ]);
  });
  test('an empty chronology has no groups', () => {
    expect(groupEventsByMonth([])).toEqual([]);
  });
  // Months in order, a year's "month not given" group last; within a group, the order given.
  test.each([
    ['in order already', events.map((e) => e.id), ['2017-03-span', '2017-x', '2018-05-02-day', '2018-05-month', '2018-06-approx']],
    ['reversed', [...events].reverse().map((e) => e.id), ['2017-03-span', '2017-x', '2018-05-month', '2018-05-02-day', '2018-06-approx']],
    ['a year-only event first', ['2017-x', '2018-06-approx', '2017-03-span', '2018-05-02-day', '2018-05-month'], ['2017-03-span', '2017-x', '2018-05-02-day', '2018-05-month', '2018-06-approx']],
  ])('listOrder, given the events %s, is the grouped list read top to bottom', (_, ids, expected) => {
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(listOrder(ids.map((id) => byId.get(id)!)).map((e) => e.id)).toEqual(expected);
  });
});

test.each([
  ['2017-03-span', undefined, '2017-x'],
  ['2018-05-month', '2018-05-02-day', '2018-06-approx'],
  ['2018-06-approx', '2018-05-month', undefined],
])('neighbours of %s are %s and %s', (id, previous, next) => {
  const found = findNeighbours(events, id);
  expect(found.previous?.id).toBe(previous);
  expect(found.next?.id).toBe(next);
});

test('a span counts in every year it covers', () => {
  expect(eventYears(event('a', '2017-11/2019-02'))).toEqual(['2017', '2018', '2019']);
  expect(listYears([...events, event('b', '2021-01-14')])).toEqual(['2017', '2018', '2021']);
});

test.each([
  [0, 1], [229, 1], [690, 3], [1380, 6],
])('%i words read in about %i min', (words, minutes) => {
  expect(readingMinutes(words)).toBe(minutes);
});

describe('quoted passages', () => {
  test.each([
    ['He said “we need to take away children,” the report noted.', '"we need to take away children,"', 'said '.length + 3],
    ['A  wrapped\ntext here', 'wrapped text', 3],
    ['Sessions’s role', "Sessions's role", 0],
  ])('locates %j', (text, quote, start) => {
    const span = locateQuote(text, quote);
    expect(span?.start).toBe(start);
  });

  test('the located span covers the quote in the original text', () => {
    const text = 'He told U.S. Attorneys, “we need to take away children; if care about kids.”';
    const span = locateQuote(text, '"we need to take away children;')!;
    expect(text.slice(span.start, span.end)).toBe('“we need to take away children;');
    expect(locateQuote(text, 'not there')).toBeUndefined();
  });

  test('overlapping quotes merge, and every quoting event is kept', () => {
    const chronology: Chronology = {
      events: [
        { ...event('a', '2018'), citations: [{ source: 's', quote: 'one two three', paragraph: 1, url: '', provenance: { kind: 'outlet' as const } }] },
        { ...event('b', '2018'), citations: [{ source: 's', quote: 'three four', paragraph: 1, url: '', provenance: { kind: 'outlet' as const } }, { source: 's', quote: 'six', paragraph: 2, url: '', provenance: { kind: 'outlet' as const } }] },
      ],
      sources: [{ id: 's', outlet: 'O', headline: 'H', published: '2019-01-01', url: 'https://o.example', paragraphs: ['zero one two three four five', 'six'] }],
      actors: [], themes: [], disputes: [], periods: [],
    };
    const passages = findQuotedPassages(chronology, 's');
    expect(passages.get(1)).toEqual([{ start: 5, end: 23, eventIds: ['a', 'b'] }]);
    expect(splitByPassages('zero one two three four five', passages.get(1)!).map((p) => [p.text, Boolean(p.passage)])).toEqual([
      ['zero ', false], ['one two three four', true], [' five', false],
    ]);
    expect(passages.get(2)?.[0]?.eventIds).toEqual(['b']);
  });
});

describe('labels', () => {
  test.each([
    ['2018-05', '2018-05'], ['2017-03/2017-11', '2017-03'], ['2018-06~', '2018-06'], ['2018-04-06', '2018-04-06'],
  ])('machine date of %s is %s', (edtf, value) => expect(machineDate(edtf)).toBe(value));
  test('badges mark every date that is not one known day', () => {
    expect(events.map((e) => precisionBadge(e)?.text)).toEqual(['span', 'year only', undefined, 'month only', 'approximate']);
  });
  test('a republished story names both outlets', () => {
    expect(outletName(SEATTLE_TIMES)).toBe('The Seattle Times (from The Washington Post)');
    expect(outletName(UPI)).toBe('UPI');
  });
});
describe('eventYears', () => {
  test('every year a date touches, a span counting in each', () => {
    expect(eventYears({ start: '2017-03-01', end: '2019-02-28' })).toEqual(['2017', '2018', '2019']);
    expect(eventYears({ start: '2018-05-01', end: '2018-05-31' })).toEqual(['2018']);
  });
});
