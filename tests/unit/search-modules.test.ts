// The search engine's parts, each on its own: vocabulary, postings and scoring, phrases, snippets,
// facets, parameters, chunk directories and the store. Table-driven over a tiny chronology.
import { describe, expect, test } from 'vitest';
import { buildIndexParts } from '../../src/lib/search/build.ts';
import { facetValues, filterEvents } from '../../src/lib/search/facets.ts';
import { dateWords, FIELD_BITS, fieldOfBit, fieldScore, fieldsOfBits } from '../../src/lib/search/fields.ts';
import { docsChunk, isSearchIndex, postingsChunk, suffixChunk, vocabularyChunk, type ChunkDirectory } from '../../src/lib/search/format.ts';
import { packSearchIndex } from '../../src/lib/search/pack.ts';
import { filtersOf, hasFilter, hasSearchState, readSearchState, sameSearchState, withSearchState } from '../../src/lib/search/params.ts';
import { confirmPhrase, fieldsWithPhrase, hasPhrase } from '../../src/lib/search/phrases.ts';
import { documentsWithAll, idf, matchTerm } from '../../src/lib/search/postings.ts';
import { snippetOf, SNIPPET_LENGTH } from '../../src/lib/search/snippets.ts';
import { bucketKeys, IndexStore, isGuessable } from '../../src/lib/search/store.ts';
import { expand, maxEdits, needsGuess, wordNumber } from '../../src/lib/search/vocabulary.ts';
import { loadSearchIndex, openSearchIndex } from '../../src/lib/search/searcher.ts';
import { tiny } from './search-parts-fixture.ts';

const parts = buildIndexParts(tiny);
const store = new IndexStore(packSearchIndex(parts, { singleFileBytes: Infinity }).head);
const word = (w: string): number => {
  const i = parts.words.indexOf(w);
  if (i < 0) throw new Error(`no word ${w}`);
  return i;
};
const expanded = (term: string, prefix: boolean, fuzzy: boolean) =>
  Object.fromEntries(expand(store, term, prefix, fuzzy).map((e) => [store.words[e.word], Math.round(e.similarity * 100) / 100]));

describe('fields', () => {
  test.each([
    [0, 0],
    [FIELD_BITS.title, 3],
    [FIELD_BITS.summary, 1],
    [FIELD_BITS.title | FIELD_BITS.summary, 3.1],
    [FIELD_BITS.people | FIELD_BITS.theme | FIELD_BITS.text, 2.2],
  ])('bits %i score %f', (bits, score) => {
    expect(fieldScore(bits)).toBeCloseTo(score, 5);
  });
  test.each([
    [FIELD_BITS.quote, 'quote'],
    [FIELD_BITS.text, 'text'],
    [3, undefined],
  ])('bit %i is field %s', (bit, field) => expect(fieldOfBit(bit)).toBe(field));
  test('fieldsOfBits lists fields in order', () => expect(fieldsOfBits(FIELD_BITS.summary | FIELD_BITS.title)).toEqual(['title', 'summary']));
  test.each([
    [{ label: 'May 2018', start: '2018-05-01', end: '2018-05-31', precision: 'month' }, 'May 2018 2018 may 2018'],
    [{ label: '2019', start: '2019-01-01', end: '2019-12-31', precision: 'year' }, '2019 2019'],
    [{ label: 'x', start: '2018-11-01', end: '2019-01-31', precision: 'month' }, 'x 2018 2019 november 2018 december 2018 january 2019'],
    [{ label: 'long', start: '2017-01-01', end: '2018-06-30', precision: 'month' }, 'long 2017 2018'],
  ])('dateWords %o', (event, words) => expect(dateWords(event)).toBe(words));
});

