// schema.org JSON-LD for event pages, source articles and the downloadable dataset, and safe serialisation.
import type { EventRecord, SourceRecord } from './records.ts';
import { absoluteUrl } from './routes.ts';

export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
}

export interface JsonLdNewsArticle {
  '@context'?: 'https://schema.org';
  '@type': 'NewsArticle';
  '@id': string;
  headline: string;
  url: string;
  /** As printed: a day, or a local time with no zone when the outlet printed none. */
  datePublished: string;
  publisher: JsonLdOrganization;
  /** The original publisher of a republished story. */
  sourceOrganization?: JsonLdOrganization;
  description?: string;
}

export interface JsonLdEvent {
  '@context': 'https://schema.org';
  '@type': 'Event';
  '@id': string;
  name: string;
  description: string;
  startDate: string;
  endDate?: string;
  url: string;
  citation: JsonLdNewsArticle[];
}

export interface JsonLdDataDownload {
  '@type': 'DataDownload';
  contentUrl: string;
  encodingFormat: string;
  name?: string;
  description?: string;
}

export interface JsonLdDataset {
  '@context': 'https://schema.org';
  '@type': 'Dataset';
  name: string;
  description: string;
  url: string;
  dateModified?: string;
  license?: string;
  keywords?: string[];
  creator?: JsonLdOrganization;
  citation?: JsonLdNewsArticle[];
  distribution: JsonLdDataDownload[];
}

export interface DatasetFile {
  /** Site-relative path of the file (`/data/events.csv`). */
  path: string;
  /** Media type (`text/csv`, `text/calendar`, `application/json`). */
  encodingFormat: string;
  name?: string;
  description?: string;
}

export interface DatasetOptions {
  name: string;
  /** Google asks for 50 to 5,000 characters. */
  description: string;
  /** Absolute site root, including any base path. */
  siteUrl: string;
  /** Site-relative address of the page that describes the data; the site root when absent. */
  path?: string;
  files: readonly DatasetFile[];
  /** ISO day or instant of the last change. */
  dateModified?: string;
  /** URL of the licence. */
  license?: string;
  keywords?: readonly string[];
  /** Name of the organisation that compiles the chronology. */
  creator?: string;
  /** The articles the data is drawn from. */
  sources?: readonly SourceRecord[];
}

const CONTEXT = 'https://schema.org' as const;

/**
 * A news article. The article's own address is its identifier, so the same article cited from
 * several events is one node. A republished story names its publisher (who carries it) and its
 * sourceOrganization (whose story it is).
 */
export function sourceJsonLd(source: SourceRecord): JsonLdNewsArticle {
  const article: JsonLdNewsArticle = {
    '@type': 'NewsArticle',
    '@id': source.url,
    headline: source.headline,
    url: source.url,
    datePublished: source.published,
    publisher: { '@type': 'Organization', name: source.outlet },
  };
  if (source.republishedFrom !== undefined) {
    article.sourceOrganization = { '@type': 'Organization', name: source.republishedFrom };
  }
  if (source.dek !== undefined) article.description = source.dek;
  return article;
}

/**
 * startDate and endDate no more precise than the sources: ISO 8601 reduced precision ("2018-05",
 * "2017") from the EDTF endpoints. A single date gives only startDate (an end would claim a
 * duration nobody reported); an interval gives both. EDTF's ~ and ? have no schema.org form and
 * are dropped here; the page's visible label still says "around".
 */
function eventDates(event: EventRecord): { startDate: string; endDate?: string } {
  const { from, to } = event.when;
  return to === undefined ? { startDate: from.text } : { startDate: from.text, endDate: to.text };
}

/** An event page's Event, citing each distinct article it draws on, in citation order. */
export function eventJsonLd(event: EventRecord, sources: readonly SourceRecord[], siteUrl: string): JsonLdEvent {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const url = absoluteUrl(siteUrl, event.url);
  const cited = event.sources.map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`event ${event.id} cites unknown source "${id}"`);
    return sourceJsonLd(source);
  });
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': `${url}#event`,
    name: event.title,
    description: event.summary,
    ...eventDates(event),
    url,
    citation: cited,
  };
}

/** The downloadable data as a Dataset, one DataDownload per file. */
export function datasetJsonLd(options: DatasetOptions): JsonLdDataset {
  const dataset: JsonLdDataset = {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: options.name,
    description: options.description,
    url: absoluteUrl(options.siteUrl, options.path ?? '/'),
    distribution: options.files.map((file) => {
      const download: JsonLdDataDownload = {
        '@type': 'DataDownload',
        contentUrl: absoluteUrl(options.siteUrl, file.path),
        encodingFormat: file.encodingFormat,
      };
      if (file.name !== undefined) download.name = file.name;
      if (file.description !== undefined) download.description = file.description;
      return download;
    }),
  };
  if (options.dateModified !== undefined) dataset.dateModified = options.dateModified;
  if (options.license !== undefined) dataset.license = options.license;
  if (options.keywords !== undefined) dataset.keywords = [...options.keywords];
  if (options.creator !== undefined) dataset.creator = { '@type': 'Organization', name: options.creator };
  if (options.sources !== undefined) dataset.citation = options.sources.map(sourceJsonLd);
  return dataset;
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for `<script type="application/ld+json">`. `<` is escaped so text such as `</script>` or
 * `<!--` cannot end or alter the script element; `>` and `&` for symmetry with HTML escaping;
 * U+2028/2029 because older JavaScript parsers treat them as line ends. These characters occur only
 * inside JSON strings, where the \u escapes decode to the same text.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] ?? c);
}
