// The copy buttons in Chromium: a citation goes on the clipboard as rich text (text/html, titles in
// italics) and as plain text together; embed code goes as plain text only.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { paths } from '../../src/lib/routes.ts';
import { LIMITS, launchBrowser, listPages, newSiteContext, startServer, type StaticServer } from './harness.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const eventPage = listPages().find((p) => p.startsWith(paths.events()) && p !== paths.events())!;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newSiteContext(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  page = await context.newPage();
  await page.goto(server.origin + eventPage);
}, LIMITS.launchMs + 10_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything on the clipboard, by type. */
async function readClipboard(): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}

test('a citation is copied as HTML with its italics and as plain text', async () => {
  // The first article citation: its outlet's name is set in italics in every style.
  const row = page.locator('.cite-list').nth(1).locator('.cite-row').first();
  const text = (await row.locator('.citation-text').textContent())!.replace(/\s+/g, ' ').trim();
  const italics = await row.locator('.citation-text i').allTextContents();
  expect(italics.length).toBeGreaterThan(0);
  await row.locator('copy-button button').click();
  await expect.poll(() => row.locator('[role="status"]').textContent()).toBe('Copied');
  const clip = await readClipboard();
  expect(Object.keys(clip).sort()).toEqual(['text/html', 'text/plain']);
  expect(clip['text/plain']).toBe(text);
  for (const words of italics) expect(clip['text/html']).toContain(`<i>${words}</i>`);
  // The HTML carries nothing of the page but the text and the italics.
  expect(clip['text/html']!.replace(/<\/?i>/g, '')).not.toMatch(/<[a-z]/i);
});

test('embed code is copied as plain text only, exactly as shown', async () => {
  await page.locator('.embed-this summary').click();
  const code = (await page.locator('.embed-this code').textContent())!.trim();
  await page.locator('.embed-this copy-button button').click();
  await expect.poll(() => page.locator('.embed-this [role="status"]').textContent()).toBe('Copied');
  const clip = await readClipboard();
  expect(Object.keys(clip)).toEqual(['text/plain']);
  expect(clip['text/plain']).toBe(code);
  expect(code).toMatch(/^<iframe src="[^"]+\/embed\/events\//);
});
