// A synthetic chronology past the paging threshold, built whole: no page lists more events than a
// page may, no page weighs more than the budget, every event is reachable by links from the home page,
// and the home page's search shows its results as cards (in Chromium), in English and in Spanish.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../bench/site/synthetic-content.ts';
import { isPaged, PAGE_BUDGET_BYTES, PAGING } from '../../src/lib/paging.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser, newSiteContext, openPage, startServer, type StaticServer } from '../e2e/harness.ts';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
/** Over 100 events in each of the generator's six years, so years, themes and the handout all get later pages. */
const EVENTS = 650;

let project = '';
let dist = '';
let eventIds: string[] = [];

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'timeline-paged-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) await cp(path.join(REPO, item), path.join(project, item), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await writeSyntheticContent(project, EVENTS);
  eventIds = (await readdir(path.join(project, 'content', 'events'))).map((f) => f.replace(/\.md$/, ''));
  await run(process.execPath, ['src/node/cli.ts', 'build'], { cwd: project, timeout: 280_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SHARE_IMAGE_CACHE_DIR: path.join(project, '.share') } });
  dist = path.join(project, 'dist');
}, 300_000);

afterAll(async () => {
  if (!project) return;
  await unlink(path.join(project, 'node_modules')).catch(() => undefined);
  await rm(project, { recursive: true, force: true });
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** Events a page lists: event cards, embed items and handout entries. */
function listedEvents(html: string): number {
  return (html.match(/<article class="event-card/g) ?? []).length + (html.match(/ data-embed-item/g) ?? []).length + (html.match(/<li value=/g) ?? []).length;
}

/** The site-relative page a link leads to, or undefined for anchors, files and other sites. */
function linkedPage(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const pathname = href.split(/[?#]/)[0]!;
  return pathname.endsWith('/') ? `${pathname}index.html` : undefined;
}

describe(`a synthetic chronology of ${EVENTS} events`, () => {
  test('is past the paging threshold', () => {
    expect(isPaged(EVENTS)).toBe(true);
  });

  test('has later pages of years, themes and the handout', async () => {
    for (const page of ['years/2018/2/index.html', 'handout/2018/2/index.html']) expect((await stat(path.join(dist, page))).isFile()).toBe(true);
    const themes = await readdir(path.join(dist, 'themes'), { withFileTypes: true });
    const later = await Promise.all(themes.filter((t) => t.isDirectory()).map((t) => stat(path.join(dist, 'themes', t.name, '2', 'index.html')).then(() => true, () => false)));
    expect(later).toContain(true);
  });

  test('no page lists more events than a page may, or weighs more than the budget', async () => {
    const over: string[] = [];
    for (const file of await htmlFiles(dist)) {
      const html = await readFile(file, 'utf8');
      const listed = listedEvents(html);
      if (listed > PAGING.perPage || html.length > PAGE_BUDGET_BYTES) over.push(`${path.relative(dist, file)}: ${listed} events, ${html.length} bytes`);
    }
    expect(over).toEqual([]);
    const feed = await readFile(path.join(dist, 'feed.xml'), 'utf8');
    expect((feed.match(/<item>/g) ?? []).length).toBeLessThanOrEqual(PAGING.feedLatest);
  });

  test('every event is reachable by links from the home page', async () => {
    const seen = new Set<string>(['/index.html']);
    const queue = ['/index.html'];
    while (queue.length > 0) {
      const page = queue.shift()!;
      // Event pages are not followed: their neighbour links would reach every event from any one.
      if (page.startsWith('/events/')) continue;
      const html = await readFile(path.join(dist, page), 'utf8').catch(() => '');
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const next = linkedPage(href!);
        if (next && !seen.has(next) && !next.startsWith('/embed/')) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const unreached = eventIds.filter((id) => !seen.has(`/events/${id}/index.html`));
    expect(unreached).toEqual([]);
  });

  test('a page of a year lists a full page of events (the count above sees them)', async () => {
    expect(listedEvents(await readFile(path.join(dist, 'years', '2018', 'index.html'), 'utf8'))).toBe(PAGING.perPage);
  });

  test('the home page lists no event itself and stays small', async () => {
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(listedEvents(home)).toBe(0);
    expect(home.length).toBeLessThan(PAGE_BUDGET_BYTES / 4);
  });
});

describe(`searching the ${EVENTS}-event chronology in Chromium`, () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The home page lists no event for the island to narrow: it shows the results as cards of their own.
  test.each([
    ['/', 'match', /^Show 20 more \((\d+) not shown\)$/],
    ['/es/', 'coinciden', /^Mostrar 20 más \((\d+) sin mostrar\)$/],
  ])('on %s the results are cards linking to their events, 20 at a time, and clearing brings the years back', async (url, matchWord, moreText) => {
    const context = await newSiteContext(browser, server, { viewport: { width: 390, height: 844 } });
    const { page, problems } = await openPage(context, server, url);
    const cards = page.locator('[data-search-results] li > article');
    await page.focus('#timeline-q');
    await page.keyboard.type('harbour');
    await page.waitForFunction((word) => document.getElementById('search-status')?.textContent?.includes(`${word} “harbour”`) || document.getElementById('search-status')?.textContent?.includes(`${word} con “harbour”`), matchWord);
    const count = Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1]);
    expect(count).toBeGreaterThan(40);
    expect(await cards.count()).toBe(20);
    expect(await page.locator('[data-paged-overview]').isHidden()).toBe(true);
    // Each card: its date, its title linked to its page (which exists), the matched word marked.
    const first = await cards.evaluateAll((list) => list.map((a) => ({ date: a.querySelector('p')?.textContent ?? '', href: a.querySelector('h3 a')?.getAttribute('href') ?? '', title: a.querySelector('h3')?.textContent ?? '', marked: a.querySelector('mark')?.textContent ?? '' })));
    for (const card of first) {
      expect(card.date).not.toBe('');
      expect(card.href).toMatch(url === '/' ? /^\/events\/[^/]+\/$/ : /^\/es\/events\/[^/]+\/$/);
      expect((await stat(path.join(dist, card.href, 'index.html'))).isFile()).toBe(true);
      expect(eventIds).toContain(card.href.split('/').at(-2));
    }
    expect(first.every((c) => c.marked === '' || /^harbour$/i.test(c.marked))).toBe(true);
    expect(first.filter((c) => c.marked !== '').length).toBeGreaterThan(0);
    // Earliest first, as the timeline orders them: by the year and month each id begins with.
    const months = first.map((c) => c.href.split('/').at(-2)!.slice(0, 7));
    expect(months).toEqual([...months].sort());
    // The passages start folded: their links are there, their texts fetched only when the fold opens.
    const passages = page.locator('[data-paragraphs]');
    expect(await passages.isVisible()).toBe(true);
    expect(await page.locator('[data-paragraph-list] li a').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-paragraph-list] .passage').count()).toBe(0);
    await passages.locator('summary').click();
    await expect.poll(() => page.locator('[data-paragraph-list] .passage').count()).toBe(await page.locator('[data-paragraph-list] li').count());
    expect(await page.locator('[data-paragraph-list] .passage mark').count()).toBeGreaterThan(0);
    await passages.locator('summary').click();
    const more = page.locator('[data-search-more]');
    expect(Number((await more.textContent())!.match(moreText)![1])).toBe(count - 20);
    await more.click();
    await expect.poll(() => cards.count()).toBe(40);
    expect(Number((await more.textContent())!.match(moreText)![1])).toBe(count - 40);
    await page.locator('#timeline-q').fill('');
    await expect.poll(() => page.locator('[data-paged-overview]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    expect(await problems()).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    await context.close();
  });
});
