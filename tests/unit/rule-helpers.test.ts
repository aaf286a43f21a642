// The small helpers the date and quote rules rest on, as tables.
import { describe, expect, test } from 'vitest';
import { isRealDay, isRealIsoDay, parseEventDate, weekdayOf } from '../../src/lib/dates.ts';
import { quotesSupportPrecision } from '../../src/lib/rules/dates.ts';
import { onWordBoundaries } from '../../src/lib/rules/quotes.ts';

describe('calendar days', () => {
  test.each([
    [2020, 2, 29, true], [2019, 2, 29, false], [1900, 2, 29, false], [2000, 2, 29, true],
    [2018, 4, 31, false], [2018, 4, 30, true], [2018, 13, 1, false], [2018, 0, 1, false], [2018, 1, 0, false],
  ])('%i-%i-%i is real: %s', (y, m, d, real) => {
    expect(isRealDay(y, m, d)).toBe(real);
  });
  test.each([['2026-02-29', false], ['2024-02-29', true], ['0999-01-01', false], ['3000-01-01', false], ['2021-1-01', false]])('%s is a real ISO day: %s', (text, real) => {
    expect(isRealIsoDay(text)).toBe(real);
  });
  test('weekdays are counted in the day\'s own calendar', () => {
    expect(weekdayOf('2020-03-09')).toBe(1); // a Monday
    expect(weekdayOf('2021-01-14')).toBe(4); // a Thursday
  });
});

describe('a weekday, "today" or "yesterday" gives a day only when it is that day', () => {
  const day = (text: string) => {
    const parsed = parseEventDate(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.date;
  };
  test.each([
    ['2020-03-09', 'closed on Monday', undefined, true],
    ['2020-03-09', 'closed on Tuesday', undefined, false],
    ['2020-03-10', 'met yesterday', '2020-03-11', true],
    ['2020-03-10', 'met yesterday', '2020-03-12', false],
    ['2020-03-11', 'released today', '2020-03-11', true],
    ['2020-03-11', 'released today', undefined, false],
    ['2019-06/2019-08', 'from June through August 2019', undefined, true],
    ['2019-06/2019-08-15', 'from June through August 2019', undefined, false],
    ['2019-06-03/2019-08', 'from June through August 2019', undefined, false],
  ])('%s with %j (published %s): %s', (date, quote, published, ok) => {
    expect(quotesSupportPrecision(day(date), [{ quote, published }])).toBe(ok);
  });
});

describe('quotes on word boundaries', () => {
  const paragraph = 'The council shut the Old Bridge this week, “finally.”';
  test.each([
    ['council shut', true], ['ouncil shut', false], ['council shu', false], ['Bridge this week,', true],
    ['“finally.”', true], ['finally', true], [', “finally', true], ['he council', false],
  ])('%j: %s', (quote, ok) => {
    expect(onWordBoundaries(paragraph, quote)).toBe(ok);
  });
});
