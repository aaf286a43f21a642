// The first query on an emulated phone: CPU 4× slower (DevTools Protocol), 150 ms round trips and
// 1.6 Mbit/s (played by the server, see throttled-server.ts). Bytes sent from focusing the box to the
// first results, and the time from the first keystroke to the status line saying what matched.
import type { Browser } from 'playwright-core';
import { LIMITS, withTimeout } from '../../e2e/harness.ts';
import { quantile } from '../site/search-timing.ts';
import type { ThrottledServer } from './throttled-server.ts';

export const PHONE = { cpuSlowdown: 4, latencyMs: 150, downloadBitsPerSecond: 1_600_000 } as const;

export interface FirstQuery {
  /** Median over the loads. */
  ms: number;
  /** Bytes on the wire (bodies as sent, with headers) from focus to first results; median. */
  bytes: number;
  requests: number;
  samplesMs: number[];
}

/** Before the page's scripts: timestamps of input events and of every change to the status line. */
function instrument(): void {
  const bench = { inputs: [] as number[], updates: [] as { t: number; text: string }[] };
  Object.defineProperty(window, '__searchBench', { value: bench });
  document.addEventListener('input', () => bench.inputs.push(performance.now()), true);
  const watch = (): void => {
    const status = document.getElementById('search-status');
    if (status) new MutationObserver(() => bench.updates.push({ t: performance.now(), text: status.textContent ?? '' })).observe(status, { childList: true, characterData: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

interface Bench {
  inputs: number[];
  updates: { t: number; text: string }[];
}

async function oneLoad(browser: Browser, server: ThrottledServer, pagePath: string, word: string): Promise<{ ms: number; bytes: number; requests: number }> {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    server.reset();
    await withTimeout(
      (async () => {
        await page.focus('#timeline-q');
        await page.keyboard.type(word);
        await page.waitForFunction(() => (window as unknown as { __searchBench: Bench }).__searchBench.updates.some((u) => u.text.includes('match')), undefined, { timeout: LIMITS.pageMs });
      })(),
      LIMITS.pageMs * 2,
      `first results for ${word} on ${pagePath}`,
    );
    const s = await page.evaluate(() => (window as unknown as { __searchBench: Bench }).__searchBench);
    const first = s.updates.find((u) => u.text.includes('match'))!;
    return { ms: first.t - s.inputs[0]!, ...server.sent() };
  } finally {
    await context.close();
  }
}

/** Opens `pagePath` fresh `loads` times (empty cache each time) and times the first query for `word`. */
export async function measureFirstQuery(browser: Browser, server: ThrottledServer, pagePath: string, word: string, loads: number): Promise<FirstQuery> {
  const runs: { ms: number; bytes: number; requests: number }[] = [];
  for (let i = 0; i < loads; i++) runs.push(await oneLoad(browser, server, pagePath, word));
  return {
    ms: quantile(runs.map((r) => r.ms), 0.5)!,
    bytes: quantile(runs.map((r) => r.bytes), 0.5)!,
    requests: quantile(runs.map((r) => r.requests), 0.5)!,
    samplesMs: runs.map((r) => Math.round(r.ms)),
  };
}
