// Benchmark script (not a test): our vocabulary search vs plain fuse.js vs MiniSearch on synthetic chronologies.
// Run: node_modules/.bin/node tests/bench/search-engines.ts [sizes…]   (default 100 1000 10000)
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildSearchIndex, loadSearchIndex } from '../../src/lib/search.ts';
import { makeCorpus, type Corpus } from './search/corpus.ts';


/** Fixed queries: exact, typos, quoted phrases, dates, prefixes, paragraph-only. Expected event id or null. */
const QUERIES: [string, string | null][] = [
  ['take away children', 'e1'],
  ['"take away children"', 'e1'],
  ['Rosenstien', null],
  ['Nielson', null],
  ['El Paso', 'e0'],
  ['El Paso initiative', 'e0'],
  ['72-hour', 'e2'],
  ['beds', 'e3'],
  ['shortfal of beds', 'e3'],
  ['May 2018', null],
  ['2017', null],
  ['detention conditions', null],
  ['reunificaton', null],
  ['prosecutors border', null],
  ['"chain-link fences"', null],
  ['separ', null],
  ['inspector genral report', null],
  ['famlies', null],
  ['Deputy Attorney General', null],
  ['immigration court judge', null],
  ['"separated families"', null],
  ['offcials warned', null],
  ['x', null],
  ['zzzzqqq', null],
];

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface EngineFigures {
  engine: string;
  buildMs: number;
  loadMs: number | null;
  rawBytes: number;
  gzipBytes: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** Planted queries whose target event was among the results. */
  foundPlanted: string;
}

function timeQueries(run: (q: string) => string[], repeats: number): { median: number; p95: number; runs: number; found: string } {
  const times: number[] = [];
  let found = 0;
  let planted = 0;
  for (let r = 0; r < repeats; r++) {
    for (const [q, expected] of QUERIES) {
      const t = performance.now();
      const ids = run(q);
      times.push(performance.now() - t);
      if (r === 0 && expected) {
        planted++;
        if (ids.includes(expected)) found++;
      }
    }
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs: times.length, found: `${found}/${planted}` };
}

function sizes(json: string): { raw: number; gzip: number } {
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
}

function benchOurs(corpus: Corpus, repeats: number): EngineFigures {
  let t = performance.now();
  const data = buildSearchIndex(corpus);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(data);
  t = performance.now();
  const searcher = loadSearchIndex(JSON.parse(json));
  const loadMs = performance.now() - t;
  for (const [q] of QUERIES) searcher.search(q); // warm up the JIT and lazily built buckets
  const q = timeQueries((query) => searcher.search(query).events.map((h) => h.id), repeats);
  const { raw, gzip } = sizes(json);
  return { engine: 'ours (fuse over vocabulary)', buildMs, loadMs, rawBytes: raw, gzipBytes: gzip, medianMs: q.median, p95Ms: q.p95, runs: q.runs, foundPlanted: q.found };
}

function flatDocs(corpus: Corpus) {
  const actorText = new Map(corpus.actors.map((a) => [a.id, `${a.name} ${a.role}`]));
  const themeText = new Map(corpus.themes.map((t) => [t.id, t.title]));
  const outletText = new Map(corpus.sources.map((s) => [s.id, s.outlet]));
  const events = corpus.events.map((e) => ({
    id: e.id,
    title: e.title,
    summary: e.summary,
    quotes: e.citations.map((c) => c.quote).join(' '),
    people: e.actors.map((a) => actorText.get(a) ?? '').join(' '),
    themes: e.tags.map((t) => themeText.get(t) ?? '').join(' '),
    outlet: e.citations.map((c) => outletText.get(c.source) ?? '').join(' '),
    date: `${e.label} ${e.start.slice(0, 4)}`,
    text: '',
  }));
  const paragraphs = corpus.sources.flatMap((s) =>
    s.paragraphs.map((text, i) => ({ id: `${s.id}#p${i + 1}`, title: '', summary: '', quotes: '', people: '', themes: '', outlet: '', date: '', text })),
  );
  return [...events, ...paragraphs];
}

