// The timeline on a 390×844 phone and from the keyboard: first event on the first screen, the compact
// view, the overview's sizes and keys, truthful order, skip links, and what prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, newSiteContext, openPage, sitePath, startServer, type StaticServer } from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

let server: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let phoneNoJs: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  phone = await newSiteContext(browser, server, PHONE);
  phoneNoJs = await newSiteContext(browser, server, { ...PHONE, javaScriptEnabled: false });
  desktop = await newSiteContext(browser, server, { viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage<T>(context: BrowserContext, path: string, work: (page: Page) => Promise<T>): Promise<T> {
  const { page, problems } = await openPage(context, server, path);
  try {
    const result = await work(page);
    // Without JavaScript there is no script to fail (and the probe's frame wait would never end).
    if (context !== phoneNoJs) {
      const found = await problems();
      expect([...found.consoleErrors, ...found.cspViolations, ...found.failedRequests]).toEqual([]);
    }
    return result;
  } finally {
    await page.close();
  }
}

/** Events whose card lies wholly inside one screen that starts at the first event's card. */
function eventsPerScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-timeline] .event-card')].filter((c) => c.checkVisibility());
    const top = cards[0]!.getBoundingClientRect().top;
    return cards.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.top >= top && r.bottom <= top + innerHeight;
    }).length;
  });
}

describe('on a 390×844 phone', () => {
  test.each([
    ['with JavaScript', () => phone],
    ['without JavaScript', () => phoneNoJs],
  ])('the first event’s title is on the first screen (%s)', async (_, context) => {
    const bottom = await withPage(context(), '/', (page) =>
      page.evaluate(() => document.querySelector('[data-timeline] .event-card > h4')!.getBoundingClientRect().bottom),
    );
    expect(bottom).toBeLessThanOrEqual(844);
  });

  test('the compact view shows at least 8 events a screen, is kept in the address, and switches in place', async () => {
    await withPage(phone, '/', async (page) => {
      const full = await eventsPerScreen(page);
      await page.click('[data-view-link="compact"]');
      expect(new URL(page.url()).searchParams.get('view')).toBe('compact');
      expect(await page.getAttribute('[data-timeline]', 'data-view')).toBe('compact');
      const compact = await eventsPerScreen(page);
      expect(compact).toBeGreaterThanOrEqual(8);
      expect(compact).toBeGreaterThan(full);
      await page.click('[data-view-link="full"]');
      expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    });
    await withPage(phone, '/?view=compact', async (page) => {
      expect(await page.getAttribute('[data-timeline]', 'data-view')).toBe('compact');
      expect(await page.getAttribute('[data-view-link="compact"]', 'aria-current')).toBe('true');
    });
  });

  test('without JavaScript the compact control opens the compact page, which fits at least 8 events a screen', async () => {
    const href = await withPage(phoneNoJs, '/', (page) => page.getAttribute('[data-view-link="compact"]', 'href'));
    expect(href).toBe('/compact/');
    const count = await withPage(phoneNoJs, href!, (page) => eventsPerScreen(page));
    expect(count).toBeGreaterThanOrEqual(8);
  });

  test('filters fold behind one Filter control, and results follow the search box directly', async () => {
    await withPage(phone, '/', async (page) => {
      await page.waitForSelector('timeline-search:not([hidden])');
      expect(await page.locator('[data-filter-fold]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator('select[data-filter]').first().isVisible()).toBe(false);
      const gap = await page.evaluate(() => {
        const box = document.querySelector('timeline-search')!.getBoundingClientRect().bottom;
        const first = document.querySelector('[data-timeline] .event-card')!.getBoundingClientRect().top;
        return first - box;
      });
      // The count, the view switch and the year links, then the year and month headings: no dropdowns.
      expect(gap).toBeLessThan(360);
    });
  });

  test('the overview labels key moments in text of at least 12 px, and every target is at least 24×24 px and links into the list', async () => {
    await withPage(phone, '/', async (page) => {
      const report = await page.evaluate(() => {
        const svg = document.querySelector('.overview svg')!;
        svg.scrollIntoView();
        const labels = [...svg.querySelectorAll('.key-label text')].map((t) => ({ size: parseFloat(getComputedStyle(t).fontSize), height: t.getBoundingClientRect().height, text: t.textContent }));
        const targets = [...svg.querySelectorAll<SVGAElement>('a')].map((a) => {
          const r = a.getBoundingClientRect();
          const href = a.getAttribute('href') ?? '';
          return { href, width: r.width, height: r.height, inList: href.startsWith('#') && document.getElementById(href.slice(1))?.closest('[data-timeline]') != null };
        });
        const keyEvents = [...document.querySelectorAll('[data-timeline] .event-card.key')].map((c) => c.id);
        const svgWidth = svg.getBoundingClientRect().width;
        return { labels, targets, keyEvents, svgWidth };
      });
      expect(report.svgWidth).toBeGreaterThan(300);
      expect(report.keyEvents.length).toBeGreaterThanOrEqual(5);
      expect(report.labels).toHaveLength(report.keyEvents.length);
      for (const label of report.labels) expect(label.size, label.text ?? '').toBeGreaterThanOrEqual(12);
      expect(report.targets.length).toBeGreaterThan(0);
      for (const target of report.targets) {
        expect(target.width, target.href).toBeGreaterThanOrEqual(24);
        expect(target.height, target.href).toBeGreaterThanOrEqual(24);
        expect(target.inList, `${target.href} leads to an event in the list`).toBe(true);
      }
    });
  });
});

describe('nothing moves as the page settles', () => {
  test.each([
    ['a phone', () => phone],
    ['a desktop', () => desktop],
  ])('on %s the search box and the filters are laid out from the first paint: no layout shift', async (_, context) => {
    await withPage(context(), '/', async (page) => {
      // The island has started (the view switch is live) before the shifts are read.
      await page.waitForFunction(() => customElements.get('timeline-search') !== undefined && customElements.get('timeline-view') !== undefined);
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; nodes: string[] }[]>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(
                // Every shift counts: the reader has done nothing yet (a phone context may flag input regardless).
                (list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]).map((e) => ({ value: e.value, nodes: e.sources.map((s) => (s.node as Element | undefined)?.className ?? '?') })),
              );
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve([]), 1000);
          }),
      );
      expect(shifts).toEqual([]);
    });
  });
});

