// Search and filters as a reader uses them on the real timeline: typing, marking, filtering, the URL,
// back and forward, the keyboard, lazy loading; and the copy-citation button on an event page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, sitePath, newSiteContext, openPage, startServer, type OpenedPage, type StaticServer } from './harness.ts';

const events = (JSON.parse(readFileSync(path.join(DIST, 'data/events.json'), 'utf8')) as { events: { id: string; actors: string[]; start: string; end: string }[] }).events;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newSiteContext(browser, server);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const visibleEvents = (page: Page) => page.locator('[data-timeline] li:not([hidden]) > .event-card').evaluateAll((els) => els.map((el) => el.id));
const status = (page: Page) => page.locator('#search-status').textContent();
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function waitForCount(page: Page, text: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), text.source);
}

async function expectClean(opened: OpenedPage): Promise<void> {
  const problems = await opened.problems();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
}

test('readers who never search load no search code beyond the starter, and no index', async () => {
  const opened = await openPage(context, server, '/');
  const scripts: string[] = [];
  opened.page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await opened.page.mouse.wheel(0, 2000);
  await opened.page.waitForTimeout(300);
  const loaded = await opened.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  expect([...loaded, ...scripts].filter((p) => /search-index|search-app/.test(p))).toEqual([]);
  await opened.page.locator('#timeline-q').focus();
  await waitForCount(opened.page, /events/);
  const after = await opened.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  expect(after.some((p) => p.endsWith('/search-index.json'))).toBe(true);
  await expectClean(opened);
  await opened.page.close();
});

describe('typing', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(context, server, '/');
  });
  afterAll(async () => opened.page.close());

  test('"/" focuses the box, typing narrows the timeline in date order and marks the words', async () => {
    const { page } = opened;
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-q');
    await page.keyboard.type('take away children');
    await waitForCount(page, /of \d+ events match “take away children”/);
    const shown = await visibleEvents(page);
    expect(shown).toContain('2018-05-conference-call');
    expect(shown).toEqual(events.map((e) => e.id).filter((id) => shown.includes(id)));
    expect(await page.locator('[data-timeline] [id="2018-05-conference-call"] mark').count()).toBeGreaterThan(0);
    expect(await status(page)).toMatch(new RegExp(`^${shown.length} of ${events.length} events match`));
    expect(params(page)).toEqual({ q: 'take away children' });
    // The status is announced politely.
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
  });

  test('a phrase in no event but in an article leads to its paragraph', async () => {
    const { page } = opened;
    await page.locator('#timeline-q').fill('Officer of Inspector General');
    await waitForCount(page, /Officer of Inspector General/);
    const link = page.locator('.paragraph-hits a').first();
    expect(await link.getAttribute('href')).toBe(sitePath('/sources/upi-2021-01-14/#p1'));
  });

  test('a misspelt name finds that person’s events', async () => {
    const { page } = opened;
    await page.locator('#timeline-q').fill('Rosenstien');
    await waitForCount(page, /Rosenstien/);
    const shown = await visibleEvents(page);
    const his = events.filter((e) => e.actors.includes('rod-rosenstein')).map((e) => e.id);
    expect(shown).toEqual(expect.arrayContaining(his));
  });

  test('an empty result says so and offers people and themes; Escape clears', async () => {
    const { page } = opened;
    await page.locator('#timeline-q').fill('zzqqxx');
    await waitForCount(page, /^0 of/);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.locator(`[data-empty] a[href="${sitePath('/people/')}"]`).count()).toBe(1);
    expect(await visibleEvents(page)).toEqual([]);
    await page.locator('#timeline-q').press('Escape');
    await waitForCount(page, new RegExp(`^${events.length} events`));
    expect(await page.locator('#timeline-q').inputValue()).toBe('');
    expect((await visibleEvents(page)).length).toBe(events.length);
    expect(await page.locator('[data-timeline] .event-card mark').count()).toBe(0);
  });

  test('no input breaks it', async () => {
    const { page } = opened;
    for (const input of ['((((', '.*+?^${}()|[]\\', '🙂🙃 emoji', 'שלום עולם', 'x'.repeat(10_000), '\uD800 lone']) {
      await page.locator('#timeline-q').fill(input);
      await waitForCount(page, /events/);
    }
    await expectClean(opened);
  });
});

