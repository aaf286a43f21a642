// A page's Content-Security-Policy <meta> narrowed to that page: Astro lists the hashes of every inline
// script and style of the whole site on every page (about 0.5 KB gzipped on the home page); a page
// needs only the hashes of its own. Pure: the caller gives the hash function (node:crypto at build).

const META_CSP = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /(?:'|&#39;)sha256-([A-Za-z0-9+/=]+)(?:'|&#39;)/g;

/** Base64 SHA-256 of each inline script and style body on the page (scripts with `src` have none). */
export function inlineHashes(html: string, sha256Base64: (text: string) => string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes, body] of html.matchAll(INLINE)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    hashes.add(sha256Base64(body!));
  }
  return hashes;
}

/**
 * The page with its policy's `'sha256-…'` sources cut to the hashes of its own inline scripts and
 * styles; every other source and directive is kept as it is. A page without a policy is returned as is.
 */
export function keepPageHashes(html: string, sha256Base64: (text: string) => string): string {
  const meta = META_CSP.exec(html);
  if (!meta) return html;
  const used = inlineHashes(html, sha256Base64);
  const policy = meta[2]!
    .replace(HASH_SOURCE, (source, hash: string) => (used.has(hash) ? source : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
