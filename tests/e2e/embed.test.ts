// Embeds in another site's page: the event card and the timeline render in a cross-origin iframe
// (a host page on another port) with no CSP error, a normal page refuses to be framed, the optional
// host script resizes the frame, and the timeline embed reads its filters and look from the address.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { frameAncestorsFor, isEmbedPath } from '../../src/lib/headers-policy.ts';
import { paths } from '../../src/lib/routes.ts';
import { decodeEntities } from './html-tags.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { LIMITS, launchBrowser, listPages, pageFile, requireDist, startServer, type StaticServer } from './harness.ts';

interface EventJson {
  id: string;
  title: string;
  actors: string[];
  citations: { quote: string }[];
}

const DIST = requireDist();
const events = (JSON.parse(readFileSync(path.join(DIST, 'data', 'events.json'), 'utf8')) as { events: EventJson[] }).events;
// The event with most quotes makes the tallest card.
const event = [...events].sort((a, b) => b.citations.length - a.citations.length)[0]!;
const HEADERS_FILE = path.join(DIST, '_headers');
if (!existsSync(HEADERS_FILE)) throw new Error(`No ${HEADERS_FILE}: the build writes it; run \`npm run build\``);
// The harness serves these, as Netlify or Cloudflare Pages would.
const headerRules = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));

/** The code the event page offers under "Embed this", pointed at the test server instead of the build's address. */
function shippedSnippet(id: string, origin: string): string {
  const html = readFileSync(pageFile(paths.event(id), DIST), 'utf8');
  const code = /<code id="embed-event-code">([^<]*)<\/code>/.exec(html);
  if (!code) throw new Error(`no embed code on ${paths.event(id)}`);
  const snippet = decodeEntities(code[1]!);
  const builtOrigin = new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin;
  return snippet.split(builtOrigin).join(origin);
}

async function startHost(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

let site: StaticServer;
let host: Awaited<ReturnType<typeof startHost>>;
let browser: Browser;
let context: BrowserContext;
const cspMessages: string[] = [];

beforeAll(async () => {
  site = await startServer(DIST);
  const hostPages: Record<string, string> = {};
  host = await startHost(hostPages);
  const frame = (src: string, title: string, height = 400): string => `<iframe src="${src}" title="${title}" width="640" height="${height}" style="border:0"></iframe>`;
  hostPages['/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's story</title></head><body>
    <h1>A story on another site</h1>
    ${shippedSnippet(event.id, site.origin)}
    ${frame(site.origin + paths.embed(), 'timeline')}
    ${frame(site.origin + paths.event(event.id), 'normal page')}
    ${frame(site.origin + paths.home(), 'home page')}
  </body></html>`;
  browser = await launchBrowser();
  context = await browser.newContext();
  context.setDefaultTimeout(LIMITS.actionMs);
  await context.route((url) => url.origin !== site.origin && url.origin !== host.origin, (route) => route.abort('blockedbyclient'));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`));
  });
}, LIMITS.launchMs + 10_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

async function openHost(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/content security policy|csp violation|refused to frame/i.test(m.text())) cspMessages.push(m.text());
  });
  await page.goto(`${host.origin}/`, { waitUntil: 'load' });
  return page;
}

const frameAt = (page: Page, sitePath: string): Frame | undefined => page.frames().find((f) => f.url() === site.origin + sitePath);

test('the shipped headers let other sites frame exactly the pages isEmbedPath names', () => {
  const pages = listPages(DIST);
  expect(pages.filter((p) => isEmbedPath(p)).length).toBeGreaterThan(events.length);
  for (const page of pages) {
    const policy = headersFor(headerRules, page)['Content-Security-Policy'] ?? '';
    const framing = [...policy.matchAll(/frame-ancestors ([^;,]+)/g)].map((m) => m[1]!.trim());
    expect(framing, page).toEqual([frameAncestorsFor(page)]);
  }
});

describe('in a cross-origin iframe', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openHost();
  });

  test('the event card renders: date, title, every quote, a link to the full page', async () => {
    const card = frameAt(page, paths.embedEvent(event.id));
    expect(card, 'the event embed loaded in its frame').toBeDefined();
    await expect.poll(() => card!.locator('h1').textContent()).toBe(event.title);
    expect(await card!.locator('blockquote').count()).toBe(event.citations.length);
    expect(await card!.locator(`a[href="${paths.event(event.id)}"]`).count()).toBeGreaterThan(0);
    expect(await card!.locator('.event-date time').count()).toBe(1);
  });

  test('the timeline renders every event', async () => {
    const timeline = frameAt(page, paths.embed());
    expect(timeline, 'the timeline embed loaded in its frame').toBeDefined();
    expect(await timeline!.locator('[data-embed-item]').count()).toBe(events.length);
  });

  test('normal pages refuse to be framed', async () => {
    await expect.poll(() => cspMessages.filter((m) => /frame-ancestors/.test(m)).length).toBeGreaterThanOrEqual(2);
    for (const sitePath of [paths.event(event.id), paths.home()]) {
      // A refused frame is left on Chromium's error page; the page's own content never arrives.
      expect(frameAt(page, sitePath), `${sitePath} shows in a frame`).toBeUndefined();
    }
  });

  test('no CSP error inside the embeds', () => {
    expect(cspMessages.filter((m) => !/frame-ancestors/.test(m))).toEqual([]);
  });

  test('the host script sets the frame to the height of the card', async () => {
    const iframe = page.locator('iframe[data-chronology-embed]');
    const card = frameAt(page, paths.embedEvent(event.id))!;
    const content = await card.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(content);
    const box = await iframe.boundingBox();
    expect(Math.abs(box!.height - content)).toBeLessThanOrEqual(1);
  });

  test('the embed fits a narrow column without sideways scrolling', async () => {
    await page.setViewportSize({ width: 340, height: 700 });
    const card = frameAt(page, paths.embedEvent(event.id))!;
    await expect.poll(() => card.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

describe('the timeline embed reads its address', () => {
  const person = [...events.flatMap((e) => e.actors)].sort()[0]!;
  const expected = events.filter((e) => e.actors.includes(person)).length;

  test('with JavaScript, ?person= narrows the list and ?theme=dark sets the look', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${paths.embed()}?person=${person}&theme=dark`);
    await expect.poll(() => page.locator('[data-embed-item]:visible').count()).toBe(expected);
    expect(expected).toBeLessThan(events.length);
    expect(await page.locator('html').getAttribute('data-look')).toBe('dark');
    await expect.poll(() => page.locator('[data-embed-status]').textContent()).toContain(`${expected} of ${events.length}`);
    await page.close();
  });

  test('without JavaScript, every event shows and the page says why', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}${paths.embed()}?person=${person}`);
    expect(await page.locator('[data-embed-item]:visible').count()).toBe(events.length);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.goto(`${site.origin}${paths.embedPerson(person)}`);
    expect(await page.locator('[data-embed-item]:visible').count(), 'the embed built for one person needs no JavaScript').toBe(expected);
    await noJs.close();
  });
});