describe('filters and the URL', () => {
  test('filters combine with the query, show counts, and live in the URL; back and forward restore states', async () => {
    const opened = await openPage(context, server, '/');
    const { page } = opened;
    await page.locator('#timeline-q').focus();
    await waitForCount(page, /events/);
    await page.locator('select[name="person"]').selectOption('rod-rosenstein');
    await waitForCount(page, /match/);
    const his = events.filter((e) => e.actors.includes('rod-rosenstein')).map((e) => e.id);
    expect(await visibleEvents(page)).toEqual(his);
    expect(params(page)).toEqual({ person: 'rod-rosenstein' });
    // Each option says how many events it would leave: a menu's options are rewritten when the reader
    // comes to it (search/menus.ts), the chosen one at once.
    expect(await page.locator('select[name="person"] option:checked').textContent()).toBe(`Rod Rosenstein (${his.length})`);
    await page.locator('select[name="year"]').focus();
    const optionText = await page.locator('select[name="year"] option[value="2018"]').textContent();
    const in2018 = his.filter((id) => { const e = events.find((x) => x.id === id)!; return e.start <= '2018-12-31' && e.end >= '2018-01-01'; });
    expect(optionText).toBe(`2018 (${in2018.length})`);
    await page.locator('select[name="year"]').selectOption('2018');
    await waitForCount(page, new RegExp(`^${in2018.length} of`));
    expect(params(page)).toEqual({ person: 'rod-rosenstein', year: '2018' });

    await page.goBack();
    await waitForCount(page, new RegExp(`^${his.length} of`));
    expect(await page.locator('select[name="year"]').inputValue()).toBe('');
    await page.goForward();
    await waitForCount(page, new RegExp(`^${in2018.length} of`));
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2018');
    await expectClean(opened);
    await page.close();
  });

  test('a shared link opens in that state', async () => {
    const opened = await openPage(context, server, '/?q=Rosenstein&year=2021');
    const { page } = opened;
    await waitForCount(page, /match “Rosenstein”/);
    expect(await page.locator('#timeline-q').inputValue()).toBe('Rosenstein');
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2021');
    const shown = await visibleEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(events.find((e) => e.id === id)!.end >= '2021-01-01', id).toBe(true);
    await expectClean(opened);
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the search box is not offered; links to browse by person, theme and year are', async () => {
    const noJs = await newSiteContext(browser, server, { javaScriptEnabled: false });
    const opened = await openPage(noJs, server, '/');
    expect(await opened.page.locator('timeline-search').isVisible()).toBe(false);
    const browse = opened.page.locator('nav.browse');
    expect(await browse.locator(`a[href="${sitePath('/people/')}"]`).count()).toBe(1);
    expect(await browse.locator(`a[href^="${sitePath('/themes/')}"]`).count()).toBeGreaterThan(0);
    expect(await browse.locator(`a[href^="${sitePath('/years/')}"]`).count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

test('copy-citation copies the citation text', async () => {
  const withClipboard = await newSiteContext(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
  const opened = await openPage(withClipboard, server, '/events/2018-04-06-announcement/');
  const { page } = opened;
  const button = page.locator('copy-button[data-target="cite-event-apa"] button');
  await button.click();
  await page.waitForFunction(() => document.querySelector('copy-button[data-target="cite-event-apa"] [role="status"]')?.textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = (await page.locator('#cite-event-apa').textContent())!.replace(/\s+/g, ' ').trim();
  expect(copied).toBe(shown);
  expect(copied).toContain('/events/2018-04-06-announcement/');
  await expectClean(opened);
  await withClipboard.close();
});

describe('in Spanish', () => {
  const spanishEvents = (JSON.parse(readFileSync(path.join(DIST, 'es/data/events.json'), 'utf8')) as { events: { id: string; title: string; summary: string }[] }).events;

  test('searching without accents finds the Spanish words with them, in Spanish, and links stay in /es/', async () => {
    const opened = await openPage(context, server, '/es/');
    const { page } = opened;
    await page.keyboard.press('/');
    await page.keyboard.type('separacion');
    await waitForCount(page, /de \d+ eventos coinciden con “separacion”/);
    const shown = await visibleEvents(page);
    const accented = spanishEvents.filter((e) => /separación/i.test(`${e.title} ${e.summary}`)).map((e) => e.id);
    expect(accented.length).toBeGreaterThan(0);
    expect(shown).toEqual(expect.arrayContaining(accented));
    expect(await page.locator(`li > article[id="${accented[0]}"] mark`).count()).toBeGreaterThan(0);
    // The English quotes are indexed too: an English phrase from an article finds its paragraph on the Spanish copy.
    await page.locator('#timeline-q').fill('Officer of Inspector General');
    await waitForCount(page, /Officer of Inspector General/);
    expect(await page.locator('.paragraph-hits a').first().getAttribute('href')).toBe(sitePath('/es/sources/upi-2021-01-14/#p1'));
    expect(await page.locator('.paragraph-hits summary').textContent()).toMatch(/pasajes? con las palabras de los propios artículos/);
    await page.locator('#timeline-q').fill('zzqqxx');
    await waitForCount(page, /^0 de/);
    expect(await page.locator(`[data-empty] a[href="${sitePath('/es/people/')}"]`).count()).toBe(1);
    await expectClean(opened);
    await page.close();
  });

  test('copy buttons speak Spanish', async () => {
    const withClipboard = await newSiteContext(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
    const opened = await openPage(withClipboard, server, '/es/events/2018-04-06-announcement/');
    const { page } = opened;
    await page.locator('copy-button[data-target="cite-event-apa"] button').click();
    await page.waitForFunction(() => document.querySelector('copy-button[data-target="cite-event-apa"] [role="status"]')?.textContent === 'Copiado');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/es/events/2018-04-06-announcement/');
    await expectClean(opened);
    await withClipboard.close();
  });
});
