// What the home page weighs against a plain-HTML page of the same text (issue 13's 1.3× limit, gzipped).
// Used by phone-bench.ts; on its own, without a browser: node tests/bench/plain-html.ts [page.html]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * A plain-HTML page of the same text: the home page with no head, scripts, styles, SVG or form
 * controls, every element reduced to a bare p, h1–h4, li, ol, ul, strong, em, i, mark or a[href]
 * (other containers become line breaks), no classes, ids or other attributes.
 */
export function plainHtml(html: string): string {
  let body = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<(select|button)[\s\S]*?<\/\1>/g, '')
    .replace(/<input[^>]*>/g, '');
  const keep = new Set(['a', 'p', 'h1', 'h2', 'h3', 'h4', 'li', 'ol', 'ul', 'strong', 'em', 'i', 'mark']);
  body = body.replace(/<(\/?)([a-z0-9-]+)([^>]*)>/gi, (_, close: string, name: string, attrs: string) => {
    const tag = name.toLowerCase();
    if (!keep.has(tag)) return close ? '' : '\n';
    if (close) return `</${tag}>`;
    const href = tag === 'a' ? /href="([^"]*)"/.exec(attrs) : null;
    return href ? `<a href="${href[1]}">` : `<${tag}>`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Timeline</title>${body.replace(/\n\s*\n+/g, '\n')}</html>`;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** The limit on the gzipped ratio (issue 13). */
export const RATIO_LIMIT = 1.3;

/**
 * The page's bytes and the plain page's, raw and gzipped, their gzipped ratio (to three places: two
 * would round 1.304 down to the limit), and how many gzipped bytes the page has left under the limit.
 */
export function homeBytes(html: string) {
  const plain = plainHtml(html);
  const bytes = { home: html.length, homeGzip: gzip(html), plain: plain.length, plainGzip: gzip(plain) };
  return {
    ...bytes,
    gzipRatioToPlain: Math.round((bytes.homeGzip / bytes.plainGzip) * 1000) / 1000,
    gzipBytesUnderLimit: Math.floor(bytes.plainGzip * RATIO_LIMIT) - bytes.homeGzip,
  };
}

if (import.meta.main) console.log(homeBytes(readFileSync(process.argv[2] ?? 'dist/index.html', 'utf8')));