describe('build', () => {
  test('words are sorted and each posting names its documents and fields', () => {
    expect([...parts.words].sort()).toEqual(parts.words);
    // "bridge": title+summary+quote of event 0, summary of event 3, paragraphs 0 and 1 (documents 4, 5).
    const decoded = store.postings(word('bridge'));
    const docs = [...decoded].filter((_, i) => i % 2 === 0);
    expect(docs).toEqual([0, 3, 4, 5]);
    expect(decoded[1]).toBe(FIELD_BITS.title | FIELD_BITS.quote | FIELD_BITS.summary);
  });
  test('documents keep each field’s normalised words, empty fields left out, paragraphs with their text', () => {
    expect(parts.docs[0]!.f[0]).toEqual([FIELD_BITS.title, 'bridge repairs delayed']);
    expect(parts.docs[1]!.f.some(([bit]) => bit === FIELD_BITS.people)).toBe(false);
    expect(parts.docs[4]!.p).toEqual([0, 1, 'The harbour board delayed the bridge repairs again.']);
    expect(parts.events.map((e) => e.sources)).toEqual([['src-a'], ['src-a'], [], []]);
  });
});

describe('vocabulary', () => {
  test.each([
    ['bridge', false, false, { bridge: 1 }],
    ['bridg', false, false, {}],
    ['bridg', true, false, { bridge: 0.9 - 0.3 * (1 - 5 / 6), bridges: 0.9 - 0.3 * (1 - 5 / 7) }],
    ['b', true, false, {}],
    // One typo costs 0.2, and a little more as fuse rates the match lower.
    ['brigde', false, true, { bridge: 0.78 }],
    // Six letters allow one typo: "ferries" is two away.
    ['ferrys', false, true, { ferry: 0.79 }],
    ['bridge', false, true, { bridge: 1, bridges: 0.8 }],
    ['cat', false, true, {}],
    ['2018', true, true, { 2018: 1 }],
  ])('%s (prefix %s, fuzzy %s)', (term, prefix, fuzzy, want) => {
    const got = expanded(term, prefix, fuzzy);
    expect(got).toEqual(Object.fromEntries(Object.entries(want).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v])));
  });
  test.each([
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
  ])('a word of %i letters allows %i typos', (length, edits) => expect(maxEdits(length)).toBe(edits));
  test.each([
    ['bridge', true, false, false],
    ['brigde', true, false, true],
    ['brigde', false, false, false],
    ['cat', true, false, false],
    ['ab12', true, false, false],
    // Being typed: "bridg" already begins "bridge" (in 4 documents), so it is on its way there, not a typo;
    // "ferr" begins only words in one document each, and "brigde" begins nothing.
    ['bridg', true, true, false],
    ['bridg', true, false, true],
    ['ferr', true, true, true],
    ['brigde', true, true, true],
  ])('%s needs a guess (fuzzy %s, prefix %s): %s', (term, fuzzy, prefix, needs) => expect(needsGuess(store, term, fuzzy, prefix)).toBe(needs));
  test('a word being typed that begins a common word gets its completions and no guesses', () => {
    // "separation" in three titles, "sepia" (one letter from "sepa") in one.
    const titles = ['Separation ordered', 'Separation halted', 'Separation reviewed', 'Sepia photographs found'];
    const small = new IndexStore(packSearchIndex(buildIndexParts({ ...tiny, events: titles.map((title, i) => ({ ...tiny.events[1]!, id: `x${i}`, title, summary: '', citations: [] })), sources: [] }), { singleFileBytes: Infinity }).head);
    const words = (term: string, prefix: boolean) => expand(small, term, prefix, true).map((e) => small.words[e.word]).sort();
    expect(words('sepa', true)).toEqual(['separation']);
    // Not being typed (a finished word, or a quoted one), the near spelling is still guessed.
    expect(words('sepa', false)).toEqual(['sepia']);
    // A prefix that begins no common word keeps its guesses: "sepi" begins only "sepia", in one title.
    expect(words('sepi', true)).toEqual(['sepia']);
  });
  test('wordNumber finds words and only words', () => {
    expect(wordNumber(store, 'bridge')).toBe(word('bridge'));
    expect(wordNumber(store, 'bridgez')).toBeUndefined();
    expect(wordNumber(store, '')).toBeUndefined();
  });
  test.each([
    ['bridge', false, ['pbr', 'sge']],
    ['bridge', true, ['ab', 'ze']],
  ])('bucket keys of %s (wide %s)', (w, wide, keys) => expect(bucketKeys(w, wide)).toEqual(keys));
  test.each([
    ['ab', false],
    ['abc', true],
    ['ab3', false],
  ])('%s is guessable: %s', (w, ok) => expect(isGuessable(w)).toBe(ok));
});

