// Lighthouse through its Node API on a Chromium of our own: one bounded run, and medians over several.
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { withTimeout } from '../../e2e/harness.ts';
import { launchChromium } from './chromium.ts';

export type Preset = 'mobile' | 'desktop';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run tells us about one page. Scores are 0–100, times in ms, sizes in bytes. */
export interface LighthouseFigures {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** total-byte-weight: every byte transferred during the load. */
  totalBytes: number | null;
  /** Transfer size of scripts, from resource-summary. */
  scriptBytes: number | null;
  requests: number | null;
  /** Requests to anywhere but the page's own origin (they fail here: the network is closed). */
  offOriginRequests: number;
  offOriginUrls: string[];
  /** Scored audits below 1 in categories below 100, so a MISS says why. */
  failingAudits: string[];
  warnings: string[];
}

/** Upper bound for one run: Lighthouse's own waits are 45 s, plus trace processing on 2 slow cores. */
export const LIGHTHOUSE_RUN_MS = 150_000;

interface SummaryItem {
  resourceType?: string;
  transferSize?: number;
  requestCount?: number;
}
interface RequestItem {
  url?: string;
}

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

function itemsOf<T>(lhr: Result, id: string): T[] {
  const details = lhr.audits[id]?.details as { items?: T[] } | undefined;
  return details?.items ?? [];
}

/** The figures we report, read out of a Lighthouse result. */
export function figuresFrom(lhr: Result, pageOrigin: string): LighthouseFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const summary = itemsOf<SummaryItem>(lhr, 'resource-summary');
  const script = summary.find((i) => i.resourceType === 'script');
  const total = summary.find((i) => i.resourceType === 'total');
  const offOriginUrls = itemsOf<RequestItem>(lhr, 'network-requests')
    .map((r) => r.url ?? '')
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== pageOrigin);
  const failingAudits: string[] = [];
  for (const c of CATEGORIES) {
    if (lhr.categories[c]?.score === 1) continue;
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) failingAudits.push(`${c}:${ref.id}`);
    }
  }
  return {
    scores,
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    totalBytes: numeric(lhr, 'total-byte-weight'),
    scriptBytes: script?.transferSize ?? null,
    requests: total?.requestCount ?? null,
    offOriginRequests: offOriginUrls.length,
    offOriginUrls,
    failingAudits,
    warnings: [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings],
  };
}

/** One Lighthouse run on a fresh Chromium; the browser is closed however the run ends. */
export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseFigures> {
  const chromium = await launchChromium();
  try {
    const flags: Flags = {
      port: chromium.port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      maxWaitForLoad: 45_000,
    };
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
    // If the run overruns, closing the browser in `finally` makes Lighthouse give up too.
    const result = await withTimeout(lighthouse(url, flags, config), LIGHTHOUSE_RUN_MS, `Lighthouse (${preset}) on ${url}`);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return figuresFrom(result.lhr, new URL(url).origin);
  } finally {
    await chromium.close();
  }
}

export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

/** Each figure's median over the runs, taken separately (the usual way to quote Lighthouse medians). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const pick = (get: (f: LighthouseFigures) => number | null) => median(runs.map(get));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((f) => f.scores[c])])) as Record<Category, number | null>,
    lcpMs: pick((f) => f.lcpMs),
    tbtMs: pick((f) => f.tbtMs),
    cls: pick((f) => f.cls),
    totalBytes: pick((f) => f.totalBytes),
    scriptBytes: pick((f) => f.scriptBytes),
    requests: pick((f) => f.requests),
    offOriginRequests: Math.max(0, ...runs.map((f) => f.offOriginRequests)),
    offOriginUrls: [...new Set(runs.flatMap((f) => f.offOriginUrls))],
    failingAudits: [...new Set(runs.flatMap((f) => f.failingAudits))].sort(),
    warnings: [...new Set(runs.flatMap((f) => f.warnings))],
  };
}

export interface MeasuredPage {
  label: string;
  url: string;
  preset: Preset;
  runs: number;
  /** Runs that failed or timed out, with why. */
  errors: string[];
  median: LighthouseFigures | null;
}

/** `runs` Lighthouse runs of one page and preset; failed runs are recorded, not fatal. */
export async function measurePage(label: string, url: string, preset: Preset, runs: number, log: (line: string) => void): Promise<MeasuredPage> {
  const done: LighthouseFigures[] = [];
  const errors: string[] = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    try {
      const f = await runLighthouse(url, preset);
      done.push(f);
      log(`  lighthouse ${label} ${preset} run ${i}/${runs}: perf ${f.scores.performance} a11y ${f.scores.accessibility} bp ${f.scores['best-practices']} seo ${f.scores.seo}, LCP ${f.lcpMs?.toFixed(0)} ms, ${((f.totalBytes ?? 0) / 1024).toFixed(1)} KB (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(message);
      log(`  lighthouse ${label} ${preset} run ${i}/${runs}: FAILED ${message}`);
    }
  }
  return { label, url, preset, runs, errors, median: done.length ? medianFigures(done) : null };
}
