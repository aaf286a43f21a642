// Event dates: parsing the EDTF subset, bounds, words, precision sentences and order.
import { describe, expect, test } from 'vitest';
import { MONTH_PARTS, compareEventDates, describePrecision, formatPointLabel, formatPublished, parseEventDate, publicationDay, sortKey, type EventDate } from '../../src/lib/dates.ts';

function parsed(text: string, part?: 'early' | 'mid' | 'late'): EventDate {
  const result = parseEventDate(text, part);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.date;
}

describe('parseEventDate', () => {
  test.each([
    ['2018-04-06', undefined, 'day', '2018-04-06', '2018-04-06', 'April 6, 2018'],
    ['2018-05', undefined, 'month', '2018-05-01', '2018-05-31', 'May 2018'],
    ['2017', undefined, 'year', '2017-01-01', '2017-12-31', '2017'],
    ['2018-04', 'early', 'month', '2018-04-01', '2018-04-30', 'early April 2018'],
    ['2018-04', 'late', 'month', '2018-04-01', '2018-04-30', 'late April 2018'],
    ['2017-03/2017-11', undefined, 'interval', '2017-03-01', '2017-11-30', 'March–November 2017'],
    ['2018-04-06/2018-06', undefined, 'interval', '2018-04-06', '2018-06-30', 'April 6 – June 2018'],
    ['2017-02/2018-11', undefined, 'interval', '2017-02-01', '2018-11-30', 'February 2017–November 2018'],
    ['2018-06~', undefined, 'month', '2018-06-01', '2018-06-30', 'around June 2018'],
    ['2019?', undefined, 'year', '2019-01-01', '2019-12-31', '2019 (uncertain)'],
    ['2016-02', undefined, 'month', '2016-02-01', '2016-02-29', 'February 2016'],
  ] as const)('%s (%s) is %s from %s to %s, "%s"', (text, part, precision, start, end, label) => {
    const date = parsed(text, part);
    expect(date).toMatchObject({ precision, start, end, label });
  });

  test.each([
    ['', 'the date is empty'],
    ['2018-02-30', 'not a real calendar date'],
    ['2018-13', 'not a real calendar date'],
    ['May 2018', 'not a date in the supported EDTF forms'],
    ['2018-04-06T10:00', 'a time of day is more precise'],
    ['2018-11/2017-03', 'ends (2017-03) before it starts (2018-11)'],
    ['2017/2018/2019', 'more than one "/"'],
    ['2018-21', 'not a real calendar date'],
  ])('refuses %j: %s', (text, message) => {
    const result = parseEventDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.fix.length).toBeGreaterThan(10);
    }
  });

  test.each([
    ['2018-04-06', 'early'],
    ['2018', 'late'],
    ['2018-03/2018-05', 'mid'],
  ] as const)('refuses a part of a month on %s', (text, part) => {
    const result = parseEventDate(text, part);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('only qualifies a single month');
  });
});

describe('describePrecision', () => {
  test.each([
    ['2018-04-06', undefined, 'The sources give the day.'],
    ['2018-05', undefined, 'The sources give the month, not the day.'],
    ['2017', undefined, 'The sources give the year, not the month or day.'],
    ['2018-04', 'early', 'The sources say “early April 2018”, not a day.'],
    ['2017-03/2017-11', undefined, 'The sources give a span, from March 2017 to November 2017, not a single day.'],
    ['2018-06~', undefined, 'The sources give the month, not the day. The date is approximate.'],
  ] as const)('%s', (text, part, sentence) => {
    expect(describePrecision(parsed(text, part))).toBe(sentence);
  });
});

