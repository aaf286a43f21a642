// The engine's results on the real content are the same as the reference engine's (captured before the
// index was split into chunks; see capture-search-golden.ts), whether the index is one file or chunks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndexFiles, openSearchIndex, type Searcher } from '../../src/lib/search.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { loadRealSearch } from './real-search.ts';
import { GOLDEN_QUERIES } from './search-golden-queries.ts';
import { goldenResult } from './search-golden-results.ts';

const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/search-golden/expected.json'), 'utf8')) as unknown[];
let chronology: Chronology;
let searcher: Searcher;

beforeAll(async () => {
  ({ chronology, searcher } = await loadRealSearch());
});

test('the fixture covers every query', () => {
  expect(expected).toHaveLength(GOLDEN_QUERIES.length);
});

describe('one file', () => {
  test.each(GOLDEN_QUERIES.map((q, i) => [q.query, q, i] as const))('%s', (_, q, i) => {
    expect(goldenResult(searcher, q)).toEqual(expected[i]);
  });
});

test('chunks of a few kilobytes give the same results, fetching only some chunks', async () => {
  const { head, files } = buildSearchIndexFiles(chronology, { chunkBytes: 3000, singleFileBytes: 0 });
  expect(Object.keys(head.inline)).toEqual([]);
  const fetched = new Set<string>();
  const chunked = openSearchIndex(JSON.parse(JSON.stringify(head)), async (name) => {
    fetched.add(name);
    return JSON.parse(JSON.stringify(files[name]));
  });
  await chunked.search('Rosenstien');
  expect(fetched.size).toBeGreaterThan(0);
  expect(fetched.size).toBeLessThan(Object.keys(files).length / 2);
  for (const [i, q] of GOLDEN_QUERIES.entries()) {
    const options = q.prefix === undefined ? {} : { prefix: q.prefix };
    const [byDate, byScore] = [await chunked.search(q.query, options), await chunked.search(q.query, { ...options, order: 'score' })];
    // Once the chunks are in, the same query runs synchronously over them.
    const sync: Searcher = { events: chunked.events, search: (query, o) => (query === q.query && o?.order === 'score' ? byScore : byDate) };
    expect(goldenResult(sync, q), q.query).toEqual(expected[i]);
  }
});
