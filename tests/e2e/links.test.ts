// Link integrity over every page in dist, without a browser: internal links and assets exist,
// #fragments name an id in their target page, external links use https.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPages, pageFile, pathInSite, requireDist, sitePath } from './harness.ts';
import { scanStartTags, type StartTag } from './html-tags.ts';

const root = requireDist();
const pages = listPages(root);

/** Attributes that hold a URL, by element. `srcset` holds several. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};

/** Stands in for the server while resolving relative links; never fetched. */
const LOCAL = 'http://dist.invalid';

/** Every file in dist as a URL path (`/events/x/index.html`). */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}
const files = new Set(listFiles(root));

const tagsByFile = new Map<string, StartTag[]>();
function tagsOf(file: string): StartTag[] {
  let tags = tagsByFile.get(file);
  if (!tags) {
    tags = scanStartTags(readFileSync(path.join(root, file), 'utf8'));
    tagsByFile.set(file, tags);
  }
  return tags;
}

/** Fragment targets in a page: ids, and names of <a name>, as the HTML spec looks them up. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of tagsOf(file)) {
    const id = tag.attrs.get('id');
    if (id) anchors.add(id);
    const name = tag.attrs.get('name');
    if (tag.name === 'a' && name) anchors.add(name);
  }
  return anchors;
}

/** The dist file for page path `/x/` is `/x/index.html`. */
function fileOfPage(pagePath: string): string {
  return `/${path.relative(root, pageFile(pagePath, root)).split(path.sep).join('/')}`;
}

/**
 * The site's public origin, so absolute links to it (canonical, feeds) are checked as internal:
 * the home page's canonical link, else SITE_URL.
 */
function siteOrigin(): string | null {
  const canonical = tagsOf('/index.html').find((t) => t.name === 'link' && (t.attrs.get('rel') ?? '').split(/\s+/).includes('canonical'));
  const href = canonical?.attrs.get('href') ?? process.env.SITE_URL;
  try {
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}
const SITE = siteOrigin();

/** The dist file a path is served from (`/x/` → `/x/index.html`; `/x` redirects there), or null. */
function resolveFile(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

interface Link {
  from: string;
  tag: string;
  attr: string;
  value: string;
}

function collectLinks(): Link[] {
  const links: Link[] = [];
  for (const page of pages) {
    for (const tag of tagsOf(fileOfPage(page))) {
      for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
        const raw = tag.attrs.get(attr)?.trim();
        if (!raw) continue;
        // srcset: comma-separated candidates, each a URL and an optional width or density.
        const values = attr === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean) : [raw];
        for (const value of values) links.push({ from: page, tag: tag.name, attr, value });
      }
    }
  }
  return links;
}
const links = collectLinks();

function baseOf(page: string): URL {
  const pageUrl = new URL(sitePath(page), LOCAL);
  const href = tagsOf(fileOfPage(page)).find((t) => t.name === 'base')?.attrs.get('href');
  return href ? new URL(href, pageUrl) : pageUrl;
}

type Kind = 'internal' | 'fragment' | 'external';
interface Broken {
  kind: Kind;
  link: Link;
  problem: string;
}

function check(link: Link): Broken[] {
  let url: URL;
  try {
    url = new URL(link.value, baseOf(link.from));
  } catch {
    return [{ kind: 'external', link, problem: 'is not a valid URL' }];
  }
  const internal = url.origin === LOCAL || (SITE !== null && url.origin === SITE);
  if (!internal) {
    if (url.protocol === 'https:' || url.protocol === 'mailto:' || url.protocol === 'tel:') return [];
    if (url.protocol === 'data:' && link.attr !== 'href') return [];
    return [{ kind: 'external', link, problem: url.protocol === 'http:' ? 'external link is not https' : `unexpected ${url.protocol} link` }];
  }
  const inSite = pathInSite(url.pathname);
  const file = inSite === null ? null : resolveFile(inSite);
  if (!file) return [{ kind: 'internal', link, problem: `${url.pathname} is not in dist` }];
  // Text fragments (`#:~:text=…`, possibly after an id) are directives to the browser, not ids.
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
  } catch {
    return [{ kind: 'fragment', link, problem: `malformed fragment ${url.hash}` }];
  }
  if (!fragment || !file.endsWith('.html')) return [];
  const anchors = anchorsOf(file);
  if (anchors.has(fragment) || fragment.toLowerCase() === 'top') return [];
  return [{ kind: 'fragment', link, problem: `no id "${fragment}" in ${url.pathname}` }];
}
const broken = links.flatMap(check);

/** One line per distinct broken link, naming a few pages it appears on. */
function describeBroken(kind: Kind): string[] {
  const groups = new Map<string, string[]>();
  for (const b of broken.filter((x) => x.kind === kind)) {
    const key = `<${b.link.tag} ${b.link.attr}="${b.link.value}">: ${b.problem}`;
    const from = groups.get(key) ?? [];
    if (!from.includes(b.link.from)) from.push(b.link.from);
    groups.set(key, from);
  }
  return [...groups].map(([key, from]) => `${key} (on ${from.slice(0, 3).join(', ')}${from.length > 3 ? ` and ${from.length - 3} more pages` : ''})`);
}

describe(`links in ${pages.length} pages of dist`, () => {
  test('the pages link somewhere', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  test('every internal link and asset resolves to a file in dist', () => {
    expect(describeBroken('internal')).toEqual([]);
  });

  test('every #fragment names an id in its target page', () => {
    expect(describeBroken('fragment')).toEqual([]);
  });

  test('every external link uses https', () => {
    expect(describeBroken('external')).toEqual([]);
  });

  test('ids are unique within each page, so every fragment has one target', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const tag of tagsOf(fileOfPage(page))) {
        const id = tag.attrs.get('id');
        if (id === undefined) continue;
        if (seen.has(id)) duplicates.push(`${page}: id="${id}"`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