describe('compareEventDates', () => {
  test('a date known only to the month or year comes after the dated events of that month or year', () => {
    const texts = ['2018-05-10', '2018-05', '2017-03/2017-11', '2018-05-01', '2017', '2018-04-06', '2018-04', '2017-12-31', '2018~/2021-01-14'];
    const sorted = texts.map((t) => parsed(t)).sort(compareEventDates).map((d) => d.edtf);
    expect(sorted).toEqual(['2017-03/2017-11', '2017-12-31', '2017', '2018-04-06', '2018-04', '2018-05-01', '2018-05-10', '2018-05', '2018~/2021-01-14']);
  });

  test('a part of a month sorts after the days of that part', () => {
    const dates = [parsed('2018-04', 'late'), parsed('2018-04-25'), parsed('2018-04-06'), parsed('2018-04', 'early'), parsed('2018-04', 'mid'), parsed('2018-04-10')];
    expect(dates.sort(compareEventDates).map((d) => d.label)).toEqual(['April 6, 2018', 'April 10, 2018', 'early April 2018', 'mid-April 2018', 'April 25, 2018', 'late April 2018']);
  });

  test('a whole month comes after the late part of it', () => {
    const dates = [parsed('2018-04~'), parsed('2018-04', 'late')];
    expect(dates.sort(compareEventDates).map((d) => d.label)).toEqual(['late April 2018', 'around April 2018']);
  });

  test('on the same first day, a single day comes before a span that starts on it', () => {
    const dates = [parsed('2018-04-06/2018-06~'), parsed('2018-04-06')];
    expect(dates.sort(compareEventDates).map((d) => d.edtf)).toEqual(['2018-04-06', '2018-04-06/2018-06~']);
  });

  test('sortKey is the last day the first point could be', () => {
    expect(sortKey(parsed('2017'))).toBe('2017-12-31');
    expect(sortKey(parsed('2016-02'))).toBe('2016-02-29');
    expect(sortKey(parsed('2018-04', 'early'))).toBe('2018-04-10');
    expect(sortKey(parsed('2017-03/2017-11'))).toBe('2017-03-31');
  });
});

