// The corrections log: newest first, stable on ties, with anchors that match the event page.
import { describe, expect, test } from 'vitest';
import { correctionAnchor, listCorrections } from '../../src/lib/corrections.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { eventRecord } from './records-fixtures.ts';

const fix = (date: string, was: string) => ({ date, was, now: `fixed ${was}` });

describe('listCorrections', () => {
  const events = [
    eventRecord('2017-a', '2017', { corrections: [fix('2026-12-02', 'a1')] }),
    eventRecord('2018-b', '2018', { corrections: [fix('2025-01-10', 'b1'), fix('2026-12-02', 'b2')] }),
    eventRecord('2019-c', '2019'),
    eventRecord('2020-d', '2020', { corrections: [fix('2026-12-03', 'd1')] }),
  ];

  test('newest first; on the same day, in chronological order of the events, then each event\'s own order', () => {
    expect(listCorrections(events).map((e) => e.correction.was)).toEqual(['d1', 'a1', 'b2', 'b1']);
  });

  test('each entry keeps its index on its event, for the anchor', () => {
    const b2 = listCorrections(events).find((e) => e.correction.was === 'b2')!;
    expect(b2.event.id).toBe('2018-b');
    expect(correctionAnchor(b2.index)).toBe('correction-2');
  });

  test('no corrections, no entries', () => {
    expect(listCorrections([eventRecord('2019-c', '2019')])).toEqual([]);
  });
});

describe('correctionSchema', () => {
  test('accepts a dated correction', () => {
    expect(correctionSchema.safeParse(fix('2026-12-02', 'x')).success).toBe(true);
  });
  test.each([
    [{ date: '2026-12', was: 'x', now: 'y' }, 'date'],
    [{ date: '2026-13-01', was: 'x', now: 'y' }, 'date'],
    [{ date: '2026-12-02', was: '', now: 'y' }, 'was'],
    [{ date: '2026-12-02', was: 'x' }, 'now'],
  ])('refuses %j at %s', (value, field) => {
    const result = correctionSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([field]);
  });
  test('an event without corrections gets an empty list', () => {
    const parsed = eventSchema.parse({
      title: 't', date: '2018', summary: 's', citations: [{ source: 'x', quote: 'q', provenance: { kind: 'outlet' } }],
    });
    expect(parsed.corrections).toEqual([]);
  });
});
