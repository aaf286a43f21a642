// Spanish date labels and precision notes (date-fns `es`), beside the English ones they mirror.
import { describe, expect, test } from 'vitest';
import { describePrecision, formatDateLabel, formatPublished, parseEventDate, type MonthPart } from '../../src/lib/dates.ts';

function parsed(text: string, part?: MonthPart) {
  const result = parseEventDate(text, part);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe('Spanish date labels', () => {
  test.each([
    ['2018-04-06', undefined, '6 de abril de 2018', 'April 6, 2018'],
    ['2018-05', undefined, 'mayo de 2018', 'May 2018'],
    ['2017', undefined, '2017', '2017'],
    ['2018-04', 'early', 'principios de abril de 2018', 'early April 2018'],
    ['2018-04', 'mid', 'mediados de abril de 2018', 'mid-April 2018'],
    ['2018-04', 'late', 'finales de abril de 2018', 'late April 2018'],
    ['2018-06~', undefined, 'hacia junio de 2018', 'around June 2018'],
    ['2018-06?', undefined, 'junio de 2018 (fecha incierta)', 'June 2018 (uncertain)'],
    ['2017-03/2017-11', undefined, 'marzo–noviembre de 2017', 'March–November 2017'],
    ['2017-03/2018-11', undefined, 'marzo de 2017–noviembre de 2018', 'March 2017–November 2018'],
    ['2018-04-06/2018-06', undefined, '6 de abril – junio de 2018', 'April 6 – June 2018'],
    ['2018~/2020-09', undefined, 'hacia 2018–septiembre de 2020', 'around 2018–September 2020'],
  ] as const)('%s %s', (text, part, spanish, english) => {
    const date = parsed(text, part);
    expect(formatDateLabel(date, 'es')).toBe(spanish);
    expect(formatDateLabel(date, 'en')).toBe(english);
    expect(date.label).toBe(english);
  });

  test('publication dates', () => {
    expect(formatPublished('2021-01-14T20:32', 'es')).toBe('14 de enero de 2021');
    expect(formatPublished('2021-01-14')).toBe('January 14, 2021');
  });

  test.each([
    ['2018-04-06', undefined, 'Las fuentes dan el día.'],
    ['2018-05', undefined, 'Las fuentes dan el mes, no el día.'],
    ['2017~', undefined, 'Las fuentes dan el año, no el mes ni el día. La fecha es aproximada.'],
    ['2018-04', 'early', 'Las fuentes dicen “principios de abril de 2018”, no un día.'],
    ['2017-03/2017-11', undefined, 'Las fuentes dan un periodo, de marzo de 2017 a noviembre de 2017, no un solo día.'],
  ] as const)('precision note for %s %s', (text, part, note) => {
    expect(describePrecision(parsed(text, part), 'es')).toBe(note);
    expect(describePrecision(parsed(text, part))).not.toBe(note);
  });
});

describe('method-page examples in Spanish', async () => {
  const { dateExamples } = await import('../../src/lib/examples.ts');
  test('the month alone is named in the language asked for', () => {
    const when = parsed('2018-05');
    const event = { precision: 'month', when, label: 'mayo de 2018', date: '2018-05', approximate: false } as unknown as Parameters<typeof dateExamples>[0][number];
    expect(dateExamples([event], 'es').month).toEqual({ label: 'mayo de 2018', monthName: 'mayo', date: '2018-05' });
    expect(dateExamples([event]).month?.monthName).toBe('May');
  });
});
