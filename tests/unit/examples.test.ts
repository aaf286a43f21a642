// Examples for the method pages come from the content, never from the engine.
import { describe, expect, test } from 'vitest';
import { countInWords, dateExamples, eventIdPattern } from '../../src/lib/examples.ts';
import { eventRecord } from './records-fixtures.ts';

describe('dateExamples', () => {
  test('the first plain month, part of a month and span among the events', () => {
    const events = [
      eventRecord('a', '2019-02-03'),
      eventRecord('b', '2019-03~'),
      eventRecord('c', '2019-04', { part: 'late' }),
      eventRecord('d', '2019-05'),
      eventRecord('e', '2019-06/2019-08'),
      eventRecord('f', '2019-07'),
      eventRecord('g', '2020-01/2020-03'),
    ];
    expect(dateExamples(events)).toEqual({
      month: { label: 'May 2019', monthName: 'May', date: '2019-05' },
      part: 'Late April 2019',
      span: 'June–August 2019',
    });
  });

  test('approximate and uncertain dates are not examples; a story without them has none', () => {
    expect(dateExamples([eventRecord('a', '2019-05?'), eventRecord('b', '2019-04~/2019-06'), eventRecord('c', '2019-01-02')])).toEqual({});
    expect(dateExamples([])).toEqual({});
  });
});

describe('countInWords', () => {
  test('words to twelve, figures above', () => {
    expect([0, 1, 5, 12, 13, 39].map(countInWords)).toEqual(['no', 'one', 'five', 'twelve', '13', '39']);
  });
});

describe('eventIdPattern', () => {
  test('the date opening the first dated id, then an ellipsis', () => {
    expect(eventIdPattern([eventRecord('bridge', '2020'), eventRecord('2020-03-09-bridge-closed', '2020-03-09')])).toBe('2020-03-09-…');
    expect(eventIdPattern([eventRecord('2019-05-warning', '2019-05')])).toBe('2019-05-…');
    expect(eventIdPattern([eventRecord('2019-warning', '2019'), eventRecord('2019-05-call', '2019-05'), eventRecord('2019-06-02-memo', '2019-06-02')])).toBe('2019-06-02-…');
    expect(eventIdPattern([eventRecord('no-date', '2019')])).toBe('…');
  });
});
