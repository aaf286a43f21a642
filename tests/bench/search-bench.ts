// Benchmark script (not a test): our vocabulary search vs plain fuse.js vs MiniSearch on synthetic chronologies.
// Run: node_modules/.bin/node tests/bench/search-bench.ts [sizes…]   (default 100 1000 10000)
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ActorRecord, EventRecord, SourceRecord, ThemeRecord } from '../../src/lib/records.ts';
import { buildSearchIndex, loadSearchIndex } from '../../src/lib/search.ts';
import { mulberry32 } from './random.ts';
import { parseEventDate, type EventDate } from '../../src/lib/dates.ts';

function parsedDate(date: string): EventDate {
  const parsed = parseEventDate(date);
  if (!parsed.ok) throw new Error(`${date}: ${parsed.message}`);
  return parsed.date;
}


const COMMON = `the of and to in a that for on was with as by at he said from his it an were are which be this has
have had but not they who their been after its or also would more other into than about over officials policy
border families children parents department administration government federal agents immigration court judge
president attorney general justice homeland security detention shelter facility migrants asylum prosecution
separation separated custody records report inspector memo meeting decision order law cases agency agencies
reunite reunification data tracking system plan planning leaders senior staff prosecutors charges crossing
illegally sector patrol weeks months days later earlier told according documents emails review warned concerns
lawyers advocates testimony hearing congress senators lawmakers public statement announced guidance directive
program pilot initiative implementation numbers hundreds thousands youngest toddlers infants mothers fathers
facilities capacity space beds shortage overcrowded conditions health care medical staffing contractors office
refugee resettlement placement sponsors release released held holding hours rule limit`.split(/\s+/);

const SYLLABLES = 'ba be bi bo bu ca ce ci co da de di do fa fe fi ga ge gi go ha he hi ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo za ze zi zo ar er or an en in on al el il ul st tr pr ch sh th'.split(' ');

interface Corpus {
  events: EventRecord[];
  sources: SourceRecord[];
  actors: ActorRecord[];
  themes: ThemeRecord[];
}

/** A chronology shaped like ours: Zipf-distributed words, a long tail of rare ones, names, dates, quotes. */
function makeCorpus(size: number, seed = 42): Corpus {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lexicon = [...COMMON];
  const seen = new Set(lexicon);
  while (lexicon.length < 25_000) {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    if (!seen.has(w)) {
      seen.add(w);
      lexicon.push(w);
    }
  }
  // Zipf (s ≈ 1.05) by inverse CDF over ranks.
  const weights = lexicon.map((_, r) => 1 / Math.pow(r + 1, 1.05));
  const cdf: number[] = [];
  weights.reduce((acc, w, i) => (cdf[i] = acc + w), 0);
  const totalWeight = cdf[cdf.length - 1]!;
  const word = (): string => {
    const x = rnd() * totalWeight;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lexicon[lo]!;
  };
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, word);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

  const actors: ActorRecord[] = [
    { id: 'rosenstein', name: 'Rod Rosenstein', kind: 'person', role: 'Deputy Attorney General', aliases: [], citations: [] },
    { id: 'nielsen', name: 'Kirstjen Nielsen', kind: 'person', role: 'Secretary of Homeland Security', aliases: [], citations: [] },
    { id: 'sessions', name: 'Jeff Sessions', kind: 'person', role: 'Attorney General', aliases: [], citations: [] },
  ];
  const actorCount = Math.max(20, Math.floor(size / 5));
  for (let i = actors.length; i < actorCount; i++) {
    actors.push({ id: `a${i}`, name: `${cap(pick(lexicon.slice(2000)))} ${cap(pick(lexicon.slice(2000)))}`, kind: 'person', role: `${cap(word())} ${cap(word())}`, aliases: [], citations: [] });
  }
  const themes: ThemeRecord[] = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, title: `${cap(word())} ${word()}`, description: '' }));
  const outlets = ['ABC News', 'The New York Times', 'NBC News', 'The Washington Post', 'Reuters', 'Associated Press', 'CNN', 'NPR'];

  const sources: SourceRecord[] = [];
  const events: EventRecord[] = [];
  const sourceCount = Math.max(5, Math.ceil(size / 10));
  for (let s = 0; s < sourceCount; s++) {
    sources.push({ id: `s${s}`, outlet: outlets[s % outlets.length]!, headline: sentence(8), published: '2021-01-14', url: '', paragraphs: [] });
  }
  const planted: [number, Partial<EventRecord>, string[]][] = [
    [0, { title: 'El Paso initiative begins', date: '2017-07' }, []],
    [1, { title: 'Conference call with U.S. attorneys', date: '2018-05' }, ['we need to take away children']],
    [2, { title: '72-hour rule memo circulates', date: '2018' }, ['the 72-hour rule for holding children']],
    [3, { title: 'Shortfall of beds', date: '2018-06' }, ['a shortfall of beds for families']],
  ];
  for (let i = 0; i < size; i++) {
    const year = 2017 + Math.floor(rnd() * 5);
    const month = 1 + Math.floor(rnd() * 12);
    const roll = rnd();
    let date = roll < 0.2 ? String(year) : roll < 0.6 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    let title = sentence(4 + Math.floor(rnd() * 5)).slice(0, -1);
    let quotes = [sentence(6 + Math.floor(rnd() * 6)).slice(0, -1), sentence(6 + Math.floor(rnd() * 6)).slice(0, -1)];
    const plant = planted.find(([k]) => k === i);
    if (plant) {
      title = plant[1].title!;
      date = plant[1].date!;
      if (plant[2].length) quotes = [plant[2][0]!, quotes[1]!];
    }
    const people = Array.from(new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => (rnd() < 0.1 ? pick(actors.slice(0, 3)) : pick(actors)).id)));
    const summary = Array.from({ length: 4 }, () => sentence(13 + Math.floor(rnd() * 6))).join(' ');
    const citations = quotes.map((quote) => {
      const src = pick(sources);
      // The quote sits verbatim inside a paragraph of its source, as in our content.
      src.paragraphs.push(`${sentence(20)} ${quote}, ${sentence(22).toLowerCase()}`);
      return { source: src.id, quote, paragraph: src.paragraphs.length, url: '', provenance: { kind: 'outlet' as const } };
    });
    const [y, m, d] = date.split('-');
    const start = `${y}-${m ?? '01'}-${d ?? '01'}`;
    const end = d ? start : m ? `${y}-${m}-28` : `${y}-12-31`;
    const monthName = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    events.push({
      id: `e${i}`,
      title,
      summary,
      date,
      start,
      end,
      precision: d ? 'day' : m ? 'month' : 'year',
      approximate: false,
      label: d ? `${monthName} ${Number(d)}, ${y}` : m ? `${monthName} ${y}` : String(y),
      actors: people,
      tags: Array.from(new Set([pick(themes).id, pick(themes).id])),
      url: `/events/e${i}/`,
      when: parsedDate(date),
      sources: [...new Set(citations.map((c) => c.source))],
      citations,
      corrections: [],
    });
  }
  // One paragraph no event quotes, for the paragraph-only query.
  sources[0]!.paragraphs.push('Reporters saw a warehouse where families waited behind chain-link fences for days.');
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return { events, sources, actors, themes };
}

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
  const vocabulary = buildSearchIndex(corpus).postings.length;
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
  'bench-results/search.json',
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), queries: QUERIES.map(([q]) => q), results }, null, 2)}\n`,
);
console.log(`\nwrote bench-results/search.json in ${((performance.now() - started) / 1000).toFixed(0)} s`);
