// Which pages other sites may frame: the embeds only. The HTTP headers (frame-ancestors) and the
// test server both ask this module, so the rule lives in one place.
import { delocalized, EMBED_ROOT, localized, stripBase } from './routes.ts';
import { LOCALES } from './locale.ts';

/**
 * Whether a site-relative path (from the site root, before any base path: `/embed/events/x/`) is
 * an embed page that any site may put in an iframe. Everything under `/embed/` is; nothing else
 * (`/embed` without its slash is redirected to `/embed/` by static hosts, so it counts too).
 * Query strings and fragments are ignored.
 */
export function isEmbedPath(sitePath: string): boolean {
  // The embeds of every language (`/es/embed/…`) as well as the English ones.
  const path = delocalized(sitePath.replace(/[?#].*$/, ''));
  return path === EMBED_ROOT.slice(0, -1) || path.startsWith(EMBED_ROOT);
}

/** The same question for a browser's path under a base path (`/projects/timeline/embed/`). */
export function isEmbedRequestPath(base: string, pathname: string): boolean {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return false;
  return isEmbedPath(stripBase(root, pathname));
}

/** The `frame-ancestors` value a path is served with: any site for embeds, none for every other page. */
export function frameAncestorsFor(sitePath: string): string {
  return isEmbedPath(sitePath) ? '*' : "'none'";
}

/**
 * Path patterns for a `_headers` file (Netlify and Cloudflare Pages: `*` matches any rest of the
 * path), under the given base path: the embed rule to write after the site-wide rule.
 */
export function embedHeaderPatterns(base = '/'): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  // The embed folder of each language: `/embed/*`, `/es/embed/*`.
  return LOCALES.map((locale) => `${root}${localized(EMBED_ROOT, locale).slice(1)}*`);
}
