// Phone benchmark (not a test): how the timeline reads on a 390×844 phone and from the keyboard, and
// what the home page weighs against a plain-HTML page of the same text.
// Run: npm run build && node_modules/.bin/node tests/bench/phone-bench.ts  (writes bench-results/phone.json)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, launchBrowser, newSiteContext, requireDist, startServer } from '../e2e/harness.ts';
import { homeBytes } from './plain-html.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = path.join(REPO, 'bench-results', 'phone.json');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function firstEventTop(page: Page): Promise<number> {
  return page.evaluate(() => Math.round(document.querySelector('[data-timeline] .event-card > h4')!.getBoundingClientRect().top + scrollY));
}

/** Cards wholly inside one screen that starts at the first event (the list as a reader scrolls it). */
async function eventsPerScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-timeline] .event-card')].filter((c) => c.checkVisibility());
    const top = cards[0]!.getBoundingClientRect().top;
    return cards.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.top >= top && r.bottom <= top + innerHeight;
    }).length;
  });
}

async function tabStopsToSearch(context: BrowserContext, origin: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('timeline-search:not([hidden])');
  for (let i = 1; i <= 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'timeline-q')) {
      await page.close();
      return i;
    }
  }
  await page.close();
  return Number.NaN;
}

async function main(): Promise<void> {
  requireDist();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const phone = await newSiteContext(browser, server, PHONE);
    const phoneNoJs = await newSiteContext(browser, server, { ...PHONE, javaScriptEnabled: false });
    const page = await phone.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('timeline-search:not([hidden])');
    const firstWithJs = await firstEventTop(page);
    const fullPerScreen = await eventsPerScreen(page);
    await page.goto(`${server.origin}/?view=compact`);
    await page.waitForFunction(() => document.querySelector('[data-timeline]')?.getAttribute('data-view') === 'compact');
    const compactPerScreen = await eventsPerScreen(page);
    const quiet = await phoneNoJs.newPage();
    await quiet.goto(`${server.origin}/`);
    const firstWithoutJs = await firstEventTop(quiet);
    await quiet.goto(`${server.origin}/compact/`);
    const compactPagePerScreen = await eventsPerScreen(quiet);
    const overview = await page.evaluate(() => {
      const svg = document.querySelector('.overview svg')!;
      const targets = [...svg.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
      const labels = [...svg.querySelectorAll('.key-label text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      return { targets: targets.length, smallestTarget: [Math.min(...targets.map((r) => r.width)), Math.min(...targets.map((r) => r.height))].map((n) => Math.round(n)), keyLabels: labels.length, smallestLabelPx: Math.min(...labels) };
    });
    const desktop = await newSiteContext(browser, server, { viewport: { width: 1280, height: 900 } });
    const tabs = await tabStopsToSearch(desktop, server.origin);
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const result = {
      date: new Date().toISOString(),
      phone: '390×844, Chromium',
      firstEventTitleTop: { withJs: firstWithJs, withoutJs: firstWithoutJs, screen: 844 },
      eventsPerScreen: { full: fullPerScreen, compact: compactPerScreen, compactPage: compactPagePerScreen },
      overview,
      tabStopsToSearchBox: tabs,
      homeBytes: homeBytes(html),
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