describe('postings and scoring', () => {
  test('rarer words weigh more', () => {
    expect(idf(10, 1)).toBeGreaterThan(idf(10, 5));
    expect(idf(10, 0)).toBe(idf(10, 1));
    expect(idf(10, 1)).toBeCloseTo(Math.log(11), 6);
  });
  test('matchTerm scores each document by its best expansion and field, and records the fields', () => {
    const fields = new Uint8Array(store.head.documents);
    const m = matchTerm(store, [{ word: word('bridge'), similarity: 1 }, { word: word('bridges'), similarity: 0.8 }], false, fields);
    expect([...m.touched].sort()).toEqual([0, 2, 3, 4, 5]);
    expect(m.best[0]).toBe(word('bridge'));
    expect(m.best[2]).toBe(word('bridges'));
    expect(m.best[1]).toBe(-1);
    expect(m.score[0]).toBeGreaterThan(m.score[4]!);
    expect(fields[3]).toBe(FIELD_BITS.title | FIELD_BITS.summary);
  });
  test('a date-only word counts in the date field alone', () => {
    const fields = new Uint8Array(store.head.documents);
    const m = matchTerm(store, [{ word: word('may'), similarity: 1 }], true, fields);
    expect(m.touched).toEqual([1]);
    expect(fields[1]).toBe(FIELD_BITS.date);
  });
  test.each([
    [['bridge', 'repairs'], [0, 4]],
    [['public', 'meeting'], [1, 5]],
    [['ferry'], [2]],
    [[], []],
  ])('documents with all of %o', (words, docs) => expect(documentsWithAll(store, words.map(word))).toEqual(docs));
});

describe('phrases', () => {
  test.each([
    ['the bridge repairs', 'bridge repairs', true],
    ['the bridge repairs', 'bridge', true],
    ['the bridges repairs', 'bridge', false],
    ['abridge', 'bridge', false],
    ['bridge', 'bridge', true],
    ['bridge bridged', 'bridged', true],
    ['x', '', false],
    ['a b a b c', 'a b c', true],
  ])('%s holds %s: %s', (words, phrase, has) => expect(hasPhrase(words, phrase)).toBe(has));
  test('confirmPhrase keeps the documents holding the phrase, with the best field weight', () => {
    const fields = new Uint8Array(store.head.documents);
    const found = confirmPhrase(store, [0, 2, 4], ['bridge', 'repairs'], fields);
    expect([...found]).toEqual([[0, 3], [4, 1]]);
    // The title already gives the best weight; a quote of equal weight adds nothing.
    expect(fields[0]).toBe(FIELD_BITS.title);
    expect(fields[4]).toBe(FIELD_BITS.text);
    expect(fields[2]).toBe(0);
  });
  test('fieldsWithPhrase names the fields', () => {
    expect(fieldsWithPhrase(store, 1, ['public', 'meeting'])).toEqual([FIELD_BITS.quote, FIELD_BITS.summary]);
  });
});

