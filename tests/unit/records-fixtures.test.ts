// The shared fixtures stay true to content/sources/*.md and build events the way the tests expect.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/node/load-content.ts';
import { REAL_SOURCES, eventRecord } from './records-fixtures.ts';

const folder = path.resolve(import.meta.dirname, '../../content/sources');
const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();

describe('REAL_SOURCES', () => {
  test('one record per file in content/sources, in file-name order', () => {
    expect(REAL_SOURCES.map((s) => `${s.id}.md`)).toEqual(files);
  });

  test.each(REAL_SOURCES.map((s) => [s.id, s] as const))('%s matches its frontmatter', (id, source) => {
    const parsed = parseFrontmatter(`${id}.md`, readFileSync(path.join(folder, `${id}.md`), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const { id: _id, paragraphs, ...metadata } = source;
    expect(metadata).toEqual(parsed.value.data);
    expect(paragraphs).toEqual([]);
  });
});

describe('eventRecord', () => {
  test('defaults: dates from parseEventDate, placeholder title and summary, no citations', () => {
    expect(eventRecord('2018-05-call', '2018-05')).toEqual({
      id: '2018-05-call',
      title: 'Title of 2018-05-call',
      summary: 'Summary of 2018-05-call.',
      date: '2018-05',
      start: '2018-05-01',
      end: '2018-05-31',
      precision: 'month',
      approximate: false,
      label: 'May 2018',
      when: expect.objectContaining({ edtf: '2018-05', label: 'May 2018', from: expect.objectContaining({ precision: 'month', text: '2018-05' }) }),
      sources: [],
      actors: [],
      tags: [],
      url: '/events/2018-05-call/',
      citations: [],
      corrections: [],
    });
  });

  test('a span, a part of a month and a date note', () => {
    expect(eventRecord('a', '2017-03/2017-11')).toMatchObject({ start: '2017-03-01', end: '2017-11-30', precision: 'interval', label: 'March–November 2017' });
    const early = eventRecord('b', '2018-04', { part: 'early', dateNote: 'Counted back.' });
    expect(early).toMatchObject({ part: 'early', dateNote: 'Counted back.', start: '2018-04-01', end: '2018-04-30', label: 'early April 2018' });
    expect('part' in eventRecord('c', '2018-04')).toBe(false);
  });

  test('sources become placeholder citations with the real URLs; citations win', () => {
    expect(eventRecord('a', '2018', { sources: ['upi-2021-01-14', 'nope'] }).citations).toEqual([
      { source: 'upi-2021-01-14', quote: 'quote 0', paragraph: 1, url: REAL_SOURCES[3]!.url, provenance: { kind: 'outlet' as const } },
      { source: 'nope', quote: 'quote 1', paragraph: 2, url: 'https://example.com', provenance: { kind: 'outlet' as const } },
    ]);
    expect(eventRecord('a', '2018', { sources: ['nope', 'upi-2021-01-14', 'nope'] }).sources).toEqual(['nope', 'upi-2021-01-14']);
    const citations = [{ source: 's', quote: 'q', paragraph: 3, url: '', provenance: { kind: 'outlet' as const } }];
    expect(eventRecord('a', '2018', { sources: ['upi-2021-01-14'], citations }).citations).toEqual(citations);
  });

  test('a date that is not EDTF throws', () => {
    expect(() => eventRecord('a', 'May 2018')).toThrow('May 2018');
  });
});
