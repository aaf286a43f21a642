// Search as a reader meets it on the built site: sizes on disk, time to first results, per-keystroke latency.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LIMITS, newSiteContext, withTimeout, type StaticServer } from '../../e2e/harness.ts';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(root: string, rel: string): FileSize {
  const bytes = readFileSync(path.join(root, rel));
  return { file: rel, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export interface SearchSizes {
  index: FileSize;
  /** The search island, loaded on first use. */
  searchCode: FileSize[];
  /** What the home page loads up front (module scripts: deferred, never parser-blocking). */
  starter: FileSize[];
}

/** Module and classic scripts a page references, as dist-relative paths. */
export function pageScripts(html: string): { src: string; blocking: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].flatMap(([, attrs = '']) => {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (!src) return [];
    // A classic script without async or defer stops the parser; modules are deferred by default.
    const blocking = !/\btype="module"/.test(attrs) && !/\b(async|defer)\b/.test(attrs);
    return [{ src: src.replace(/^\//, ''), blocking }];
  });
}

export function searchSizes(dist: string): SearchSizes {
  const astro = path.join(dist, '_astro');
  const searchCode = readdirSync(astro)
    .filter((f) => /^search-app.*\.js$/.test(f))
    .map((f) => sizeOf(dist, `_astro/${f}`));
  const starter = pageScripts(readFileSync(path.join(dist, 'index.html'), 'utf8')).map((s) => sizeOf(dist, s.src));
  return { index: sizeOf(dist, 'search-index.json'), searchCode, starter };
}

/**
 * Timestamps taken inside the page, before any of its scripts run: every input event, the last
 * timer callback to fire (the island debounces typing with setTimeout), and every change to the
 * search status line (a MutationObserver fires after the task that changed it, i.e. after render).
 */
function instrument(): void {
  const bench = { inputs: [] as number[], lastTimer: 0, updates: [] as { t: number; timer: number; text: string }[] };
  Object.defineProperty(window, '__siteBench', { value: bench });
  document.addEventListener('input', () => bench.inputs.push(performance.now()), true);
  const original = window.setTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
    original(
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            bench.lastTimer = performance.now();
            return (handler as (...x: unknown[]) => unknown)(...a);
          }
        : handler,
      timeout,
      ...args,
    )) as typeof window.setTimeout;
  const watch = (): void => {
    const status = document.getElementById('search-status');
    if (!status) return;
    new MutationObserver(() => bench.updates.push({ t: performance.now(), timer: bench.lastTimer, text: status.textContent ?? '' })).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

interface BenchState {
  inputs: number[];
  lastTimer: number;
  updates: { t: number; timer: number; text: string }[];
}
const state = (page: Page): Promise<BenchState> => page.evaluate(() => (window as unknown as { __siteBench: BenchState }).__siteBench);

async function freshPage(browser: Browser, server: StaticServer): Promise<{ context: BrowserContext; page: Page }> {
  // A new context has an empty HTTP cache, so the index and the search code load cold.
  const context = await newSiteContext(browser, server);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  return { context, page };
}

export interface FirstResults {
  word: string;
  /** First input event → status line says "… match …", per load. */
  samplesMs: number[];
  medianMs: number;
  /** Transfer time of the index and of the search code, from Resource Timing, per load (median). */
  indexFetchMs: number | null;
  codeFetchMs: number | null;
}

/** Open /, focus the box, type `word`; time from the first keystroke to the first results. Fresh load each time. */
export async function measureFirstResults(browser: Browser, server: StaticServer, word: string, loads: number): Promise<FirstResults> {
  const samples: number[] = [];
  const indexFetch: number[] = [];
  const codeFetch: number[] = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await freshPage(browser, server);
    try {
      await withTimeout(
        (async () => {
          await page.focus('#timeline-q');
          await page.keyboard.type(word);
          await page.waitForFunction(() => (window as unknown as { __siteBench: BenchState }).__siteBench.updates.some((u) => u.text.includes('match')), undefined, { timeout: LIMITS.actionMs });
        })(),
        LIMITS.pageMs,
        'first search results',
      );
      const s = await state(page);
      const first = s.updates.find((u) => u.text.includes('match'))!;
      samples.push(first.t - s.inputs[0]!);
      const timing = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({ name: e.name, ms: (e as PerformanceResourceTiming).responseEnd - e.startTime })),
      );
      const idx = timing.find((t) => t.name.endsWith('/search-index.json'));
      const code = timing.find((t) => /\/search-app[^/]*\.js$/.test(t.name));
      if (idx) indexFetch.push(idx.ms);
      if (code) codeFetch.push(code.ms);
    } finally {
      await context.close();
    }
  }
  return { word, samplesMs: samples, medianMs: quantile(samples, 0.5)!, indexFetchMs: quantile(indexFetch, 0.5), codeFetchMs: quantile(codeFetch, 0.5) };
}

