// Site benchmark (not a test): Lighthouse on our pages and on TimelineJS, search on the real site, build time by size.
// Run: node_modules/.bin/node tests/bench/site-bench.ts [--quick] [--sizes 100,1000] [--runs N]
// Reads dist/ (run `npm run build` first); writes bench-results/site.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { DIST, launchBrowser, listPages, newSiteContext, createProbe, LIMITS, pageType, representativePages, startServer, withTimeout } from '../e2e/harness.ts';
import { timeBuild, type BuildTiming } from './site/build-timing.ts';
import { requireChromium } from './site/chromium.ts';
import { installInterruptHandlers, onInterrupt } from './site/cleanup.ts';
import { CATEGORIES, measurePage, type Category, type MeasuredPage, type Preset } from './site/lighthouse.ts';
import { measureFirstResults, measureKeystrokes, pageScripts, readableWithoutJs, searchSizes, type FirstResults, type KeystrokeLatency, type ReadableWithoutJs, type SearchSizes } from './site/search-timing.ts';
import { prepareTimelinePage } from './site/timelinejs.ts';
import { pageWeight, precompressFolder, type PageWeight } from './site/compression.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = path.join(REPO, 'bench-results', 'site.json');
// The engine's query latency, written by tests/bench/search-engines.ts (bench:search writes search.json,
// another shape: the phone comparison with Pagefind).
const SEARCH_RESULTS = path.join(REPO, 'bench-results', 'search-engines.json');

/** A word that is in the real story, and a 20-character query typed one key at a time. */
const FIRST_WORD = 'children';
const TYPED_QUERY = 'children and parents';
const FIRST_RESULT_LOADS = 5;
const TYPING_PASSES = 5;

// ---------------------------------------------------------------- options

interface Options {
  runs: number;
  sizes: number[];
  quick: boolean;
}

const USAGE = `usage: node tests/bench/site-bench.ts [--quick] [--sizes 100,1000,10000] [--runs 3]
  --quick        1 Lighthouse run per page and preset, build sizes 100 and 1,000
  --sizes LIST   synthetic event counts to time the build at (default 100,1000,10000)
  --runs N       Lighthouse runs per page and preset (median reported; default 3)`;

