// The handout: one note per quoted source paragraph, each passage once; the short handout holds the key moments.
import { expect, test } from 'vitest';
import { buildHandout } from '../../src/lib/handout.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { HUFFPOST, UPI, eventRecord } from './records-fixtures.ts';

const cite = (source: string, paragraph: number, quote: string) => ({ source, paragraph, quote, url: 'https://example.org/', provenance: { kind: 'outlet' as const } });
const chronology: Chronology = {
  events: [
    { ...eventRecord('2018-04-06-a', '2018-04-06', { citations: [cite(UPI.id, 3, 'one'), cite(UPI.id, 3, 'two'), cite(HUFFPOST.id, 1, 'draft')] }), key: true },
    eventRecord('2018-05-b', '2018-05', { citations: [cite(UPI.id, 3, 'one'), cite(UPI.id, 7, 'seven')] }),
    { ...eventRecord('2021-01-14-c', '2021-01-14', { citations: [cite(UPI.id, 7, 'seven')] }), key: true },
  ],
  sources: [UPI, HUFFPOST],
  actors: [], themes: [], disputes: [], periods: [],
};

test('notes are grouped by source (in publication order) and paragraph, each passage given once', () => {
  const { notes, items } = buildHandout(chronology);
  expect(notes.map((n) => [n.number, n.source, n.paragraph, n.quotes, n.events])).toEqual([
    [1, HUFFPOST.id, 1, ['draft'], [1]],
    [2, UPI.id, 3, ['one', 'two'], [1, 2]],
    [3, UPI.id, 7, ['seven'], [2, 3]],
  ]);
  expect(items.map((i) => [i.number, i.notes])).toEqual([[1, [1, 2]], [2, [2, 3]], [3, [3]]]);
});

test('the short handout has the key moments only, numbered afresh, with only their notes', () => {
  const { notes, items } = buildHandout(chronology, { keyOnly: true });
  expect(items.map((i) => [i.number, i.event.id])).toEqual([[1, '2018-04-06-a'], [2, '2021-01-14-c']]);
  expect(notes.map((n) => [n.source, n.paragraph, n.events])).toEqual([[HUFFPOST.id, 1, [1]], [UPI.id, 3, [1]], [UPI.id, 7, [2]]]);
});
