// Every built page in headless Chromium: loads cleanly, is well structured, works without
// JavaScript, fits a 320 px screen, and the home page can be used from the keyboard alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createProbe,
  DIST,
  expectedStatus,
  launchBrowser,
  LIMITS,
  listPages,
  mapWithWorkers,
  newSiteContext,
  openPage,
  startServer,
  visitPath,
  withTimeout,
  type PageProbe,
  type PageProblems,
  type StaticServer,
} from './harness.ts';

const pages = listPages();
const NARROW_WIDTHS = [375, 320] as const;

/** What one page showed: gathered once per page, then checked by several tests. */
interface PageReport {
  status: number | null;
  problems: PageProblems;
  structure: Structure;
  /** Per narrow width, the elements sticking out on the right; empty when nothing scrolls sideways. */
  overflow: Record<number, string[]>;
  /** Text of <main> with JavaScript disabled. */
  mainTextWithoutJs: string;
}

interface Structure {
  lang: string;
  title: string;
  description: string;
  h1s: string[];
  mains: number;
  /** Rendered headings in document order. */
  headings: { level: number; text: string }[];
}

function readStructure(page: Page): Promise<Structure> {
  return page.evaluate(() => {
    const rendered = (el: Element): boolean => el.checkVisibility() && !el.closest('[aria-hidden="true"]');
    const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      lang: document.documentElement.getAttribute('lang')?.trim() ?? '',
      title: document.title.trim(),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      h1s: [...document.querySelectorAll('h1')].map(text),
      mains: [...document.querySelectorAll('main, [role="main"]')].filter(rendered).length,
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(rendered).map((h) => ({ level: Number(h.tagName[1]), text: text(h) })),
    };
  });
}

/** Resizes the page and names the innermost elements that reach past the right edge. */
async function measureOverflow(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const limit = root.clientWidth;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit + 0.5);
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    };
    return [`scrollWidth ${root.scrollWidth} > clientWidth ${limit}`, ...innermost.slice(0, 5).map(describe)];
  });
}

/** Headings that jump more than one level down, like h1 → h3. */
function headingSkips(headings: Structure['headings']): string[] {
  const skips: string[] = [];
  let previous = 1;
  for (const h of headings) {
    if (h.level > previous + 1) skips.push(`h${previous} → h${h.level} "${h.text}"`);
    previous = h.level;
  }
  return skips;
}

const DESKTOP = { width: 1280, height: 800 };
/** Tabs visiting pages side by side; more than two buys nothing on a two-core runner. */
const TABS = 2;

let server: StaticServer;
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;
/** A page's report, or why it could not be visited. */
const reports = new Map<string, PageReport | Error>();

/** One tab with JavaScript and one without, reused from page to page. */
interface Worker {
  js: PageProbe;
  noJs: PageProbe;
}

async function visit(worker: Worker, pagePath: string): Promise<PageReport> {
  const { js, noJs } = worker;
  await js.page.setViewportSize(DESKTOP);
  const response = await js.goto(visitPath(pagePath));
  const structure = await readStructure(js.page);
  const problems = await js.problems();
  const overflow: Record<number, string[]> = {};
  for (const width of NARROW_WIDTHS) overflow[width] = await measureOverflow(js.page, width);
  await noJs.goto(visitPath(pagePath));
  const mainTextWithoutJs = await noJs.page.evaluate(
    () => (document.querySelector('main, [role="main"]') as HTMLElement | null)?.innerText.trim() ?? '',
  );
  return { status: response?.status() ?? null, problems, structure, overflow, mainTextWithoutJs };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  withJs = await newSiteContext(browser, server, { viewport: DESKTOP });
  withoutJs = await newSiteContext(browser, server, { javaScriptEnabled: false });
  const newWorker = async (): Promise<Worker> => ({ js: await createProbe(withJs, server), noJs: await createProbe(withoutJs, server) });
  const workers: Worker[] = [];
  for (let i = 0; i < TABS; i++) workers.push(await newWorker());
  await mapWithWorkers(workers, pages, async (worker, pagePath) => {
    try {
      reports.set(pagePath, await withTimeout(visit(worker, pagePath), LIMITS.pageMs, `visiting ${pagePath}`));
    } catch (error) {
      // One broken page fails its own tests; the worker gets fresh tabs and carries on.
      reports.set(pagePath, error instanceof Error ? error : new Error(String(error)));
      await Promise.all([worker.js.page.close(), worker.noJs.page.close()]).catch(() => undefined);
      Object.assign(worker, await newWorker());
    }
  });
  // Every page is visited twice (with and without JavaScript): the time allowed grows with their number.
}, Math.max(120_000, pages.length * 1_500));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function report(pagePath: string): PageReport {
  const r = reports.get(pagePath);
  if (!r) throw new Error(`no report for ${pagePath}: the visits in beforeAll did not finish`);
  if (r instanceof Error) throw new Error(`could not check ${pagePath}: ${r.message}`);
  return r;
}

