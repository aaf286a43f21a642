// What a host is handed: the `_headers` file, precompressed copies, and no address of this machine
// in a site built for a public one. Reads dist/ (or E2E_DIST) with real parsers and decompressors.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { delocalized, isLocalAddress } from '../../src/lib/routes.ts';
import { BASE, listPages, requireDist, sitePath } from './harness.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const root = requireDist();
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name));
const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
const metaPolicy = (file: string): string =>
  (/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '').replace(/&#39;/g, "'");
const directives = (policy: string): string[] => policy.split(/[;,]/).map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);

describe('_headers', () => {
  test.each(listPages().filter((p) => !p.endsWith('/404.html')))('%s carries the page policy as a header, with frame-ancestors', (page) => {
    const headers = headersFor(rules, sitePath(page));
    const file = page.endsWith('/') ? path.join(root, page, 'index.html') : path.join(root, page);
    const header = directives(headers['Content-Security-Policy'] ?? '');
    // Every directive of the page's <meta> is in the header too, so no host loses a restriction; the
    // header (one for the site) may allow the hashes of other pages' inline code on top, while the page's
    // own <meta> lists only its own (src/lib/csp-trim.ts), and a browser enforces both.
    const byName = (list: string[]) => new Map(list.map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    const headerDirectives = byName(header);
    const meta = byName(directives(metaPolicy(file)));
    expect(meta.size).toBeGreaterThan(3);
    for (const [name, sources] of meta) expect(headerDirectives.get(name), `${page}: ${name}`).toEqual(expect.arrayContaining(sources));
    // Hashes in a page's own policy are of code on that page.
    const html = readFileSync(file, 'utf8');
    const own = new Set([...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)].filter((m) => !/\bsrc=/.test(m[2]!)).map((m) => createHash('sha256').update(m[3]!).digest('base64')));
    const listed = [...metaPolicy(file).matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]!);
    expect(listed.filter((h) => !own.has(h)), page).toEqual([]);
    const framing = header.filter((d) => d.startsWith('frame-ancestors'));
    // The embeds of every language may be framed; nothing else may.
    expect(framing).toEqual([delocalized(page).startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toBeTruthy();
    expect(headers['Cache-Control']).toMatch(/max-age=\d+/);
    expect(headers['Cache-Control']).not.toContain('immutable');
  });

  test('hashed assets are cached for a year; data files briefly', () => {
    const assets = files.filter((f) => f.includes(`${path.sep}_astro${path.sep}`) && !/\.(br|gz)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(headersFor(rules, sitePath(`/${path.relative(root, asset).split(path.sep).join('/')}`))['Cache-Control']).toBe('public, max-age=31536000, immutable');
    }
    expect(headersFor(rules, sitePath('/data/events.json'))['Cache-Control']).toMatch(/^public, max-age=300/);
    expect(headersFor(rules, sitePath('/feed.xml'))['Cache-Control']).toMatch(/^public, max-age=300/);
  });

  test(`every rule is under the base path ${BASE}, and there are few enough for Cloudflare Pages (100)`, () => {
    expect(rules.every((r) => r.path.startsWith(BASE))).toBe(true);
    expect(rules.length).toBeLessThanOrEqual(100);
  });
});

describe('precompressed copies', () => {
  const text = files.filter((f) => /\.(html|css|js|json|xml|svg|ics|csv)$/.test(f) && statSync(f).size >= 1024);

  test('every text file of 1 KB or more has a .gz and a .br that decompress to it', () => {
    expect(text.length).toBeGreaterThan(10);
    for (const file of text) {
      const original = readFileSync(file);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
    }
  });

  test('no compressed copy of a compressed copy, and none of a tiny file', () => {
    expect(files.filter((f) => /\.(br|gz)\.(br|gz)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(br|gz)$/.test(f) && statSync(f.replace(/\.(br|gz)$/, '')).size < 1024)).toEqual([]);
  });
});

const canonical = /<link rel="canonical" href="([^"]*)"/.exec(readFileSync(path.join(root, 'index.html'), 'utf8'))?.[1] ?? '';
describe.skipIf(isLocalAddress(canonical))(`a site built for ${canonical}`, () => {
  test('names no address on this machine in any file', () => {
    const local = /localhost|127\.0\.0\.1/;
    const offenders = files.filter((f) => !/\.(br|gz|png|jpe?g|woff2?)$/.test(f) && local.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('sitemap', () => {
  const sitemaps = files.filter((f) => /sitemap-\d+\.xml$/.test(f));
  const listed = sitemaps.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<url>\s*<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));

  test('lists every indexable page and no page marked noindex', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    const pages = listPages().filter((p) => !p.endsWith('/404.html'));
    const noindex = pages.filter((p) => /<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(readFileSync(path.join(root, p, 'index.html'), 'utf8')));
    // The old addresses of moved events and the embed copies are noindex; there are some of each.
    expect(noindex.some((p) => p.startsWith('/events/'))).toBe(true);
    expect(noindex.some((p) => p.startsWith('/embed/'))).toBe(true);
    expect(listed.filter((p) => noindex.some((n) => sitePath(n) === p))).toEqual([]);
    const indexable = pages.filter((p) => !noindex.includes(p)).map(sitePath);
    expect(indexable.filter((p) => !listed.includes(p))).toEqual([]);
  });
});
