// The sitemap lists only pages meant to be found: a page that asks search engines not to index it
// (an embed copy, the forwarding page at an event's old address) is taken out after the build.

const NOINDEX = /<meta\s[^>]*name="robots"[^>]*content="[^"]*\bnoindex\b/i;
const URL_ENTRY = /<url>\s*<loc>([^<]*)<\/loc>[\s\S]*?<\/url>/g;

/** True when the page's HTML carries `<meta name="robots" content="noindex">`. */
export function isNoindex(html: string): boolean {
  return NOINDEX.test(html);
}

/**
 * The address path of a built page from its file path inside the site folder:
 * "events/x/index.html" → "/events/x/", "404.html" → "/404.html"; `base` ("/" or "/a/b/") in front.
 */
export function pagePath(file: string, base: string): string {
  const relative = file.replace(/\\/g, '/').replace(/^\/+/, '');
  const page = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
  return `${base.endsWith('/') ? base : `${base}/`}${page}`;
}

/** The sitemap XML without the `<url>` entries whose address path is in `drop`. */
export function dropFromSitemap(xml: string, drop: ReadonlySet<string>): string {
  return xml.replace(URL_ENTRY, (entry, loc: string) => {
    let path: string;
    try {
      path = new URL(loc.replace(/&amp;/g, '&')).pathname;
    } catch {
      return entry;
    }
    return drop.has(path) ? '' : entry;
  });
}