function parseOptions(argv: string[]): Options {
  let quick = false;
  let sizes: number[] | undefined;
  let runs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (name: string): string => {
      const inline = arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : undefined;
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      sizes = value('--sizes')
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers, e.g. --sizes 100,1000\n${USAGE}`);
    } else if (arg === '--runs' || arg.startsWith('--runs=')) {
      runs = Number(value('--runs'));
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return { quick, runs: runs ?? (quick ? 1 : 3), sizes: [...new Set(sizes ?? (quick ? [100, 1000] : [100, 1000, 10000]))].sort((a, b) => a - b) };
}

// ---------------------------------------------------------------- formatting

const started = performance.now();
const clock = (): string => {
  const s = Math.round((performance.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (line: string): void => console.log(`[${clock()}] ${line.trimStart()}`);

const kb = (n: number | null | undefined): string => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);
const msf = (n: number | null | undefined): string => (n == null ? '–' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n).toLocaleString('en-US')} ms`);
const num = (n: number | null | undefined, digits = 0): string => (n == null ? '–' : n.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null => (a == null || b == null || b === 0 ? null : a / b);
const times = (r: number | null): string => (r === null ? '–' : `${r.toFixed(2)}×`);
const mark = (pass: boolean | null): string => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');

/** A plain Markdown table, columns padded so it also reads well in a terminal. */
function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

// ---------------------------------------------------------------- phases

interface TimelineProbe {
  events: number;
  /** Event markers TimelineJS drew: proof the page really rendered our data. */
  markersDrawn: number;
  requests: string[];
  offOriginAttempts: string[];
  consoleErrors: string[];
  packageFiles: Record<string, number>;
}

interface Results {
  node: string;
  date: string;
  machine: { cpus: number; chromium: string | null };
  options: Options;
  durationS: number;
  errors: string[];
  lighthouse: { ours: MeasuredPage[]; timelinejs: MeasuredPage[]; timelinejsPage: TimelineProbe | null };
  ratios: Partial<Record<Preset, Record<string, number | null>>>;
  search: {
    sizes: SearchSizes | null;
    blockingScriptBytes: number | null;
    firstResults: FirstResults | null;
    keystrokes: KeystrokeLatency | null;
    withoutJs: ReadableWithoutJs | null;
    engine: { source: string; date: string | null; sizes: { events: number; medianMs: number; p95Ms: number; rawBytes: number; gzipBytes: number }[] } | null;
  };
  /** Each page with its stylesheets and scripts: raw, .gz and .br bytes. */
  weights: PageWeight[];
  builds: BuildTiming[];
  buildGrowth: { perEventRatio: number | null; marginalRatio: number | null; fixedMs: number | null; msPerEvent: number | null } | null;
  targets: { target: string; result: string; pass: boolean | null }[];
}

async function lighthouseOurs(runs: number, origin: string): Promise<MeasuredPage[]> {
  const reps = representativePages(listPages());
  const choose = (type: string): string => {
    const page = reps.find((p) => pageType(p) === type);
    if (!page) throw new Error(`dist/ has no ${type} page to measure`);
    return page;
  };
  const pages: [string, string][] = [
    ['home', '/'],
    ['event', choose('/events/*/')],
    ['source', choose('/sources/*/')],
  ];
  const measured: MeasuredPage[] = [];
  for (const [label, pagePath] of pages) {
    for (const preset of ['mobile', 'desktop'] as const) {
      log(`lighthouse: ${label} page ${pagePath}, ${preset}, ${runs} run${runs === 1 ? '' : 's'}`);
      measured.push(await measurePage(label, `${origin}${pagePath}`, preset, runs, log));
    }
  }
  return measured;
}

/** Loads the TimelineJS page once in Playwright: did it draw our events, and what did it try to fetch? */
async function probeTimeline(browser: Browser, server: { origin: string; close(): Promise<void> }, events: number, packageFiles: Record<string, number>): Promise<TimelineProbe> {
  const context = await newSiteContext(browser, server);
  try {
    const probe = await createProbe(context, server);
    const requests: string[] = [];
    probe.page.on('request', (r) => requests.push(r.url()));
    await probe.goto('/');
    let markersDrawn = 0;
    try {
      await probe.page.waitForFunction((n) => document.querySelectorAll('.tl-timemarker').length >= n, events, { timeout: LIMITS.pageMs });
    } catch {
      // Reported below as fewer markers than events.
    }
    markersDrawn = await probe.page.locator('.tl-timemarker').count();
    const problems = await probe.problems();
    return { events, markersDrawn, requests, offOriginAttempts: problems.foreignRequests, consoleErrors: problems.consoleErrors, packageFiles };
  } finally {
    await context.close();
  }
}

function readSearchEngineFigures(): Results['search']['engine'] {
  if (!existsSync(SEARCH_RESULTS)) return null;
  const data = JSON.parse(readFileSync(SEARCH_RESULTS, 'utf8')) as {
    date?: string;
    results: { events: number; engines: { engine: string; medianMs: number; p95Ms: number; rawBytes: number; gzipBytes: number }[] }[];
  };
  if (!Array.isArray(data.results)) return null;
  const sizes = data.results.flatMap((r) => {
    const ours = r.engines.find((e) => e.engine.startsWith('ours')) ?? r.engines[0];
    return ours ? [{ events: r.events, medianMs: ours.medianMs, p95Ms: ours.p95Ms, rawBytes: ours.rawBytes, gzipBytes: ours.gzipBytes }] : [];
  });
  return { source: path.relative(REPO, SEARCH_RESULTS), date: data.date ?? null, sizes };
}

/** Least-squares line through (events, ms): the fixed start-up cost and the cost of each event. */
function fitLine(points: { x: number; y: number }[]): { fixed: number; slope: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { fixed: my - slope * mx, slope };
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    for (const file of ['index.html', 'data/events.json', 'data/sources.json', 'search-index.json']) {
      if (!existsSync(path.join(DIST, file))) throw new Error(`no built site at ${DIST} (${file} is missing): run \`npm run build\` first; the benchmark measures the built site and does not build it.`);
    }
    requireChromium();
  } catch (error) {
    console.error(`site-bench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  installInterruptHandlers();

  const results: Results = {
    node: process.version,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, chromium: null },
    options,
    durationS: 0,
    errors: [],
    lighthouse: { ours: [], timelinejs: [], timelinejsPage: null },
    ratios: {},
    search: { sizes: null, blockingScriptBytes: null, firstResults: null, keystrokes: null, withoutJs: null, engine: null },
    weights: [],
    builds: [],
    buildGrowth: null,
    targets: [],
  };
  const fail = (phase: string, error: unknown): void => {
    const message = `${phase}: ${error instanceof Error ? error.message : String(error)}`;
    results.errors.push(message);
    log(`ERROR ${message}`);
  };
  const events = (JSON.parse(readFileSync(path.join(DIST, 'data', 'events.json'), 'utf8')) as { events: unknown[] }).events.length;
  log(`site bench: ${DIST} (${events} events), Lighthouse ${options.runs} run(s) per page and preset, build sizes ${options.sizes.join(', ')}`);

  // 0. What each page weighs, raw and precompressed.
  for (const page of representativePages(listPages()).filter((p) => ['/', '/events/*/', '/sources/*/'].includes(pageType(p)))) results.weights.push(pageWeight(DIST, page));

  // 1. Lighthouse on our pages.
  const site = await startServer(DIST);
  const stopSite = onInterrupt(() => site.close());
  try {
    results.lighthouse.ours = await lighthouseOurs(options.runs, site.origin);
  } catch (error) {
    fail('lighthouse (our pages)', error);
  }

  // 2. The same on TimelineJS, plus a Playwright look at what it loads.
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    results.machine.chromium = browser.version();
    const folder = await prepareTimelinePage(DIST);
    const removeFolder = onInterrupt(() => folder.remove());
    // Served as ours is: precompressed copies beside the files, sent to a browser that accepts them.
    await precompressFolder(folder.root);
    results.weights.push({ ...pageWeight(folder.root, 'index.html'), page: 'TimelineJS page' });
    const timeline = await startServer(folder.root);
    const stopTimeline = onInterrupt(() => timeline.close());
    try {
      log(`timelinejs: page with ${folder.events} events at ${timeline.origin}/ (from ${folder.root})`);
      const probe = await withTimeout(probeTimeline(browser, timeline, folder.events, folder.packageFiles), LIMITS.pageMs * 2, 'TimelineJS probe');
      results.lighthouse.timelinejsPage = probe;
      log(`timelinejs: drew ${probe.markersDrawn}/${probe.events} event markers; ${probe.requests.length} requests, ${probe.offOriginAttempts.length} off-origin`);
      for (const preset of ['mobile', 'desktop'] as const) {
        log(`lighthouse: timelinejs page, ${preset}, ${options.runs} run${options.runs === 1 ? '' : 's'}`);
        results.lighthouse.timelinejs.push(await measurePage('timelinejs', `${timeline.origin}/`, preset, options.runs, log));
      }
    } finally {
      stopTimeline();
      await timeline.close();
      removeFolder();
      await folder.remove();
    }
  } catch (error) {
    fail('lighthouse (TimelineJS)', error);
  }

  // 3. Search on the real site.
  try {
    results.search.sizes = searchSizes(DIST);
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    results.search.blockingScriptBytes = pageScripts(html)
      .filter((s) => s.blocking)
      .reduce((n, s) => n + readFileSync(path.join(DIST, s.src)).length, 0);
    browser ??= await launchBrowser();
    log(`search: first results for "${FIRST_WORD}", ${FIRST_RESULT_LOADS} fresh loads`);
    results.search.firstResults = await withTimeout(measureFirstResults(browser, site, FIRST_WORD, FIRST_RESULT_LOADS), LIMITS.pageMs * (FIRST_RESULT_LOADS + 1), 'first results');
    log(`search: typing "${TYPED_QUERY}" ${TYPING_PASSES} times`);
    results.search.keystrokes = await measureKeystrokes(browser, site, TYPED_QUERY, TYPING_PASSES);
    results.search.withoutJs = await withTimeout(readableWithoutJs(browser, site, events), LIMITS.pageMs, 'reading without JavaScript');
  } catch (error) {
    fail('search', error);
  } finally {
    await browser?.close();
    stopSite();
    await site.close();
  }
  results.search.engine = readSearchEngineFigures();

  // 4. Build time by size.
  for (const size of options.sizes) {
    try {
      log(`build: ${size} synthetic events`);
      const timing = await timeBuild(REPO, size, log);
      results.builds.push(timing);
      log(`build: ${size} events in ${(timing.totalMs / 1000).toFixed(1)} s (${timing.msPerEvent.toFixed(1)} ms per event, ${timing.htmlPages} HTML pages)`);
    } catch (error) {
      fail(`build ${size}`, error);
    }
  }

  results.durationS = Math.round((performance.now() - started) / 1000);
  report(results);
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPO, RESULTS)}; the whole run took ${Math.floor(results.durationS / 60)} min ${results.durationS % 60} s`);
  if (results.errors.length) {
    console.error(`\n${results.errors.length} part(s) of the benchmark failed:\n${results.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------- report

const SCORE_LABEL: Record<Category, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };

function lighthouseRow(m: MeasuredPage): string[] {
  const f = m.median;
  const path = new URL(m.url).pathname;
  const page = m.label === 'timelinejs' ? 'TimelineJS' : `${m.label} ${path.length > 34 ? `${path.slice(0, 33)}…` : path}`;
  if (!f) return [page, m.preset, ...CATEGORIES.map(() => '–'), '–', '–', '–', '–', '–', `all ${m.runs} runs failed`];
  return [
    page,
    m.preset,
    ...CATEGORIES.map((c) => num(f.scores[c])),
    msf(f.lcpMs),
    msf(f.tbtMs),
    num(f.cls, 3),
    kb(f.totalBytes),
    kb(f.scriptBytes),
    `${f.requests ?? '–'} / ${f.offOriginRequests}${m.errors.length ? ` (${m.errors.length} failed)` : ''}`,
  ];
}

function report(r: Results): void {
  const runs = r.options.runs;
  section(`Lighthouse ${runs === 1 ? '(1 run)' : `(median of ${runs} runs)`}: our pages and TimelineJS over the same events`);
  const all = [...r.lighthouse.ours, ...r.lighthouse.timelinejs];
  console.log(
    table(
      ['page', 'preset', ...CATEGORIES.map((c) => SCORE_LABEL[c]), 'LCP', 'TBT', 'CLS', 'bytes', 'JS bytes', 'requests / off-origin'],
      all.map(lighthouseRow),
    ),
  );
  const below = all.filter((m) => m.median && m.median.failingAudits.length);
  for (const m of below) console.log(`  ${m.label} ${m.preset}: below 100 because of ${m.median!.failingAudits.join(', ')}`);
  console.log('  (Bytes are transferred bytes: both sides are served precompressed with brotli.)');

  const tp = r.lighthouse.timelinejsPage;
  if (tp) {
    console.log(
      `\nTimelineJS 3.9.11 page: drew ${tp.markersDrawn} of ${tp.events} event markers; ${tp.requests.length} requests, ${tp.offOriginAttempts.length} off-origin attempt(s)${tp.offOriginAttempts.length ? `: ${tp.offOriginAttempts.join(', ')}` : ''}; options font: null, script_path on our server.`,
    );
  }

  section('Ratios, our home page / TimelineJS (below 1 means ours is smaller or faster; for scores, above 1 is better)');
  const rows: string[][] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const ours = r.lighthouse.ours.find((m) => m.label === 'home' && m.preset === preset)?.median;
    const theirs = r.lighthouse.timelinejs.find((m) => m.preset === preset)?.median;
    if (!ours || !theirs) continue;
    const figures: Record<string, number | null> = {
      bytes: ratio(ours.totalBytes, theirs.totalBytes),
      'JS bytes': ratio(ours.scriptBytes, theirs.scriptBytes),
      LCP: ratio(ours.lcpMs, theirs.lcpMs),
      TBT: ratio(ours.tbtMs, theirs.tbtMs),
      ...Object.fromEntries(CATEGORIES.map((c) => [SCORE_LABEL[c], ratio(ours.scores[c], theirs.scores[c])])),
    };
    r.ratios[preset] = figures;
    rows.push([preset, ...Object.values(figures).map(times)]);
  }
  console.log(table(['preset', 'bytes', 'JS bytes', 'LCP', 'TBT', ...CATEGORIES.map((c) => SCORE_LABEL[c])], rows));
  console.log('  (– where TimelineJS’s figure is 0, e.g. a TBT of 0 ms.)');

  section('Page weight: HTML with its CSS and scripts, raw and as the precompressed copies served');
  console.log(table(['page', 'raw', 'gzip', 'brotli'], r.weights.map((w) => [w.page, kb(w.raw), kb(w.gzip), kb(w.brotli)])));
  console.log('  (The test server sends the .br copy to Chromium, as a host serving precompressed files does; the TimelineJS folder is precompressed the same way.)');

  section('Search on the real site');
  const s = r.search;
  if (s.sizes) {
    const rowsS: string[][] = [
      ['index dist/search-index.json', kb(s.sizes.index.raw), kb(s.sizes.index.gzip), 'fetched on first use'],
      ...s.sizes.searchCode.map((f) => [`search code ${f.file}`, kb(f.raw), kb(f.gzip), 'imported on first use']),
      ...s.sizes.starter.map((f) => [`starter ${f.file.length > 44 ? `${f.file.slice(0, 43)}…` : f.file}`, kb(f.raw), kb(f.gzip), 'module script on /, deferred']),
      ['parser-blocking scripts on /', kb(s.blockingScriptBytes), '', ''],
    ];
    console.log(table(['file', 'raw', 'gzip', 'when'], rowsS));
  }
  const timing: string[][] = [];
  if (s.firstResults) {
    timing.push([
      `first keystroke → first results ("${s.firstResults.word}", cold, ${s.firstResults.samplesMs.length} loads)`,
      `${msf(s.firstResults.medianMs)} median`,
      `runs ${s.firstResults.samplesMs.map((v) => Math.round(v)).join(', ')} ms; index fetch ${msf(s.firstResults.indexFetchMs)}, code fetch ${msf(s.firstResults.codeFetchMs)}`,
    ]);
  }
  if (s.keystrokes) {
    const k = s.keystrokes;
    timing.push([`per keystroke, input → status ("${k.query}", ×${k.repetitions})`, `p50 ${msf(k.totalP50Ms)}, p95 ${msf(k.totalP95Ms)}`, `${k.samples} keystrokes; includes the island's typing debounce`]);
    timing.push(['per keystroke, debounce fired → status (search + render)', `p50 ${msf(k.workP50Ms)}, p95 ${msf(k.workP95Ms)}`, 'the work itself']);
  }
  if (s.withoutJs) timing.push(['home page with JavaScript off', `${s.withoutJs.visibleWithoutJs} of ${s.withoutJs.events} events visible`, 'nothing to run before reading']);
  if (timing.length) console.log(`\n${table(['measure', 'value', 'notes'], timing)}`);
  if (s.engine) {
    console.log(`\nQuery latency of the engine on synthetic chronologies (from ${s.engine.source}, ${s.engine.date ?? 'undated'}; run \`node tests/bench/search-engines.ts\` to refresh):\n`);
    console.log(table(['events', 'median', 'p95', 'index raw', 'index gzip'], s.engine.sizes.map((e) => [e.events.toLocaleString('en-US'), msf(e.medianMs), msf(e.p95Ms), kb(e.rawBytes), kb(e.gzipBytes)])));
  } else console.log('\nNo bench-results/search.json: run `npm run bench:search` for query latency at 100 / 1,000 / 10,000 events.');

  section('Build time (`node src/node/cli.ts build`: content check + astro build) on synthetic content');
  const b = r.builds;
  if (b.length) {
    console.log(
      table(
        ['events', 'sources', 'HTML pages', 'total', 'ms / event page', 'ms / HTML page'],
        b.map((t) => [t.events.toLocaleString('en-US'), String(t.content.sources), t.htmlPages.toLocaleString('en-US'), `${(t.totalMs / 1000).toFixed(1)} s`, t.msPerEvent.toFixed(1), t.msPerHtmlPage.toFixed(1)]),
      ),
    );
    const first = b[0]!;
    const last = b[b.length - 1]!;
    const perEventRatio = b.length > 1 ? last.msPerEvent / first.msPerEvent : null;
    const fit = fitLine(b.map((t) => ({ x: t.events, y: t.totalMs })));
    // The cost each added event brings, between consecutive sizes: flat when growth is linear.
    const marginal = b.slice(1).map((t, i) => (t.totalMs - b[i]!.totalMs) / (t.events - b[i]!.events));
    const marginalRatio = marginal.length >= 2 ? marginal[marginal.length - 1]! / marginal[0]! : null;
    r.buildGrowth = { perEventRatio, marginalRatio, fixedMs: fit?.fixed ?? null, msPerEvent: fit?.slope ?? null };
    if (perEventRatio !== null) console.log(`  per-event cost ${last.events.toLocaleString('en-US')} vs ${first.events.toLocaleString('en-US')}: ${times(perEventRatio)} (below 1: the fixed start-up cost is spread over more pages)`);
    if (marginal.length) console.log(`  cost of each added event: ${marginal.map((m, i) => `${b[i]!.events.toLocaleString('en-US')}→${b[i + 1]!.events.toLocaleString('en-US')}: ${m.toFixed(2)} ms`).join(', ')}${marginalRatio !== null ? ` (last/first ${times(marginalRatio)})` : ''}`);
    if (fit) console.log(`  straight-line fit: ${(fit.fixed / 1000).toFixed(1)} s fixed + ${fit.slope.toFixed(2)} ms per event`);
  } else console.log('No build was timed.');

  // ---------------------------------------------------------------- targets
  const t = r.targets;
  for (const m of r.lighthouse.ours.filter((x) => x.preset === 'mobile')) {
    const f = m.median;
    t.push({
      target: `Lighthouse 100 ×4 on mobile: ${m.label} page`,
      result: f ? CATEGORIES.map((c) => `${SCORE_LABEL[c]} ${num(f.scores[c])}`).join(', ') : 'not measured',
      pass: f ? CATEGORIES.every((c) => f.scores[c] === 100) : null,
    });
  }
  const homeMobile = r.lighthouse.ours.find((m) => m.label === 'home' && m.preset === 'mobile')?.median;
  const tlMobile = r.lighthouse.timelinejs.find((m) => m.preset === 'mobile')?.median;
  const bytesRatio = ratio(homeMobile?.totalBytes, tlMobile?.totalBytes);
  t.push({
    target: 'home page ≤ ¼ of the TimelineJS page’s bytes (mobile)',
    result: bytesRatio === null ? 'not measured' : `${kb(homeMobile!.totalBytes)} vs ${kb(tlMobile!.totalBytes)} = ${(bytesRatio * 100).toFixed(0)}%`,
    pass: bytesRatio === null ? null : bytesRatio <= 0.25,
  });
  const starterBytes = s.sizes?.starter.reduce((n, f) => n + f.raw, 0) ?? null;
  const noJs = s.blockingScriptBytes !== null && s.withoutJs !== null;
  t.push({
    target: 'no JavaScript needed to read the home page',
    result: noJs
      ? `${s.blockingScriptBytes} B blocking JS; ${kb(starterBytes)} deferred starter (search box only); ${s.withoutJs!.visibleWithoutJs}/${s.withoutJs!.events} events readable with JS off`
      : 'not measured',
    pass: noJs ? s.blockingScriptBytes === 0 && s.withoutJs!.visibleWithoutJs === s.withoutJs!.events : null,
  });
  const g = r.buildGrowth;
  // Linear: the cost per added event does not grow with size (15% noise allowed); with only two
  // sizes, the per-event cost at the larger size must not exceed the smaller's.
  const linear = g === null || g.perEventRatio === null ? null : g.marginalRatio !== null ? g.marginalRatio <= 1.15 : g.perEventRatio <= 1;
  t.push({
    target: 'build cost grows linearly with events',
    result:
      g === null || g.perEventRatio === null
        ? 'needs two sizes or more'
        : `per-event cost ${b[b.length - 1]!.events.toLocaleString('en-US')} vs ${b[0]!.events.toLocaleString('en-US')}: ${times(g.perEventRatio)}${g.marginalRatio !== null ? `; added-event cost last/first step: ${times(g.marginalRatio)}` : ''}`,
    pass: linear,
  });
  section('Targets (reported, not asserted)');
  console.log(table(['', 'target', 'result'], t.map((x) => [mark(x.pass), x.target, x.result])));
  if (r.errors.length) console.log(`\nParts that failed: ${r.errors.length} (see above).`);
}

process.exitCode = await main();
