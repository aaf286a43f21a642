// The classroom pages in Chromium: the glossary covers its terms, the first use of a term on each page
// is an <abbr>, the lesson kit has every disagreement's questions and the comparison, and the lesson
// kit and worksheet print on A4 and Letter (PDFs kept in tests/.tmp/pdf/ to look at).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, listPages, newSiteContext, startServer, type StaticServer } from './harness.ts';

const PDF_DIR = path.resolve(import.meta.dirname, '../.tmp/pdf');
const REQUIRED_TERMS = ['CBP', 'OAG', 'USAO', 'USMS', 'EOUSA', 'ORR', 'OIG', 'DHS', 'HHS', 'GAO', 'presentment'];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newSiteContext(browser, server);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function visit(pagePath: string): Promise<void> {
  const response = await page.goto(server.origin + pagePath);
  expect(response?.status(), pagePath).toBe(200);
}

interface Entry { id: string; term: string; title: string; citations: number }

/** The glossary as its page shows it: `/glossary/`, or the Spanish one (`/es/glossary/`, Spanish full names). */
async function readGlossary(glossaryPath = '/glossary/'): Promise<Entry[]> {
  await visit(glossaryPath);
  return page.$$eval('.glossary-entry', (entries) =>
    entries.map((e) => ({
      id: e.id,
      term: e.querySelector('dfn')?.textContent?.trim() ?? '',
      title: e.querySelector('dfn abbr')?.getAttribute('title') ?? e.querySelector('dd p')?.textContent ?? '',
      citations: e.querySelectorAll('.glossary-citations a[href*="/sources/"]').length,
    })),
  );
}

test('the glossary covers the required terms, each with a citation into a source paragraph', async () => {
  const entries = await readGlossary();
  for (const term of REQUIRED_TERMS) {
    const entry = entries.find((e) => e.term === term);
    expect(entry, term).toBeDefined();
    expect(entry!.citations, term).toBeGreaterThan(0);
  }
});

test('on every page, the first use of each glossary term in running text or quotes is an <abbr> with its full name', async () => {
  const glossaries = { en: await readGlossary(), es: await readGlossary('/es/glossary/') };
  const pages = listPages().filter((p) => p !== '/glossary/' && p !== '/es/glossary/' && p.endsWith('/'));
  const report: string[] = [];
  let withTerms = 0;
  for (const pagePath of pages) {
    // A Spanish page marks the same terms with the Spanish glossary's full names.
    const entries = pagePath.startsWith('/es/') ? glossaries.es : glossaries.en;
    await visit(pagePath);
    const found = await page.evaluate((terms: { id: string; term: string }[]) => {
      const main = document.querySelector('main');
      if (!main) return { used: 0, unmarked: [] as string[], abbrs: [] as [string, string][] };
      const first = new Map<string, boolean>();
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        const abbr = parent.closest('abbr');
        // Link texts (navigation, lists of titles) are not running text, unless the link is the term's own.
        if (parent.closest('a') && !abbr) continue;
        if (parent.closest('.cite-list, .print-only')) continue;
        for (const { id, term } of terms) {
          if (first.has(id)) continue;
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${term}s?(?![\\p{L}\\p{N}])`, term === term.toUpperCase() ? 'u' : 'iu');
          if (re.test(node.textContent ?? '')) first.set(id, abbr !== null);
        }
      }
      return {
        used: first.size,
        unmarked: [...first].filter(([, ok]) => !ok).map(([id]) => id),
        abbrs: [...main.querySelectorAll('abbr[title]')].map((a) => [a.textContent ?? '', a.getAttribute('title') ?? ''] as [string, string]),
      };
    }, entries.map(({ id, term }) => ({ id, term })));
    for (const id of found.unmarked) report.push(`${pagePath}: first "${id}" is not marked`);
    for (const [text, title] of found.abbrs) {
      const entry = entries.find((e) => text === e.term || text.toLowerCase() === e.term.toLowerCase() || text.startsWith(e.term));
      if (!entry || entry.title !== title) report.push(`${pagePath}: <abbr title="${title}">${text}</abbr> does not match the glossary`);
    }
    if (found.used > 0) withTerms += 1;
  }
  expect(report).toEqual([]);
  // The check above must have had something to check: most of the site's pages use some term.
  expect(withTerms).toBeGreaterThan(pages.length / 3);
}, 240_000);

describe('the lesson kit', () => {
  test('has two or three questions for every disagreement, and the two versions compared', async () => {
    await visit('/disputes/');
    const disputes = await page.$$eval('section.dispute', (s) => s.map((e) => e.id));
    await visit('/teach/');
    const kit = await page.$$eval('.teach-dispute', (sections) =>
      sections.map((s) => ({ href: s.querySelector('h3 a')?.getAttribute('href') ?? '', questions: s.querySelectorAll('.questions li').length })),
    );
    expect(kit.map((k) => k.href.split('#')[1])).toEqual(disputes);
    for (const k of kit) expect(k.questions, k.href).toBeGreaterThanOrEqual(2);
    for (const k of kit) expect(k.questions, k.href).toBeLessThanOrEqual(3);
    const compare = await page.$$eval('.compare-row', (rows) => rows.map((r) => [r.querySelectorAll('mark.only-left').length, r.querySelectorAll('mark.only-right').length]));
    expect(compare.length).toBeGreaterThan(0);
    expect(compare.some(([l]) => l! > 0)).toBe(true);
    expect(compare.some(([, r]) => r! > 0)).toBe(true);
    expect(await page.locator('.reading-order li').count()).toBeGreaterThan(0);
    expect(await page.locator('.reading-order li', { hasText: /grade \d/ }).count()).toBe(await page.locator('.reading-order li').count());
  });

  test('the sources page gives a reading level for each article', async () => {
    await visit('/sources/');
    const metas = await page.$$eval('.reading-list .meta', (m) => m.map((e) => e.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/reading level: grade \d+(\.\d)?/);
    expect(await page.locator('.reading-level-note').count()).toBe(1);
  });

  test('the footer on every page links the glossary, lesson kit, worksheet, handout and years', async () => {
    await visit('/');
    const links = await page.$$eval('footer nav a', (a) => a.map((e) => e.getAttribute('href')));
    for (const want of ['/glossary/', '/teach/', '/teach/worksheet/', '/handout/', '/years/']) expect(links).toContain(want);
  });
});

describe.each(['A4', 'Letter'] as const)('printing on %s', (format) => {
  test.each(['/teach/', '/teach/worksheet/'])('%s prints without cut-off content', async (pagePath) => {
    await visit(pagePath);
    await page.emulateMedia({ media: 'print' });
    // Printable width of the page at 96 px/in, less the @page margins (16 mm each side).
    const widthMm = format === 'A4' ? 210 : 215.9;
    await page.setViewportSize({ width: Math.floor(((widthMm - 32) / 25.4) * 96), height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    mkdirSync(PDF_DIR, { recursive: true });
    writeFileSync(path.join(PDF_DIR, `${pagePath.split('/').filter(Boolean).join('-')}-${format}.pdf`), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    console.log(`${pagePath} on ${format}: ${pages} page(s)`);
  });
});