test('dist/ has pages to test', () => {
  expect(pages).toContain('/');
});

describe.each(pages)('%s', (pagePath) => {
  test(`answers ${expectedStatus(pagePath)} and loads with no console error, failed or foreign request, or CSP violation`, () => {
    const { status, problems } = report(pagePath);
    expect({ status, ...problems }).toEqual({
      status: expectedStatus(pagePath),
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
      cspViolations: [],
    });
  });

  test('has a language, title, description, one <main> and exactly one h1', () => {
    const s = report(pagePath).structure;
    expect({
      hasLang: s.lang !== '',
      hasTitle: s.title !== '',
      hasDescription: s.description !== '',
      mainLandmarks: s.mains,
      h1s: s.h1s.length,
    }, `h1s: ${JSON.stringify(s.h1s)}`).toEqual({ hasLang: true, hasTitle: true, hasDescription: true, mainLandmarks: 1, h1s: 1 });
  });

  test('headings do not skip levels', () => {
    expect(headingSkips(report(pagePath).structure.headings)).toEqual([]);
  });

  test(`does not scroll sideways at ${NARROW_WIDTHS.join(' or ')} px`, () => {
    const { overflow } = report(pagePath);
    expect(overflow).toEqual(Object.fromEntries(NARROW_WIDTHS.map((w) => [w, []])));
  });

  test('shows its main content without JavaScript', () => {
    expect(report(pagePath).mainTextWithoutJs.length).toBeGreaterThan(0);
  });
});