describe('parseEventDate parses each date once', () => {
  test('the same text and part give the same frozen result; a different part is parsed anew', () => {
    const first = parseEventDate('2018-04');
    expect(parseEventDate('2018-04')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (!first.ok) throw new Error('2018-04 should parse');
    expect(Object.isFrozen(first.date.from)).toBe(true);
    const early = parseEventDate('2018-04', 'early');
    expect(early).not.toBe(first);
    expect(early.ok && early.date.label).toBe('early April 2018');
    expect(parseEventDate('2018-13')).toBe(parseEventDate('2018-13'));
  });
});

describe('parseEventDate, in full', () => {
  const EXAMPLES = 'write a day "2018-04-06", a month "2018-05", a year "2017", or a span "2017-03/2017-11" (add ~ for approximate, ? for uncertain)';

  test('a qualified span: both points, each with its own precision and qualifier', () => {
    const date = parsed(' 2017-03~/2017-11? ');
    expect(date).toEqual({
      edtf: '2017-03~/2017-11?',
      from: { text: '2017-03', precision: 'month', start: '2017-03-01', end: '2017-03-31', approximate: true, uncertain: false },
      to: { text: '2017-11', precision: 'month', start: '2017-11-01', end: '2017-11-30', approximate: false, uncertain: true },
      start: '2017-03-01',
      end: '2017-11-30',
      precision: 'interval',
      approximate: true,
      uncertain: true,
      label: 'around March–November 2017 (uncertain)',
    });
  });

  test('a single date has no end point and no part unless given', () => {
    const date = parsed('2018-06-20%');
    expect(date).toMatchObject({ approximate: true, uncertain: true, label: 'around June 20, 2018 (uncertain)', precision: 'day' });
    expect(date.from).toEqual({ text: '2018-06-20', precision: 'day', start: '2018-06-20', end: '2018-06-20', approximate: true, uncertain: true });
    expect('to' in date).toBe(false);
    expect('part' in date).toBe(false);
    expect(parsed('2018-04', 'mid')).toMatchObject({ part: 'mid', label: 'mid-April 2018' });
    expect(parsed('2018-04~', 'early').label).toBe('around early April 2018');
    expect(parsed('2018-04-06?').uncertain).toBe(true);
    expect(parsed('2018-04-06?').approximate).toBe(false);
    expect(parsed('2018-12')).toMatchObject({ start: '2018-12-01', end: '2018-12-31' });
  });

  test.each([
    ['2017/2018', '2017–2018'],
    ['2017/2017-05', '2017–May 2017'],
    ['2018-04-06/2018-04-09', 'April 6 – April 9, 2018'],
    ['2018-04/2018-04-09', 'April – April 9, 2018'],
    ['2018-05-01/2018-05-01', 'May 1 – May 1, 2018'],
    ['2017-12~/2018-01', 'around December 2017–January 2018'],
  ])('span %s reads "%s"', (text, label) => {
    expect(parsed(text).label).toBe(label);
  });

  test.each([
    ['', { message: 'the date is empty', fix: EXAMPLES }],
    ['2018-02-30', { message: '"2018-02-30" is not a real calendar date', fix: EXAMPLES }],
    ['2018-13', { message: '"2018-13" is not a real calendar date', fix: EXAMPLES }],
    ['May 2018', { message: '"May 2018" is not a date in the supported EDTF forms', fix: EXAMPLES }],
    ['2018-04-06T10:00', { message: 'a time of day is more precise than an event date may be (got "2018-04-06T10:00")', fix: EXAMPLES }],
    ['2018/May', { message: '"May" is not a date in the supported EDTF forms', fix: EXAMPLES }],
    ['2018/2019-02-30', { message: '"2019-02-30" is not a real calendar date', fix: EXAMPLES }],
    ['2017/2018/2019', { message: '"2017/2018/2019" has more than one "/"', fix: EXAMPLES }],
    ['2018-11/2017-03', { message: 'the span ends (2017-03) before it starts (2018-11)', fix: 'put the earlier date first: "START/END"' }],
  ])('refuses %j with its message and fix', (text, expected) => {
    expect(parseEventDate(text)).toEqual({ ok: false, ...expected });
  });

  test('a part needs a single month and must be early, mid or late', () => {
    expect(parseEventDate('2018-04-06', 'early')).toEqual({
      ok: false,
      message: '"part: early" only qualifies a single month, but the date is "2018-04-06"',
      fix: 'use a month such as "2018-04" with the part, or remove the part',
    });
    expect(parseEventDate('2018-04', 'middle' as 'mid')).toEqual({ ok: false, message: '"middle" is not a part of a month', fix: 'write part: early, mid or late' });
    expect(MONTH_PARTS).toEqual(['early', 'mid', 'late']);
  });
});

describe('words for dates', () => {
  test('formatPointLabel with and without the year', () => {
    const { from: day } = parsed('2018-04-06');
    const { from: month } = parsed('2018-04');
    const { from: year } = parsed('2018');
    expect([day, month, year].map((p) => formatPointLabel(p))).toEqual(['April 6, 2018', 'April 2018', '2018']);
    expect([day, month, year].map((p) => formatPointLabel(p, { year: false }))).toEqual(['April 6', 'April', '2018']);
  });

  test.each([
    ['2019?', undefined, 'The sources give the year, not the month or day. The date is uncertain.'],
    ['2018-06-02%', undefined, 'The sources give the day. The date is approximate.'],
    ['2017-03~/2017-11', undefined, 'The sources give a span, from March 2017 to November 2017, not a single day. The date is approximate.'],
    ['2018-04?', 'late', 'The sources say “late April 2018 (uncertain)”, not a day. The date is uncertain.'],
  ] as const)('describePrecision %s %s', (text, part, sentence) => {
    expect(describePrecision(parsed(text, part))).toBe(sentence);
  });

  test('publication days and dates in words', () => {
    expect(publicationDay('2021-01-14T20:32')).toBe('2021-01-14');
    expect(publicationDay('2020-10-07')).toBe('2020-10-07');
    expect(formatPublished('2021-01-14T20:32')).toBe('January 14, 2021');
    expect(formatPublished('2020-10-07')).toBe('October 7, 2020');
  });
});

describe('compareEventDates, tie-breaks', () => {
  test('by the last day a date could be: the earlier end first; on the same bounds, the narrower date first; equal is 0', () => {
    expect(compareEventDates(parsed('2018-05'), parsed('2018-05/2018-07'))).toBeLessThan(0);
    expect(compareEventDates(parsed('2018-05/2018-07'), parsed('2018-05'))).toBeGreaterThan(0);
    expect(compareEventDates(parsed('2018'), parsed('2018-01/2018-12'))).toBeGreaterThan(0);
    expect(compareEventDates(parsed('2018-01/2018-12'), parsed('2018'))).toBeLessThan(0);
    expect(compareEventDates(parsed('2018-05'), parsed('2018-05'))).toBe(0);
    expect(compareEventDates(parsed('2018-05-02'), parsed('2018-05-01'))).toBeGreaterThan(0);
    // "mid-April" could run to April 20: it comes after April 11 and after April 10.
    expect(compareEventDates(parsed('2018-04', 'mid'), parsed('2018-04-11'))).toBeGreaterThan(0);
    expect(compareEventDates(parsed('2018-04-10'), parsed('2018-04', 'mid'))).toBeLessThan(0);
  });
});