describe('snippets', () => {
  const long = `${'word '.repeat(80)}target ${'tail '.repeat(60)}`.trim();
  test.each([
    ['short text stays whole', ['whole'], 'short text stays whole', [[17, 22]]],
    ['nothing matched', [], 'nothing matched', []],
  ])('%s', (text, matched, snippet, ranges) => expect(snippetOf(text, matched)).toEqual({ snippet, ranges }));
  test('a long text is cut around the first match at spaces, marks moved', () => {
    const { snippet, ranges } = snippetOf(long, ['target']);
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.endsWith('tail…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(ranges).toHaveLength(1);
    expect(snippet.slice(ranges[0]![0], ranges[0]![1])).toBe('target');
    expect(ranges[0]![0]).toBeGreaterThan(50);
  });
  test('a long text with no match starts at its beginning', () => {
    const { snippet } = snippetOf(long, ['absent']);
    expect(snippet.startsWith('word word')).toBe(true);
  });
  test('never cuts a surrogate pair', () => {
    const text = `${'😀'.repeat(200)} target`;
    const { snippet } = snippetOf(text, ['target']);
    expect(snippet.isWellFormed()).toBe(true);
  });
});

describe('facets', () => {
  test.each([
    [{ id: 'a', start: '2018-01-01', end: '2019-06-30', actors: ['x'], tags: ['t'], sources: ['s'] }, { actor: ['x'], theme: ['t'], outlet: ['s'], year: ['2018', '2019'] }],
    [{ id: 'b', start: '2018-01-01', end: '2018-01-01', actors: [], tags: [], citations: [{ source: 's' }, { source: 's' }] }, { actor: [], theme: [], outlet: ['s'], year: ['2018'] }],
  ])('facetValues of %o', (event, values) => expect(facetValues(event)).toEqual(values));
  const events = store.events;
  test.each([
    [{}, ['e-bridge', 'e-meeting', 'e-ferry', 'e-bridges']],
    [{ theme: 'works' }, ['e-bridge', 'e-bridges']],
    [{ theme: 'works', year: 2020 }, ['e-bridges']],
    [{ actor: 'board', year: '2019' }, ['e-ferry']],
    [{ outlet: 'src-a' }, ['e-bridge', 'e-meeting']],
    [{ theme: '' }, ['e-bridge', 'e-meeting', 'e-ferry', 'e-bridges']],
  ])('filters %o leave %o', (filters, ids) => expect(filterEvents(events, null, filters).events.map((e) => e.event.id)).toEqual(ids));
  test('a value’s count keeps the other filters but not its own facet', () => {
    const { facets } = filterEvents(events, null, { theme: 'works' });
    expect(facets.theme).toEqual({ works: 2, transport: 1 });
    expect(facets.year).toEqual({ 2018: 1, 2019: 0, 2020: 1 });
  });
  test('with hits, only hits count, and each keeps its hit', () => {
    const hit = { id: 'e-ferry', score: 1, terms: ['ferry'], fields: [] };
    const { events: left, facets } = filterEvents(events, [hit], {});
    expect(left).toEqual([{ event: events[2], hit }]);
    expect(facets.theme).toEqual({ works: 0, transport: 1 });
  });
});

describe('parameters', () => {
  test.each([
    ['', { q: '', person: '', theme: '', outlet: '', year: '' }],
    ['?q=bridge&year=2018&view=compact', { q: 'bridge', person: '', theme: '', outlet: '', year: '2018' }],
  ])('readSearchState(%s)', (search, state) => expect(readSearchState(search)).toEqual(state));
  test.each([
    ['', false],
    ['?view=compact', false],
    ['?q=x', true],
    ['?outlet=a', true],
  ])('hasSearchState(%s) is %s', (search, has) => expect(hasSearchState(search)).toBe(has));
  test('hasFilter ignores the query', () => {
    expect(hasFilter(readSearchState('?q=x'))).toBe(false);
    expect(hasFilter(readSearchState('?person=p'))).toBe(true);
  });
  test('withSearchState replaces the search state and keeps the rest, in parameter order', () => {
    expect(withSearchState('?view=compact&q=old', readSearchState('?year=2018&q=new'))).toBe('?view=compact&q=new&year=2018');
    expect(withSearchState('?q=old', readSearchState(''))).toBe('');
  });
  test('sameSearchState compares every parameter', () => {
    expect(sameSearchState(readSearchState('?q=a'), readSearchState('?q=a&view=x'))).toBe(true);
    expect(sameSearchState(readSearchState('?q=a'), readSearchState('?q=a&theme=t'))).toBe(false);
  });
  test('filtersOf maps parameters to facets', () => {
    expect(filtersOf(readSearchState('?q=x&person=p&year=2018'))).toEqual({ actor: 'p', year: '2018' });
  });
});

describe('chunk directory', () => {
  const dir: ChunkDirectory = { v: ['', 'c', 'm'], s: ['', 'h', 's'], p: [0, 10, 20], d: [0, 5] };
  test.each([
    ['apple', 'v0'],
    ['cat', 'v1'],
    ['lamp', 'v1'],
    ['moon', 'v2'],
    ['zoo', 'v2'],
    ['1999', 'v0'],
  ])('vocabulary of %s is in %s', (w, chunk) => expect(vocabularyChunk(dir, w)).toBe(chunk));
  test.each([
    ['bag', 's0'],
    ['bath', 's1'],
    ['bus', 's2'],
  ])('suffixes of %s are in %s', (w, chunk) => expect(suffixChunk(dir, w)).toBe(chunk));
  test.each([
    [0, 'p0'],
    [9, 'p0'],
    [10, 'p1'],
    [99, 'p2'],
  ])('postings of word %i are in %s', (w, chunk) => expect(postingsChunk(dir, w)).toBe(chunk));
  test.each([
    [4, 'd0'],
    [5, 'd1'],
  ])('document %i is in %s', (d, chunk) => expect(docsChunk(dir, d)).toBe(chunk));
  test.each([
    [null, false],
    [{ version: 1, events: { id: [] }, chunks: {}, inline: {} }, false],
    [{ version: 2, events: { id: [] }, chunks: {}, inline: {} }, true],
    [{ version: 2, events: [], chunks: {}, inline: {} }, false],
    [{ version: 2, events: { id: [] }, inline: {} }, false],
  ])('isSearchIndex(%o) is %s', (data, ok) => expect(isSearchIndex(data)).toBe(ok));
});

describe('packing', () => {
  test('a small index is one file; a big one is chunks cut at whole first and last letters', () => {
    expect(Object.keys(packSearchIndex(parts).files)).toEqual([]);
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    expect(head.inline).toEqual({});
    expect(head.chunks.v.length).toBeGreaterThan(2);
    for (const [k, key] of head.chunks.v.entries()) {
      const chunk = files[`v${k}`] as { words: string[]; df: number[] };
      if (k > 0) expect(chunk.words[0]![0]).toBe(key);
      expect(chunk.df).toEqual(chunk.words.map((w) => parts.postings[word(w)]!.length));
      expect(new Set(chunk.words.map((w) => w[0])).size).toBeGreaterThan(0);
      expect(chunk.words.every((w) => vocabularyChunk(head.chunks, w) === `v${k}`)).toBe(true);
    }
    for (const k of head.chunks.s.keys()) {
      const chunk = files[`s${k}`] as { words: string[]; ids: number[] };
      expect(chunk.words.every((w) => suffixChunk(head.chunks, w) === `s${k}` && isGuessable(w))).toBe(true);
      expect(chunk.ids.map((i) => parts.words[i])).toEqual(chunk.words);
    }
    const all = head.chunks.d.flatMap((_, k) => (files[`d${k}`] as { docs: unknown[] }).docs);
    expect(all).toEqual(parts.docs);
  });
  test('a store fed chunks one by one answers as the whole index does', () => {
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    const chunked = new IndexStore(head);
    expect(chunked.missing(['v0', 'v0', 'p1'])).toEqual(['v0', 'p1']);
    expect(() => chunked.vocabulary('v0')).toThrow(/not loaded/);
    expect(() => chunked.postings(0)).toThrow(/not loaded/);
    expect(() => chunked.doc(0)).toThrow(/not loaded/);
    for (const [name, chunk] of Object.entries(files)) chunked.add(name, chunk);
    expect(chunked.missing(Object.keys(files))).toEqual([]);
    for (const term of ['brigde', 'bridg', 'ferrys', 'bridge']) {
      expect(expand(chunked, term, true, true)).toEqual(expand(store, term, true, true));
    }
    expect(chunked.doc(5)).toEqual(store.doc(5));
  });
});

describe('event columns', () => {
  test('events survive encoding, ends equal to starts left out', async () => {
    const { encodeEvents, decodeEvents } = await import('../../src/lib/search/events.ts');
    const sources = ['s0', 's1'];
    const events = [
      { id: 'a', start: '2018-01-01', end: '2018-01-01', actors: ['x', 'y'], tags: ['t'], sources: ['s1'] },
      { id: 'b', start: '2018-02-01', end: '2018-02-28', actors: ['y'], tags: [], sources: ['s0', 's1'] },
    ];
    const columns = encodeEvents(events, sources);
    expect(columns.end).toEqual(['', '2018-02-28']);
    expect(columns.actors).toEqual([[0, 1], [1]]);
    expect(columns.actorIds).toEqual(['x', 'y']);
    expect(columns.sources).toEqual([[1], [0, 1]]);
    expect(decodeEvents(JSON.parse(JSON.stringify(columns)), sources)).toEqual(events);
  });
});

describe('the query pipeline over the tiny index', () => {
  const searcher = loadSearchIndex(JSON.parse(JSON.stringify(packSearchIndex(parts, { singleFileBytes: Infinity }).head)));
  const run = (q: string, options = {}) => searcher.search(q, options);
  test.each([
    // A common word brings its stem family ("bridges").
    ['bridge', ['e-bridge', 'e-ferry', 'e-bridges'], false],
    ['bridg', ['e-bridge', 'e-ferry', 'e-bridges'], false],
    ['bridge ', ['e-bridge', 'e-ferry', 'e-bridges'], false],
    ['insp', ['e-bridges'], false],
    ['brigde', ['e-bridge', 'e-bridges'], false],
    ['"bridge repairs"', ['e-bridge'], false],
    ['"repairs bridge"', [], false],
    ['"bridge zzz"', [], false],
    ['bridge zzzz', ['e-bridge', 'e-ferry', 'e-bridges'], true],
    ['bridge meeting', [], false],
    ['may 2018', ['e-meeting'], false],
    ['2019', ['e-ferry'], false],
    ['harbour', ['e-bridge', 'e-ferry'], false],
    ['hb', ['e-bridge', 'e-ferry'], false],
    ['transport', ['e-ferry'], false],
    ['ledger', ['e-bridge', 'e-meeting'], false],
    ['zzzz', [], false],
  ])('%s finds %o (partial %s)', (q, ids, partial) => {
    const r = run(q);
    expect(r.events.map((h) => h.id)).toEqual(ids);
    expect(r.partial).toBe(partial);
    expect(r.blank).toBe(false);
  });
  test.each(['', '   ', '!!!', 'the'])('%o is blank or stop words only', (q) => {
    const r = run(q);
    if (q === 'the') expect(r.blank).toBe(false);
    else expect(r).toEqual({ events: [], paragraphs: [], partial: false, blank: true });
  });
  test('hits carry the matched words and fields; score order puts the title match first', () => {
    const [hit] = run('repairs', { order: 'score' }).events;
    expect(hit).toMatchObject({ id: 'e-bridge', terms: ['repairs'], fields: ['title', 'quote', 'summary'] });
    expect(run('repairs').events.map((h) => h.id)).toEqual(['e-bridge', 'e-ferry']);
    expect(run('repairs', { order: 'score' }).events[0]!.score).toBeGreaterThan(run('repairs', { order: 'score' }).events[1]!.score);
    expect(run('"bridge repairs"').events[0]!.terms).toEqual(['bridge repairs']);
  });
  test('words typed together that stand together rank higher', () => {
    const ranked = run('bridge repairs', { order: 'score' }).events;
    expect(ranked[0]!.id).toBe('e-bridge');
    expect(ranked[0]!.score).toBeGreaterThan(2 * ranked[ranked.length - 1]!.score);
  });
  test('paragraph hits: best first, with snippet, marks and limit', () => {
    const r = run('bridge');
    expect(r.paragraphs.map((p) => [p.source, p.paragraph])).toEqual([['src-a', 1], ['src-a', 2]]);
    expect(r.paragraphs[0]).toMatchObject({ snippet: 'The harbour board delayed the bridge repairs again.', ranges: [[30, 36]], terms: ['bridge'] });
    expect(run('bridge', { paragraphLimit: 1 }).paragraphs).toHaveLength(1);
    expect(run('bridge', { paragraphLimit: 0 }).paragraphs).toHaveLength(0);
    expect(run('bridge', { paragraphLimit: 5000 }).paragraphs).toHaveLength(2);
    expect(run('ferries').paragraphs.map((p) => p.paragraph)).toEqual([3]);
  });
  test('without prefix, a word being typed matches only itself', () => {
    expect(run('insp', { prefix: false }).events).toEqual([]);
  });
  test('a foreign object is refused', () => {
    expect(() => loadSearchIndex({} as never)).toThrow(/rebuild/);
  });
  test('a chunked index answers the same through openSearchIndex, and loadSearchIndex refuses it', async () => {
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    expect(() => loadSearchIndex(head).search('bridge')).toThrow(/openSearchIndex/);
    const loaded: string[] = [];
    const chunked = openSearchIndex(head, async (name) => (loaded.push(name), files[name]!));
    for (const q of ['bridge', 'brigde', '"bridge repairs"', 'bridge repairs', 'may 2018', 'zzzz', '']) {
      expect(await chunked.search(q)).toEqual(run(q));
    }
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(chunked.events).toEqual(searcher.events);
  });
  test('without snippets, the same passages come without their text, and a chunked index fetches no paragraph', async () => {
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    const paragraphChunks = new Set(Object.entries(files).filter(([name, c]) => name.startsWith('d') && (c as { docs: { p?: unknown }[] }).docs.some((d) => d.p)).map(([name]) => name));
    expect(paragraphChunks.size).toBeGreaterThan(0);
    for (const q of ['bridge', 'harbour board', 'meeting', '"bridge repairs"']) {
      const loaded: string[] = [];
      const chunked = openSearchIndex(head, async (name) => (loaded.push(name), files[name]!));
      const full = run(q);
      const bare = await chunked.search(q, { snippets: false });
      expect(full.paragraphs.length).toBeGreaterThan(0);
      expect(bare.events).toEqual(full.events);
      expect(bare.paragraphs).toEqual(full.paragraphs.map((p) => ({ ...p, snippet: '', ranges: [] })));
      // A phrase, quoted or of words typed together, still reads the documents it checks; one word reads no paragraph.
      if (!q.includes(' ')) expect(loaded.filter((n) => paragraphChunks.has(n))).toEqual([]);
      expect(await chunked.search(q)).toEqual(full);
    }
  });
  test('a chunk that fails to load fails the query, and is fetched again next time', async () => {
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    let fail = true;
    const chunked = openSearchIndex(head, async (name) => {
      if (fail) throw new Error('offline');
      return files[name]!;
    });
    let failed = false;
    await chunked.search('bridge').catch(() => (failed = true));
    expect(failed).toBe(true);
    fail = false;
    expect((await chunked.search('bridge')).events.map((h) => h.id)).toEqual(['e-bridge', 'e-ferry', 'e-bridges']);
  });
});

describe('mutation-hardening cases', () => {
  const searcher = loadSearchIndex(packSearchIndex(parts, { singleFileBytes: Infinity }).head);
  const run = (q: string, options = {}) => searcher.search(q, options);
  const scoreOf = (q: string, id: string) => run(q, { order: 'score' }).events.find((h) => h.id === id)!.score;

  test('a quoted phrase scores twice its field weight per word; scores are rounded to thousandths', () => {
    expect(scoreOf('"bridge repairs"', 'e-bridge')).toBe(12);
    expect(run('"bridge repairs"').paragraphs[0]!.score).toBe(4);
    const s = scoreOf('bridge', 'e-bridge');
    expect(Math.round(s * 1000) / 1000).toBe(s);
    expect(s).toBeCloseTo(idf(7, 4) * fieldScore(FIELD_BITS.title | FIELD_BITS.quote | FIELD_BITS.summary), 2);
  });
  test('words standing together in the text multiply the score by 1.5, and 5% more per quote holding them', () => {
    expect(scoreOf('bridge repairs', 'e-bridge') / scoreOf('repairs bridge', 'e-bridge')).toBeCloseTo(1.5 * 1.05, 2);
  });
  test('score order is not date order', () => {
    expect(run('bridges').events.map((h) => h.id)).toEqual(['e-bridge', 'e-ferry', 'e-bridges']);
    expect(run('bridges', { order: 'score' }).events[0]!.id).toBe('e-bridges');
  });
  test('a phrase with a word nowhere else still narrows, partially', () => {
    const r = run('"bridge repairs" delayed zzzz');
    expect(r.events.map((h) => h.id)).toEqual(['e-bridge']);
    expect(r.partial).toBe(true);
  });
  test('a chunked index fetches suffix chunks only for a word it must guess at', async () => {
    const { head, files } = packSearchIndex(parts, { singleFileBytes: 0, chunkBytes: 40 });
    const loaded: string[] = [];
    const chunked = openSearchIndex(head, async (name) => (loaded.push(name), files[name]!));
    await chunked.search('bridge');
    expect(loaded.filter((n) => n.startsWith('s'))).toEqual([]);
    await chunked.search('brigde');
    expect(loaded.filter((n) => n.startsWith('s'))).toHaveLength(1);
    const store2 = new IndexStore(head);
    store2.add('v0', files['v0']!);
    for (const [name, chunk] of Object.entries(files)) if (name.startsWith('v')) store2.add(name, chunk);
    // Document counts come from the vocabulary chunk, before any postings are loaded.
    expect(needsGuess(store2, 'repairs', true)).toBe(false);
    expect(needsGuess(store2, 'bridges', true)).toBe(true);
  });
  test.each([
    ['br', true, ['bridge', 'bridges']],
    ['inspecd', false, ['inspected']],
    ['imspectod', false, ['inspected']],
    ['repairs', false, ['repairs']],
  ])('%s (prefix %s) stands for %o', (term, prefix, words) => {
    expect(Object.keys(expanded(term, prefix, true)).sort()).toEqual(words);
  });
  test('repairs, in three documents, is common: not guessed at', () => expect(needsGuess(store, 'repairs', true)).toBe(false));

  const other = (titles: string[]) =>
    new IndexStore(
      packSearchIndex(buildIndexParts({ ...tiny, events: titles.map((title, i) => ({ ...tiny.events[1]!, id: `x${i}`, title, summary: '', citations: [] })), sources: [] }), { singleFileBytes: Infinity }).head,
    );
  test('a common word brings its shorter stems', () => {
    const s = other(['repairs one', 'repairs two', 'repairs three', 'one repair']);
    expect(Object.fromEntries(expand(s, 'repairs', false, true).map((e) => [s.words[e.word], e.similarity]))).toEqual({ repairs: 1, repair: 0.8 });
  });
  test('past 30 completions, the most common are kept', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'.toLowerCase().split('');
    const names = letters.slice(0, 26).flatMap((a) => ['x', 'y'].map((b) => `pre${a}${b}`)).slice(0, 35);
    // The first five appear twice, the rest once.
    const s = other([...names, ...names.slice(0, 5)]);
    const kept = expand(s, 'pre', true, false).map((e) => s.words[e.word]!);
    expect(kept).toHaveLength(30);
    for (const n of names.slice(0, 5)) expect(kept).toContain(n);
  });
});

