// Benchmark script (not a test): our search against Pagefind on the same pages, on the real site and on
// synthetic chronologies of 1,000 and 5,000 events. Per size: the first query on an emulated phone
// (bytes, time to first results; see search/phone.ts) for both, and our per-keystroke work unthrottled.
// Run: npm run build && npm run bench:search [-- --sizes 1000,5000 --loads 3 --baseline <an older dist/>]
// --baseline adds a row for another build of the real site (the code before a change), in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, launchBrowser, startServer } from '../e2e/harness.ts';
import { makeCorpus } from './search/corpus.ts';
import { writeBenchSite, writeRealSite } from './search/bench-site.ts';
import { measureFirstQuery, PHONE, type FirstQuery } from './search/phone.ts';
import { startThrottledServer } from './search/throttled-server.ts';
import { measureKeystrokes, type KeystrokeLatency } from './site/search-timing.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'tests/.tmp/search-bench');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '1000,5000').split(',').map(Number).filter((n) => n > 0);
const loads = Number(arg('loads', '3'));
/** A word in both the real story and the synthetic corpus. */
const WORD = 'separation';
const TYPED = 'separation';

interface Row {
  site: string;
  ours: FirstQuery;
  pagefind: FirstQuery;
  keystrokes: KeystrokeLatency;
}

async function measure(site: string, root: string): Promise<Row> {
  const phone = await startThrottledServer(root, { latencyMs: PHONE.latencyMs, bitsPerSecond: PHONE.downloadBitsPerSecond });
  const server = await startServer(root);
  const browser = await launchBrowser();
  try {
    const ours = await measureFirstQuery(browser, phone, '/', WORD, loads);
    const pagefind = await measureFirstQuery(browser, phone, '/pagefind-search.html', WORD, loads);
    const keystrokes = await measureKeystrokes(browser, server, TYPED, 3);
    return { site, ours, pagefind, keystrokes };
  } finally {
    await browser.close();
    await Promise.all([server.close(), phone.close()]);
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${Math.round(n)} ms`;

function table(rows: readonly Row[]): string {
  const lines = [
    `| search, emulated phone (CPU ${PHONE.cpuSlowdown}×, ${PHONE.latencyMs} ms RTT, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s) | first-query bytes: ours / Pagefind | first result: ours / Pagefind | requests: ours / Pagefind | keystroke work p50 / p95 (ours, unthrottled) |`,
    '|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.site} | ${kb(r.ours.bytes)} / ${kb(r.pagefind.bytes)} | ${ms(r.ours.ms)} / ${ms(r.pagefind.ms)} | ${r.ours.requests} / ${r.pagefind.requests} | ${r.keystrokes.workP50Ms.toFixed(1)} / ${r.keystrokes.workP95Ms.toFixed(1)} ms |`,
    );
  }
  return lines.join('\n');
}

const started = performance.now();
const rows: Row[] = [];
const real = path.join(WORK, 'real');
await writeRealSite(real, DIST);
rows.push(await measure('real site (39 events)', real));
const baseline = arg('baseline', '');
if (baseline) {
  const before = path.join(WORK, 'baseline');
  await writeRealSite(before, path.resolve(baseline));
  rows.push(await measure(`real site, baseline build (${baseline})`, before));
}
for (const size of sizes) {
  const root = path.join(WORK, String(size));
  const corpus = makeCorpus(size);
  await writeBenchSite(root, corpus);
  rows.push(await measure(`${size.toLocaleString('en-US')} events (synthetic)`, root));
  console.log(`${size} events measured`);
}
const printed = table(rows);
console.log(`\n${printed}\n`);
mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results/search.json'), `${JSON.stringify({ date: new Date().toISOString(), phone: PHONE, word: WORD, loads, rows }, null, 2)}\n`);
console.log(`wrote bench-results/search.json in ${((performance.now() - started) / 1000).toFixed(0)} s`);
