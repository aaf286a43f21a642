// Every address on the site, in one place: the paths of pages, anchors and files, and the base path
// and origin they are published under. Pages, exports and the browser code all go through here.
// English pages live at the root; each other language is the same tree under `/<locale>/` (`/es/`).
import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.ts';

/** Site-relative paths (from the site root, before any base path). The one list of URL shapes. */
export const paths = {
  home: (): string => '/',
  event: (id: string): string => `/events/${id}/`,
  events: (): string => '/events/',
  sources: (): string => '/sources/',
  source: (id: string): string => `/sources/${id}/`,
  paragraph: (sourceId: string, paragraph: number): string => `/sources/${sourceId}/#${paragraphAnchor(paragraph)}`,
  people: (): string => '/people/',
  person: (id: string): string => `/people/${id}/`,
  themes: (): string => '/themes/',
  theme: (id: string): string => `/themes/${id}/`,
  years: (): string => '/years/',
  year: (year: number | string): string => `/years/${year}/`,
  /** Page N of a year's list in a paged chronology (page 1 is the year's own page). */
  yearPage: (year: number | string, page: number): string => pageOf(`/years/${year}/`, page),
  /** Page N of a theme's list in a paged chronology. */
  themePage: (id: string, page: number): string => pageOf(`/themes/${id}/`, page),
  /** Page N of a person's list in a paged chronology. */
  personPage: (id: string, page: number): string => pageOf(`/people/${id}/`, page),
  /** The handout of one year (page N of it) in a paged chronology. */
  handoutYear: (year: number | string, page = 1): string => pageOf(`/handout/${year}/`, page),
  disputes: (): string => '/disputes/',
  corrections: (): string => '/corrections/',
  dispute: (id: string): string => `/disputes/#${id}`,
  about: (): string => '/about/',
  data: (): string => '/data/',
  dataFile: (name: string): string => `/data/${name}`,
  handout: (): string => '/handout/',
  /** The short handout: key moments only. */
  handoutKey: (): string => '/handout/key/',
  /** The timeline's compact view as a page of its own (the no-JavaScript target of the view switch). */
  compact: (): string => '/compact/',
  glossary: (): string => '/glossary/',
  glossaryTerm: (id: string): string => `/glossary/#${id}`,
  teach: (): string => '/teach/',
  worksheet: (): string => '/teach/worksheet/',
  feed: (): string => '/feed.xml',
  searchIndex: (): string => '/search-index.json',
  /** A chunk of a big search index, beside the head (its `chunkPath` is this folder, relative). */
  searchChunk: (name: string): string => `/search-index/${name}.json`,
  favicon: (): string => '/favicon.svg',
  notFound: (): string => '/404.html',
  /** The timeline as an embeddable page (framed by other sites; see headers-policy.ts). */
  embed: (): string => '/embed/',
  /** The timeline narrowed to one person or body, built ahead so it needs no JavaScript. */
  embedPerson: (id: string): string => `/embed/people/${id}/`,
  /** The timeline narrowed to one theme. */
  embedTheme: (id: string): string => `/embed/themes/${id}/`,
  /** The timeline narrowed to one year. */
  embedYear: (year: number | string): string => `/embed/years/${year}/`,
  /** One event as an embeddable card. */
  embedEvent: (id: string): string => `/embed/events/${id}/`,
  /** oEmbed response (JSON) for the timeline. */
  oembedTimeline: (): string => '/oembed/timeline.json',
  /** oEmbed response (JSON) for one event. */
  oembedEvent: (id: string): string => `/oembed/events/${id}.json`,
  /** The share image (1200×630 PNG) of the site. */
  shareImage: (): string => '/share/site.png',
  /** The share image of one event. */
  shareImageEvent: (id: string): string => `/share/events/${id}.png`,
} as const;

/**
 * A site-relative path in a language: English unchanged, Spanish under `/es/`
 * (`localized('/events/x/', 'es')` is `/es/events/x/`). Anchors (`#p3`) and addresses with a scheme
 * are returned as they are; an already localized path is not prefixed twice.
 */
export function localized(path: string, locale: Locale = DEFAULT_LOCALE): string {
  if (path.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  const bare = delocalized(path);
  if (locale === DEFAULT_LOCALE) return bare;
  return `/${locale}${bare}`;
}

/** The language of a site-relative path (`/es/events/x/` is 'es'; anything else is English). */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/, '').split(/[/#?]/, 1)[0];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A site-relative path without its language folder (`/es/events/x/` is `/events/x/`). */
export function delocalized(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const locale = localeOfPath(withSlash);
  if (locale === DEFAULT_LOCALE) return withSlash;
  const rest = withSlash.slice(locale.length + 1);
  return rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
}

/** The same page in another language: `translatedPath('/es/events/x/', 'en')` is `/events/x/`. */
export function translatedPath(path: string, locale: Locale): string {
  return localized(delocalized(path), locale);
}

/** Page N of a list whose first page is `first`: `/years/2018/` then `/years/2018/2/`. */
function pageOf(first: string, page: number): string {
  return page <= 1 ? first : `${first}${page}/`;
}

/** The folder every embeddable page lives under; the only pages other sites may frame. */
export const EMBED_ROOT = '/embed/';

/** A link to an anchor on the same page: a year, a chapter or an event (`#year-2018`). */
export function fragment(id: string): string {
  return `#${id}`;
}

/** Anchor id of a paragraph on its source page (`p9`). */
export function paragraphAnchor(paragraph: number): string {
  return `p${paragraph}`;
}

/** A site's address split into the parts a static build needs. */
export interface SiteAddress {
  /** The full public address with a trailing slash: `https://example.org/projects/timeline/`. */
  root: string;
  /** Origin only, for Astro's `site`: `https://example.org`. */
  origin: string;
  /** Base path with leading and trailing slash: `/projects/timeline/`, or `/`. */
  base: string;
}

/** Splits a public address (`SITE_URL`) into origin and base path; query and fragment are dropped. */
export function parseSiteAddress(siteUrl: string): SiteAddress {
  const url = new URL(siteUrl);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { root: `${url.origin}${base}`, origin: url.origin, base };
}

/** Whether an address is one no reader outside this machine can open. */
export function isLocalAddress(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host) || host === '0.0.0.0';
}

/**
 * Links within the site under a base path: `href('/events/x/')` is `/projects/timeline/events/x/`.
 * An in-page anchor (`#p3`) or an address with a scheme is returned as it is.
 */
export function withBase(base: string, path: string): string {
  if (path.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Absolute address of a site-relative path under the site's full public address. */
export function absoluteUrl(siteUrl: string, path: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ''), root).href;
}

/** The removal of the base path from a browser's path, so pages can compare against `paths`. */
export function stripBase(base: string, pathname: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

export interface Routes {
  /** The address parts this set of routes was made for. */
  address: SiteAddress;
  /**
   * A site-relative path as a link under the base path; with a locale, that language's twin of the
   * path (`href('/x/', 'es')` is `/es/x/`); without one, the path as it is.
   */
  href: (path: string, locale?: Locale) => string;
  /** A site-relative path as an absolute URL (canonical links, feeds, data files), likewise. */
  absolute: (path: string, locale?: Locale) => string;
}

/** Routes bound to one public address. */
export function createRoutes(siteUrl: string): Routes {
  const address = parseSiteAddress(siteUrl);
  return {
    address,
    href: (path, locale) => withBase(address.base, locale === undefined ? path : localized(path, locale)),
    absolute: (path, locale) => absoluteUrl(address.root, locale === undefined ? path : localized(path, locale)),
  };
}