describe('the filter menus, built by the starter island', () => {
  // The menus exist only where scripts run: the page carries an empty fieldset and the starter fills
  // it. On wide screens the row shows from the first paint, so its room must not change when they come.
  test.each([1280, 800])('at %i px the row keeps its room before they arrive: nothing below it moves', async (width) => {
    const context = await newSiteContext(browser, server, { viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      let release = (): void => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/TimelineSearch\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.origin}${sitePath('/')}`, { waitUntil: 'commit' });
      await page.waitForSelector('#search-status', { state: 'attached' });
      await page.waitForFunction(() => document.readyState !== 'loading' || document.querySelector('[data-timeline]') !== null);
      const statusTop = () => page.evaluate(() => document.querySelector('#search-status')!.getBoundingClientRect().top);
      const before = { top: await statusTop(), menus: await page.locator('select[data-filter]').count() };
      release();
      await page.waitForSelector('select[data-filter]', { state: 'attached' });
      expect(before.menus, 'no menus before the starter runs').toBe(0);
      expect(await page.locator('select[data-filter]').count()).toBe(4);
      expect(Math.abs((await statusTop()) - before.top)).toBeLessThan(0.5);
    } finally {
      await context.close();
    }
  });

  test('each menu is labelled, starts on its "any" choice, and the clear button is there (en and es)', async () => {
    for (const [path, first, label] of [['/', 'Anyone', 'Person or body'], ['/es/', 'Cualquiera', 'Persona o institución']] as const) {
      await withPage(desktop, path, async (page) => {
        const person = page.locator('select[data-filter="person"]');
        await expect.poll(() => person.count()).toBe(1);
        expect(await person.evaluate((s: HTMLSelectElement) => s.labels?.[0]?.firstChild?.textContent)).toBe(label);
        expect(await person.evaluate((s: HTMLSelectElement) => s.options[0]?.textContent)).toBe(first);
        expect(await page.locator('[data-filters] legend').textContent()).not.toBe('');
        expect(await page.locator('[data-filters] button[data-clear]').count()).toBe(1);
      });
    }
  });
});

describe('order', () => {
  test('events known only to the year come after every month of their year; only to the month, after the days of that month', async () => {
    await withPage(phoneNoJs, '/', async (page) => {
      const years = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-timeline] > section')].map((year) => ({
          year: year.querySelector('h2')?.textContent ?? '',
          groups: [...year.querySelectorAll<HTMLElement>(':scope > section')].map((m) => ({
            key: m.querySelector('h3')?.textContent ?? '',
            dates: [...m.querySelectorAll('.event-card time')].map((t) => t.getAttribute('datetime') ?? ''),
          })),
        })),
      );
      for (const { year, groups } of years) {
        // The "month not given" group is the one whose events are all known only to the year.
        const yearOnly = groups.findIndex((g) => g.dates.every((d) => d.length === 4));
        if (yearOnly !== -1) expect(yearOnly, `${year}: the "month not given" group is last`).toBe(groups.length - 1);
        for (const group of groups) {
          // A bare month (no day) never comes before a day of the same month.
          const firstMonthOnly = group.dates.findIndex((d) => d.length === 7);
          const lastDay = group.dates.map((d) => d.length === 10).lastIndexOf(true);
          if (firstMonthOnly !== -1 && lastDay !== -1) expect(firstMonthOnly, `${group.key}: ${group.dates.join(', ')}`).toBeGreaterThan(lastDay);
        }
      }
      expect(years.length).toBeGreaterThan(1);
      expect(years.some((y) => y.groups.some((g) => g.dates.every((d) => d.length === 4))), 'a "month not given" group exists').toBe(true);
    });
  });

  test('each chapter heads the timeline once, in order, with its introduction and a source', async () => {
    await withPage(phoneNoJs, '/', async (page) => {
      const chapters = await page.evaluate(() =>
        [...document.querySelectorAll('[data-chapter]')].map((c) => ({
          heading: c.querySelector('h3')?.textContent ?? '',
          intro: c.querySelector('p')?.textContent ?? '',
          sourceLinks: c.querySelectorAll('.chapter-source a[href*="/sources/"]').length,
        })),
      );
      expect(chapters.length).toBeGreaterThanOrEqual(6);
      chapters.forEach((c, i) => {
        expect(c.heading).toMatch(new RegExp(`^Chapter ${i + 1}:`));
        expect(c.intro.length).toBeGreaterThan(40);
        expect(c.sourceLinks).toBeGreaterThan(0);
      });
    });
  });
});

describe('keyboard', () => {
  test('skip to search comes first, skip to results second, and the search box is at most 12 Tab stops from the top', async () => {
    await withPage(desktop, '/', async (page) => {
      await page.waitForSelector('timeline-search:not([hidden])');
      const stops: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => (document.activeElement?.id || document.activeElement?.textContent?.trim()) ?? '');
        stops.push(id);
        if (id === 'timeline-q') break;
      }
      expect(stops.slice(0, 2)).toEqual(['Skip to search', 'Skip to results']);
      expect(stops.at(-1)).toBe('timeline-q');
      expect(stops.length).toBeLessThanOrEqual(12);
    });
    await withPage(desktop, '/', async (page) => {
      await page.waitForSelector('timeline-search:not([hidden])');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-q');
    });
    await withPage(desktop, '/', async (page) => {
      await page.waitForSelector('timeline-search:not([hidden])');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');
      expect(await page.evaluate(() => document.getElementById('results')!.getBoundingClientRect().top)).toBeLessThan(50);
    });
  });

  test('the overview is one Tab stop; arrows move between events with a visible label; Enter goes to the event; zoom narrows it', async () => {
    await withPage(desktop, '/', async (page) => {
      // The island loads when the graphic comes near the screen.
      await page.locator('.overview').scrollIntoViewIfNeeded();
      await page.waitForSelector('.overview-plot[tabindex="0"]');
      await page.focus('.overview-plot');
      const focusLine = page.locator('[data-focus]');
      await expect.poll(() => focusLine.isVisible(), { timeout: 5_000 }).toBe(true);
      const first = await focusLine.textContent();
      await page.keyboard.press('ArrowRight');
      const second = await focusLine.textContent();
      expect(second).not.toBe(first);
      expect(second).toMatch(/^2 of \d+: .+/);
      expect(await page.locator('.overview .marks .current').count()).toBe(1);
      await page.keyboard.press('Enter');
      const hash = await page.evaluate(() => location.hash);
      expect(hash.length).toBeGreaterThan(1);
      expect(await page.evaluate(() => document.activeElement?.closest('.event-card')?.id)).toBe(hash.slice(1));
      // One Tab stop: from the plot, Tab leaves the graphic.
      await page.focus('.overview-plot');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.overview-plot') === null)).toBe(true);
      // The zoom offers the whole story, each chapter (by number and title) and each year on the axis.
      const choices = await page.locator('select[data-zoom] option').allTextContents();
      const chapters = await page.locator('.chapter-legend a').allTextContents();
      expect(choices.slice(1, chapters.length + 1)).toEqual(chapters.map((title, i) => `${i + 1}. ${title}`));
      expect(choices.slice(chapters.length + 1)).toEqual(['2017', '2018', '2019', '2020', '2021']);
      // Zoom into a year: only that year's marks remain, and the arrows count only them.
      const all = await page.locator('.overview .marks > :not(.out)').count();
      await page.selectOption('select[data-zoom]', { label: '2019' });
      const zoomed = await page.locator('.overview .marks > :not(.out)').count();
      expect(zoomed).toBeGreaterThan(0);
      expect(zoomed).toBeLessThan(all);
      await page.focus('.overview-plot');
      await page.keyboard.press('End');
      expect(await focusLine.textContent()).toMatch(new RegExp(`^${zoomed} of ${zoomed}: `));
    });
  });

  test('the zoom menu is made by the island, named in the page’s language; the page carries none of its words', async () => {
    expect(readFileSync(path.join(DIST, 'index.html'), 'utf8')).not.toMatch(/data-zoom|the whole story/);
    for (const [url, name, whole, position] of [['/', 'Zoom to', 'the whole story', /^1 of \d+: /], ['/es/', 'Ampliar', 'toda la historia', /^1 de \d+: /]] as const) {
      await withPage(desktop, url, async (page) => {
        await page.locator('.overview').scrollIntoViewIfNeeded();
        await page.waitForSelector('.overview-plot[tabindex="0"]');
        expect(await page.getByRole('combobox', { name }).count()).toBe(1);
        expect((await page.locator('select[data-zoom] option').first().textContent())).toBe(whole);
        await page.focus('.overview-plot');
        await expect.poll(() => page.locator('[data-focus]').textContent(), { timeout: 5_000 }).toMatch(position);
      });
    }
  });
});

describe('print', () => {
  const printedLinks = (page: Page) =>
    page.evaluate(() => {
      const after = (a: Element) => getComputedStyle(a, '::after').content;
      const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((a) => a.checkVisibility());
      const external = shown('main a[href^="http"]');
      return {
        external: external.length,
        externalPrinted: external.filter((a) => after(a).includes(a.getAttribute('href')!)).length,
        internalPrinted: shown('main a[href^="/"], main a[href^="#"]').filter((a) => !['none', 'normal'].includes(after(a))).map((a) => a.getAttribute('href')),
      };
    });

  test('an event page prints its permalink and one citation, and no address after its internal links', async () => {
    await withPage(desktop, '/events/2018-04-06-announcement/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const block = page.locator('.event-permalink');
      expect(await block.isVisible()).toBe(true);
      const text = await block.innerText();
      expect(text).toMatch(/Permalink: https?:\/\/\S+\/events\/2018-04-06-announcement\//);
      expect(text.match(/Cite as: /g)).toHaveLength(1);
      expect((await printedLinks(page)).internalPrinted).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      expect(await block.isVisible()).toBe(false);
    });
  });

  test('external links print their full address, internal ones none (a source page)', async () => {
    await withPage(desktop, '/sources/upi-2021-01-14/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const links = await printedLinks(page);
      expect(links.external).toBeGreaterThan(0);
      expect(links.externalPrinted).toBe(links.external);
      expect(links.internalPrinted).toEqual([]);
    });
  });

  test('the disagreements page lets a long dispute run on across pages instead of pushing it whole to the next', async () => {
    await withPage(desktop, '/disputes/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const styles = await page.evaluate(() => {
        const disputes = [...document.querySelectorAll('.dispute')];
        return {
          count: disputes.length,
          avoidWhole: disputes.filter((d) => getComputedStyle(d).breakInside === 'avoid').length,
          readingsKeptTogether: [...document.querySelectorAll('.reading')].every((r) => getComputedStyle(r).breakInside === 'avoid'),
        };
      });
      expect(styles.count).toBeGreaterThan(0);
      expect(styles.avoidWhole).toBe(0);
      expect(styles.readingsKeptTogether).toBe(true);
      // Printed on A4 (18 mm by 16 mm margins: about 673 by 986 CSS px of room), the sheets are no
      // more than the text's own height needs, plus one: no half pages left empty between disputes.
      await page.setViewportSize({ width: 673, height: 986 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const pdf = await page.pdf({ format: 'A4' });
      const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(sheets).toBeGreaterThan(0);
      expect(sheets).toBeLessThanOrEqual(Math.ceil(height / 986) + 1);
    });
  });

  test('a filtered timeline prints what it is filtered by', async () => {
    await withPage(desktop, '/?person=jeff-sessions', async (page) => {
      const line = page.locator('[data-print-filter]');
      await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^Filtered by Person or body: Jeff Sessions: \d+ of \d+ events\.$/);
      expect(await line.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await line.isVisible()).toBe(true);
    });
  });

  test('the handout gives one note per quoted paragraph, grouped by source, with no doubled quotation marks; a short handout has the key moments', async () => {
    const whole = await withPage(desktop, '/handout/', (page) =>
      page.evaluate(() => ({
        events: document.querySelectorAll('.handout-events > li').length,
        notes: [...document.querySelectorAll('.handout-notes > li')].map((li) => li.textContent ?? ''),
        groups: document.querySelectorAll('.handout-source-notes').length,
      })),
    );
    const key = await withPage(desktop, '/handout/key/', (page) => page.evaluate(() => document.querySelectorAll('.handout-events > li').length));
    expect(whole.groups).toBeGreaterThan(1);
    const paragraphs = whole.notes.map((n) => n.match(/^Paragraph (\d+)/)?.[1]);
    expect(paragraphs.every(Boolean)).toBe(true);
    for (const note of whole.notes) expect(note).not.toMatch(/[“”"]{2}/);
    expect(key).toBeGreaterThanOrEqual(5);
    expect(key).toBeLessThan(whole.events);
  });
});

describe('small faults', () => {
  test('search passages carry one pair of quotation marks', async () => {
    await withPage(desktop, '/?q=take+away+children', async (page) => {
      const items = page.locator('[data-paragraphs] li');
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      for (const text of await items.allTextContents()) expect(text).not.toMatch(/[“”"]{2}/);
    });
  });

  test('landing on a source paragraph keeps the outlet and headline in view', async () => {
    await withPage(phone, '/sources/upi-2021-01-14/#p9', async (page) => {
      const seen = await page.evaluate(() => {
        const bar = document.querySelector('.source-heading-sticky')!;
        const r = bar.getBoundingClientRect();
        const p = document.getElementById('p9')!.getBoundingClientRect();
        return { text: bar.textContent ?? '', top: r.top, bottom: r.bottom, paragraphTop: p.top };
      });
      expect(seen.text).toMatch(/^UPI, /);
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.bottom).toBeLessThanOrEqual(seen.paragraphTop + 1);
    });
  });

  test('the copy button does not move when it says "Copied"', async () => {
    const context = await newSiteContext(browser, server, { viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = await openPage(context, server, '/events/2018-04-06-announcement/');
      const button = page.locator('copy-button button').first();
      await button.scrollIntoViewIfNeeded();
      const before = await button.boundingBox();
      const row = await page.locator('.cite-list dd').first().boundingBox();
      await button.click();
      await expect.poll(() => page.locator('.copy-status').first().textContent()).toMatch(/Cop/);
      expect(await button.boundingBox()).toEqual(before);
      expect(await page.locator('.cite-list dd').first().boundingBox()).toEqual(row);
    } finally {
      await context.close();
    }
  });
});