describe('home page', () => {
  test('shows every event without JavaScript', async () => {
    const file = path.join(DIST, 'data', 'events.json');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event list ${file}: ${String(error)}`);
    }
    const events = Array.isArray(data) ? data : (data as { events?: unknown[] }).events;
    expect(Array.isArray(events), `${file} should hold an array of events, or { events: [...] }`).toBe(true);
    const { page } = await openPage(withoutJs, server, '/');
    try {
      const shown = await page.evaluate(
        () => [...document.querySelectorAll('main :is(ol, ul) article')].filter((a) => a.checkVisibility()).length,
      );
      expect(shown, 'visible <article> elements in the timeline list vs events in data/events.json').toBe((events as unknown[]).length);
    } finally {
      await page.close();
    }
  });

  // One key press and one look per focusable element: allow for a long timeline.
  test('can be used from the keyboard: skip link first, then every event link, each with a visible focus style', { timeout: 120_000 }, async () => {
    const { page } = await openPage(withJs, server, '/');
    try {
      // Remembers each focused element, and reads the look of it and its children (and its
      // ::before/::after), so a focus style drawn on a child (an SVG mark's stroke) is seen too.
      await page.evaluate(() => {
        const props = [
          'outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color',
          'border-top-style', 'border-top-width', 'border-top-color', 'border-bottom-style', 'border-bottom-width', 'border-bottom-color',
          'text-decoration-line', 'text-decoration-thickness', 'text-decoration-color', 'stroke', 'stroke-width', 'fill', 'fill-opacity', 'opacity', 'filter',
        ];
        const trail: Element[] = [];
        const look = (i: number): string => {
          const el = trail[i];
          if (!el) return '';
          const styles = [getComputedStyle(el, '::before'), getComputedStyle(el, '::after'), ...[el, ...el.querySelectorAll('*')].slice(0, 25).map((n) => getComputedStyle(n))];
          return styles.map((cs) => props.map((p) => cs.getPropertyValue(p)).join('|')).join('\n');
        };
        Object.defineProperty(window, '__e2eFocus', { value: { trail, look } });
      });

      // What has focus now, whether it has an outline or box-shadow, and whether it is on screen.
      const focused = () =>
        page.evaluate(() => {
          const helper = (window as unknown as { __e2eFocus: { trail: Element[]; look: (i: number) => string } }).__e2eFocus;
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const a = el instanceof HTMLAnchorElement ? el : null;
          const href = el.getAttribute('href');
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
          const index = helper.trail.push(el) - 1;
          const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
          return {
            label: `<${el.tagName.toLowerCase()}${href === null ? '' : ` href="${href}"`}> "${name}"`,
            href,
            eventLink: a !== null && a.origin === location.origin && /\/events\/[^/]+\/$/.test(a.pathname) && a.closest('main :is(ol, ul)') !== null,
            inMain: el.closest('main, [role="main"]') !== null,
            isMain: el.matches('main, [role="main"]'),
            focusStyle: ring,
            index,
            /** Without a ring, the focused look, to compare with the look once focus has moved on. */
            focusedLook: ring ? null : helper.look(index),
            onScreen:
              el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
              rect.width >= 1 && rect.height >= 1 &&
              rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
          };
        });
      const lookOf = (index: number) =>
        page.evaluate((i) => (window as unknown as { __e2eFocus: { look: (i: number) => string } }).__e2eFocus.look(i), index);

      const eventLinks: string[] = await page.evaluate(() =>
        [...new Set([...document.querySelectorAll<HTMLAnchorElement>('main :is(ol, ul) a[href]')]
          .filter((a) => a.origin === location.origin && /\/events\/[^/]+\/$/.test(a.pathname))
          .map((a) => a.getAttribute('href') ?? ''))],
      );
      expect(eventLinks.length, 'event links (a[href^="/events/"]) in the timeline list').toBeGreaterThan(0);

      await page.keyboard.press('Tab');
      const skip = await focused();
      expect(skip?.href ?? null, `first Tab stop should be the skip link; got ${skip?.label ?? 'nothing'}`).toMatch(/^#./);
      expect({ onScreen: skip?.onScreen, outlineOrShadow: skip?.focusStyle }, 'the focused skip link is visible').toEqual({ onScreen: true, outlineOrShadow: true });

      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => document.activeElement?.closest('main, [role="main"]') != null, undefined, { timeout: 2_000 })
        .catch(() => undefined);
      const afterSkip = await focused();
      expect(afterSkip?.inMain ?? false, `activating the skip link should move focus to <main>; focus is on ${afterSkip?.label ?? 'nothing'}`).toBe(true);

      // Tab through the page from <main>; stop at the end of the page or when every event link was reached.
      const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length);
      const maxPresses = stops + 10;
      const reached = new Set<string>();
      const controls = new Set<string>();
      const searchControls = await page.evaluate(() =>
        [...document.querySelectorAll('timeline-search:not([hidden]) :is(input, select)')].map((el) => el.getAttribute('name') ?? ''),
      );
      const withoutFocusStyle: string[] = [];
      // An element with no outline or box-shadow passes if focus visibly changed it or its children.
      let pending: { label: string; index: number; focusedLook: string } | null = null;
      const judgePending = async (): Promise<void> => {
        if (pending && (await lookOf(pending.index)) === pending.focusedLook) withoutFocusStyle.push(pending.label);
        pending = null;
      };
      for (let i = 0; i < maxPresses && reached.size < eventLinks.length; i++) {
        await page.keyboard.press('Tab');
        await judgePending();
        const now = await focused();
        if (!now || now.href === skip?.href) break; // left the page or wrapped round
        if (now.focusedLook !== null) pending = { label: now.label, index: now.index, focusedLook: now.focusedLook };
        if (now.eventLink && now.href) reached.add(now.href);
        const control = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.matches('timeline-search input, timeline-search select') ? el.getAttribute('name') : null;
        });
        if (control) controls.add(control);
      }
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await judgePending();
      expect(searchControls, 'the search box and its filters are on the page').toEqual(['q', 'person', 'theme', 'outlet', 'year']);
      expect({
        eventLinksNotReached: eventLinks.filter((href) => !reached.has(href)),
        searchControlsNotReached: searchControls.filter((name) => !controls.has(name)),
        focusedWithoutVisibleStyle: withoutFocusStyle,
      }).toEqual({ eventLinksNotReached: [], searchControlsNotReached: [], focusedWithoutVisibleStyle: [] });
    } finally {
      await page.close();
    }
  });
});
