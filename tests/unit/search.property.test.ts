// Search never throws: any string a user can type or paste gives a result, perhaps an empty one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SourceRecord } from '../../src/lib/records.ts';
import { buildSearchIndex, filterEvents, loadSearchIndex, markRanges, parseQuery } from '../../src/lib/search.ts';
import { eventRecord } from './records-fixtures.ts';

const event = (id: string, title: string, summary: string, quote: string) =>
  eventRecord(id, '2018-05', {
    title,
    summary,
    actors: ['rosenstein'],
    tags: ['policy'],
    citations: [{ source: 's1', quote, paragraph: 1, url: '', provenance: { kind: 'outlet' as const } }],
  });

const source: SourceRecord = {
  id: 's1',
  outlet: 'ABC News',
  headline: 'Headline',
  published: '2021-01-14',
  url: 'https://example.org/',
  paragraphs: ['We need to take away children, he said.', 'Ünïcödé, emoji 🦀, العربية and עברית too.', '(a+b)* [x] {y} \\d $ ^ | ?'],
};

const index = buildSearchIndex({
  events: [
    event('a', 'Conference call', 'Officials spoke with prosecutors about [cases] (and) *more*.', 'we need to take away children'),
    event('b', 'Café résumé naïve', 'Emoji 🦀 and العربية text, עברית.', 'Ünïcödé'),
  ],
  sources: [source],
  actors: [{ id: 'rosenstein', name: 'Rod Rosenstein', kind: 'person', role: 'Deputy Attorney General', aliases: [], citations: [] }],
  themes: [{ id: 'policy', title: 'Policy', description: '' }],
});
const searcher = loadSearchIndex(index);

// Strings with lone surrogates: fc's string arbitraries produce well-formed text only.
const withLoneSurrogates = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))))
  .map((parts) => parts.join(''));

const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 500 }),
  withLoneSurrogates,
  fc.constantFrom('"', '""', '"""', '“', '"take away', 'take away"', '\u0000', '\uFEFF', '‮RTL‬', '𝕏'.repeat(40), '.*+?^${}()|[]\\'),
  fc.string({ minLength: 1000, maxLength: 11000 }),
  fc.array(fc.constantFrom('take', 'away', 'children', 'Rosenstien', '"', ' ', '-', '2018', 'may', 'a'), { maxLength: 40 }).map((w) => w.join(' ')),
);

function isWellFormedResult(result: ReturnType<typeof searcher.search>): boolean {
  return Array.isArray(result.events) && Array.isArray(result.paragraphs) && typeof result.partial === 'boolean';
}

describe('never throws', () => {
  test('search returns a result for any string', () => {
    fc.assert(
      fc.property(awkward, fc.boolean(), fc.constantFrom<'date' | 'score'>('date', 'score'), (query, prefix, order) => {
        const result = searcher.search(query, { prefix, order });
        expect(isWellFormedResult(result)).toBe(true);
        for (const p of result.paragraphs) {
          for (const [s, e] of p.ranges) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeLessThanOrEqual(p.snippet.length);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a 10,000-character query is capped and answered quickly', () => {
    const started = performance.now();
    const result = searcher.search('take away children '.repeat(600));
    expect(isWellFormedResult(result)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('non-string input from untyped callers gives an empty result', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(searcher.search(bad as unknown as string)).toMatchObject({ events: [], blank: true });
    }
  });

  test('parseQuery bounds the words it returns', () => {
    fc.assert(
      fc.property(awkward, (query) => {
        const parsed = parseQuery(query);
        expect(parsed.terms.length).toBeLessThanOrEqual(12);
        for (const t of parsed.terms) expect(t.term.length).toBeGreaterThan(0);
      }),
    );
  });

  test('markRanges gives sorted, non-overlapping ranges inside the text', () => {
    fc.assert(
      fc.property(awkward, fc.array(awkward, { maxLength: 4 }), (text, raw) => {
        const terms = raw.flatMap((q) => parseQuery(q).terms.map((t) => t.term));
        const ranges = markRanges(text, terms);
        let last = -1;
        for (const [s, e] of ranges) {
          expect(s).toBeGreaterThan(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          last = e;
        }
      }),
      { numRuns: 200 },
    );
  });

  test('an index built from awkward text still loads, round-trips and answers', () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 1, maxLength: 4 }), awkward, (texts, query) => {
        const built = buildSearchIndex({
          events: texts.map((t, i) => event(`e${i}`, t.slice(0, 80), t, t.slice(0, 20))),
          sources: [{ ...source, paragraphs: texts }],
          actors: [],
          themes: [],
        });
        const revived = loadSearchIndex(JSON.parse(JSON.stringify(built)));
        expect(isWellFormedResult(revived.search(query))).toBe(true);
        expect(isWellFormedResult(revived.search(texts[0]!))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('filterEvents accepts odd filter values', () => {
    fc.assert(
      fc.property(fc.option(awkward), fc.option(fc.integer()), (actor, year) => {
        const { events } = filterEvents(searcher.events, null, { actor: actor ?? undefined, year: year ?? undefined });
        expect(Array.isArray(events)).toBe(true);
      }),
    );
  });
});
