// Event dates: parsing the EDTF subset, bounds, words, precision sentences and order.
import { describe, expect, test } from 'vitest';
import { compareEventDates, describePrecision, parseEventDate, type EventDate } from '../../src/lib/dates.ts';

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
  test('orders by start, broader first on the same start, and keeps day events in order', () => {
    const texts = ['2018-05-10', '2018-05', '2017-03/2017-11', '2018-05-01', '2017', '2018-04-06', '2018-04'];
    const sorted = texts.map((t) => parsed(t)).sort(compareEventDates).map((d) => d.edtf);
    expect(sorted).toEqual(['2017', '2017-03/2017-11', '2018-04', '2018-04-06', '2018-05', '2018-05-01', '2018-05-10']);
  });

  test('a part of a month sorts among that part of the month', () => {
    const dates = [parsed('2018-04', 'late'), parsed('2018-04-25'), parsed('2018-04-06'), parsed('2018-04', 'early'), parsed('2018-04', 'mid')];
    expect(dates.sort(compareEventDates).map((d) => d.label)).toEqual(['early April 2018', 'April 6, 2018', 'mid-April 2018', 'late April 2018', 'April 25, 2018']);
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
