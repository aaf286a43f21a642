// The Spanish edition as built: every English page has its Spanish twin and back, each page says
// its language, links to its twin and lists both as alternates, and no English interface word is
// left on a Spanish page (outside the verbatim quotes marked lang="en").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { translatedPath } from '../../src/lib/routes.ts';
import { listPages, pageFile, sitePath } from './harness.ts';
import { scanStartTags } from './html-tags.ts';
import { pageText } from './visible-text.ts';

const pages = listPages();
const spanish = pages.filter((p) => p.startsWith('/es/'));
const english = pages.filter((p) => !p.startsWith('/es/'));
const html = (page: string) => readFileSync(pageFile(page), 'utf8');

const SENTINEL = '\u0001';

/** The literal pieces of every interface string of a language: templates split at their slots. */
function fragments(strings: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(...value.split(/\{\w+\}|\u0001/));
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      for (const flag of [false, true]) visit(fn(...Array.from({ length: Math.max(fn.length, 1) }, (_, i) => (i === 1 && fn.length === 2 && flag ? flag : SENTINEL))));
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(strings);
  return out.map((f) => f.replace(/\s+/g, ' ').trim().replace(/^[\s,.;:·()“”]+|[\s,.;:·()“”]+$/g, '')).filter(Boolean);
}

/** Small words that say nothing on their own: a fragment made only of them is not looked for. */
/** English interface words that are Spanish words too (“Compare” is also the polite imperative). */
const ALSO_SPANISH = new Set(['Compare', 'Original', 'General', 'Final', 'Total', 'Social']);

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'with', 'about', 'this', 'that']);

/**
 * English interface words worth looking for: a phrase of two words or more (not only small ones),
 * or one capitalised word of five letters or more (a heading, a label); never one Spanish uses too.
 */
export const ENGLISH_FRAGMENTS = (() => {
  const spanishPieces = new Set(fragments(es));
  const words = (f: string) => f.split(/[\s,.;:]+/).filter((w) => /\p{L}/u.test(w));
  const telling = (f: string) => {
    const w = words(f);
    if (w.length >= 2) return w.some((x) => !SMALL.has(x.toLowerCase()));
    return /^\p{Lu}\p{Ll}{4,}$/u.test(f);
  };
  return [...new Set(fragments(en))].filter((f) => !spanishPieces.has(f) && !ALSO_SPANISH.has(f) && /^[\p{L}\s’'.,;:–-]+$/u.test(f) && telling(f)).sort((a, b) => b.length - a.length);
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = ENGLISH_FRAGMENTS.map((f) => ({ fragment: f, re: new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'u') }));

/** The English interface fragments found in a page's own-language text. */
function englishLeft(page: string, otherLang: string): string[] {
  const text = pageText(html(page), otherLang).map((p) => p.text.replace(/\s+/g, ' ')).join(' ¦ ');
  return patterns.filter(({ re }) => re.test(text)).map(({ fragment }) => fragment);
}

test('the Spanish edition is built', () => {
  expect(spanish).toContain('/es/');
  expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(100);
});

test('every English page has its Spanish twin, and every Spanish page its English one', () => {
  const all = new Set(pages);
  expect(english.filter((p) => !all.has(translatedPath(p, 'es')))).toEqual([]);
  expect(spanish.filter((p) => !all.has(translatedPath(p, 'en')))).toEqual([]);
});

test('the check finds the English words on English pages (so it can find them on Spanish ones)', () => {
  for (const page of ['/', '/about/', '/teach/']) expect(englishLeft(page, 'es').length, page).toBeGreaterThan(10);
});

describe.each(spanish)('%s', (page) => {
  test('no English interface word outside the quotes marked lang="en"', () => {
    expect(englishLeft(page, 'en')).toEqual([]);
  });

  test('says it is Spanish, links to its English twin and lists both as alternates', () => {
    const tags = scanStartTags(html(page));
    expect(tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe('es');
    const twin = sitePath(translatedPath(page, 'en'));
    if (page === '/es/404.html' || page === '/es/404/') return;
    const links = tags.filter((t) => t.name === 'a' && t.attrs.get('hreflang') === 'en');
    expect(links.map((t) => t.attrs.get('href'))).toContain(twin);
    const alternates = new Map(tags.filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang')).map((t) => [t.attrs.get('hreflang'), new URL(t.attrs.get('href')!).pathname]));
    // Pages with an address of their own list both languages; an embed's canonical is its full page.
    const canonical = tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    if (!canonical || new URL(canonical).pathname !== sitePath(page)) return;
    expect(alternates.get('en')).toBe(twin);
    expect(alternates.get('es')).toBe(sitePath(page));
  });
});

describe('English pages', () => {
  test.each(english.filter((p) => p !== '/404.html'))('%s links to its Spanish twin and lists it', (page) => {
    const tags = scanStartTags(html(page));
    expect(tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe('en');
    const twin = sitePath(translatedPath(page, 'es'));
    expect(tags.filter((t) => t.name === 'a' && t.attrs.get('hreflang') === 'es').map((t) => t.attrs.get('href'))).toContain(twin);
    const alternate = tags.find((t) => t.name === 'link' && t.attrs.get('hreflang') === 'es');
    const canonical = tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    if (canonical && new URL(canonical).pathname === sitePath(page)) expect(new URL(alternate!.attrs.get('href')!).pathname).toBe(twin);
  });
});

test('the sitemap lists each page with its twin', () => {
  const sitemap = readFileSync(pageFile('/sitemap-0.xml'.replace(/\/$/, '')), 'utf8');
  expect(sitemap).toContain(`hreflang="es" href="`);
  const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const spanishEntries = entries.filter((e) => /<loc>[^<]*\/es\//.test(e));
  expect(spanishEntries.length).toBeGreaterThan(10);
  for (const entry of entries.slice(0, 50)) expect(entry.match(/hreflang="(en|es)"/g)?.length, entry).toBe(2);
});