export interface KeystrokeLatency {
  query: string;
  repetitions: number;
  samples: number;
  /** Input event → status updated, including the island's typing debounce. */
  totalP50Ms: number;
  totalP95Ms: number;
  /** Debounce timer fired → status updated: the search and the re-render themselves. */
  workP50Ms: number;
  workP95Ms: number;
  /** Each keystroke's work in the order typed (the first pass fetches the chunks the later ones reuse). */
  workSamplesMs: number[];
}

/** Types `query` one key at a time, waiting for each status update, `repetitions` times over a loaded index. */
export async function measureKeystrokes(browser: Browser, server: StaticServer, query: string, repetitions: number): Promise<KeystrokeLatency> {
  const total: number[] = [];
  const work: number[] = [];
  const { context, page } = await freshPage(browser, server);
  const updates = async (): Promise<number> => (await state(page)).updates.length;
  const nextUpdate = (after: number) =>
    page.waitForFunction((n) => (window as unknown as { __siteBench: BenchState }).__siteBench.updates.length > n, after, { timeout: LIMITS.actionMs });
  try {
    await withTimeout(
      (async () => {
        // Focusing loads the island; wait until it has shown its first status (index loaded).
        await page.focus('#timeline-q');
        await page.waitForFunction(() => /events\. Type to search/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: LIMITS.actionMs });
      })(),
      LIMITS.pageMs,
      'loading search',
    );
    for (let r = 0; r < repetitions; r++) {
      await withTimeout(
        (async () => {
          for (const char of query) {
            const n = await updates();
            await page.keyboard.type(char);
            await nextUpdate(n);
            const s = await state(page);
            const u = s.updates[s.updates.length - 1]!;
            total.push(u.t - s.inputs[s.inputs.length - 1]!);
            work.push(u.t - u.timer);
          }
          // Escape clears the box at once (no debounce); wait for that render before the next pass.
          const n = await updates();
          await page.keyboard.press('Escape');
          await nextUpdate(n);
        })(),
        LIMITS.pageMs * 2,
        `typing "${query}"`,
      );
    }
  } finally {
    await context.close();
  }
  return {
    query,
    repetitions,
    samples: total.length,
    totalP50Ms: quantile(total, 0.5)!,
    totalP95Ms: quantile(total, 0.95)!,
    workP50Ms: quantile(work, 0.5)!,
    workP95Ms: quantile(work, 0.95)!,
    workSamplesMs: work.map((ms) => Math.round(ms * 10) / 10),
  };
}

export interface ReadableWithoutJs {
  /** Events in events.json. */
  events: number;
  /** Event entries present and visible on the home page with JavaScript switched off. */
  visibleWithoutJs: number;
}

/** Loads / with JavaScript disabled and counts the event entries a reader can see. */
export async function readableWithoutJs(browser: Browser, server: StaticServer, events: number): Promise<ReadableWithoutJs> {
  const context = await newSiteContext(browser, server, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    const visible = await page.locator('[data-timeline] li').evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetParent !== null && (li.textContent ?? '').trim() !== '').length);
    return { events, visibleWithoutJs: visible };
  } finally {
    await context.close();
  }
}

/** Nearest-rank quantile; null for no samples. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