function benchFuse(corpus: Corpus, repeats: number): EngineFigures {
  const docs = flatDocs(corpus);
  const keys = [
    { name: 'title', weight: 3 },
    { name: 'quotes', weight: 3 },
    { name: 'people', weight: 2 },
    { name: 'date', weight: 2 },
    { name: 'themes', weight: 1.5 },
    { name: 'outlet', weight: 1.2 },
    { name: 'summary', weight: 1 },
    { name: 'text', weight: 1 },
  ];
  let t = performance.now();
  const index = Fuse.createIndex(keys, docs);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(index.toJSON());
  t = performance.now();
  const fuse = new Fuse(docs, { keys, ignoreLocation: true, threshold: 0.4, includeScore: true }, Fuse.parseIndex(JSON.parse(json)));
  const loadMs = performance.now() - t;
  const q = timeQueries((query) => fuse.search(query).map((r) => r.item.id), repeats);
  const { raw, gzip } = sizes(json);
  return { engine: 'plain fuse.js (whole documents)', buildMs, loadMs, rawBytes: raw, gzipBytes: gzip, medianMs: q.median, p95Ms: q.p95, runs: q.runs, foundPlanted: q.found };
}

function benchMiniSearch(corpus: Corpus, repeats: number): EngineFigures {
  const docs = flatDocs(corpus);
  const fields = ['title', 'summary', 'quotes', 'people', 'themes', 'outlet', 'date', 'text'];
  const options = {
    fields,
    searchOptions: { boost: { title: 3, quotes: 3, people: 2, date: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'AND' as const },
  };
  let t = performance.now();
  const mini = new MiniSearch(options);
  mini.addAll(docs);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(mini);
  t = performance.now();
  const loaded = MiniSearch.loadJSON(json, options);
  const loadMs = performance.now() - t;
  const q = timeQueries((query) => loaded.search(query).map((r) => String(r.id)), repeats);
  const { raw, gzip } = sizes(json);
  return { engine: 'MiniSearch 7 (AND, fuzzy 0.2, prefix)', buildMs, loadMs, rawBytes: raw, gzipBytes: gzip, medianMs: q.median, p95Ms: q.p95, runs: q.runs, foundPlanted: q.found };
}

const kb = (n: number) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
const ms = (n: number | null) => (n === null ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(0));

const requested = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = requested.length ? requested : [100, 1000, 10000];
const results: { events: number; paragraphs: number; vocabulary: number; engines: EngineFigures[] }[] = [];
const started = performance.now();
for (const size of SIZES) {
  const corpus = makeCorpus(size);
  const paragraphs = corpus.sources.reduce((n, s) => n + s.paragraphs.length, 0);
  // Plain fuse grows linearly with text; one pass over the queries is enough to show it at 10k.
  const repeats = size <= 100 ? 20 : size <= 1000 ? 5 : 2;
  const ours = benchOurs(corpus, repeats);
  const vocabulary = buildSearchIndex(corpus).vocabularySize;
  const mini = benchMiniSearch(corpus, repeats);
  const fuse = benchFuse(corpus, size >= 10000 ? 1 : repeats);
  results.push({ events: size, paragraphs, vocabulary, engines: [ours, fuse, mini] });
  console.log(`\n${size} events, ${paragraphs} paragraphs, ${vocabulary} distinct words`);
  console.table(
    Object.fromEntries(
      [ours, fuse, mini].map((e) => [
        e.engine,
        {
          'build ms': ms(e.buildMs),
          'load ms': ms(e.loadMs),
          raw: kb(e.rawBytes),
          gzip: kb(e.gzipBytes),
          'median ms': ms(e.medianMs),
          'p95 ms': ms(e.p95Ms),
          queries: e.runs,
          'planted found': e.foundPlanted,
        },
      ]),
    ),
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search-engines.json',
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), queries: QUERIES.map(([q]) => q), results }, null, 2)}\n`,
);
console.log(`\nwrote bench-results/search-engines.json in ${((performance.now() - started) / 1000).toFixed(0)} s`);