describe('snippet windows', () => {
  const words = 'alpha be gamma delta epsilonic zeta eta '.repeat(12);
  test('the window starts on a whole word at most 60 characters before the match, and ends on one', () => {
    const text = `${words}target ${words}`;
    const { snippet, ranges } = snippetOf(text, ['target']);
    const inner = snippet.slice(1, -1);
    expect(snippet[0]).toBe('…');
    expect(snippet.endsWith('…')).toBe(true);
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + inner.length]).toBe(' ');
    expect(text.indexOf('target') - at).toBeLessThanOrEqual(60);
    expect(inner.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(inner.length).toBeGreaterThan(SNIPPET_LENGTH - 12);
    expect(snippet.slice(ranges[0]![0], ranges[0]![1])).toBe('target');
    expect(ranges).toHaveLength(1);
  });
  test('with no space before the match, the window starts at the match', () => {
    expect(snippetOf(`${'x'.repeat(300)} target and more`, ['target']).snippet).toBe('…target and more');
  });
  test('with no space in the window after the match, the window ends at the last space', () => {
    expect(snippetOf(`target ${'y'.repeat(400)}`, ['target']).snippet).toBe('target…');
  });
  test('with no space at all, the window is cut at its length, pairs kept whole at both ends', () => {
    const start = snippetOf(`a${'😀'.repeat(150)}target${'😀'.repeat(150)}`, ['target']);
    expect(start.snippet.isWellFormed()).toBe(true);
    expect(start.snippet.startsWith('…😀')).toBe(true);
    const end = snippetOf(`targetx${'😀'.repeat(300)}`, ['target']);
    expect(end.snippet.isWellFormed()).toBe(true);
    expect(end.snippet.length).toBe(239 + 1);
  });
  test('a text of exactly the window length is whole; one more character is cut', () => {
    const exact = `target ${'z'.repeat(SNIPPET_LENGTH - 7)}`;
    expect(snippetOf(exact, ['target']).snippet).toBe(exact);
    expect(snippetOf(`${exact}z`, ['target']).snippet).toBe('target…');
  });
  test('marks outside the window are dropped', () => {
    const { ranges } = snippetOf(`target ${words}${words}target`, ['target']);
    expect(ranges).toEqual([[0, 6]]);
  });
});
