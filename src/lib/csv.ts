// CSV downloads of the chronology (events, citations), written to RFC 4180.
import type { EventRecord, SourceRecord } from './records.ts';
import { absoluteUrl } from './routes.ts';

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula when they start it (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 (section 2.6): a field holding a comma, double quote, CR or LF is enclosed in double
 * quotes, and embedded double quotes are doubled. Other fields are written bare, spaces and all.
 * A text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) is neutralised as OWASP advises: an apostrophe goes before it and the field is
 * quoted, so Excel, LibreOffice and Google Sheets show it as text. /data/ says so.
 */
export function csvField(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(text);
  if (formula) text = `'${text}`;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: CRLF after every record, the last included (RFC 4180 allows either).
 * No byte-order mark: RFC 4180 and the `text/csv; charset=utf-8` media type have none, and a BOM
 * becomes part of the first column's name in most parsers and scripts; only older Excel wants it.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export const EVENT_COLUMNS = [
  'id', 'date', 'start', 'end', 'precision', 'label', 'title', 'summary', 'actors', 'tags', 'url',
] as const;

export const CITATION_COLUMNS = [
  'event_id', 'source_id', 'outlet', 'quote', 'paragraph', 'source_url',
  'provenance_kind', 'provenance_by', 'provenance_via', 'provenance_of',
] as const;

export interface EventsCsvOptions {
  /** Absolute site root; when given, the `url` column holds absolute permalinks. */
  siteUrl?: string;
}

/** One row per event, in the order given; actor and tag ids joined with semicolons. */
export function eventsToCsv(events: readonly EventRecord[], options: EventsCsvOptions = {}): string {
  const { siteUrl } = options;
  return toCsv([
    EVENT_COLUMNS,
    ...events.map((e) => [
      e.id, e.date, e.start, e.end, e.precision, e.label, e.title, e.summary,
      e.actors.join(';'), e.tags.join(';'),
      siteUrl === undefined ? e.url : absoluteUrl(siteUrl, e.url),
    ]),
  ]);
}

/** One row per citation of every event, in event order then citation order. */
export function citationsToCsv(events: readonly EventRecord[], sources: readonly SourceRecord[]): string {
  // A translated chronology (the Spanish file) adds a last column: our translation of each quote.
  const translated = events.some((e) => e.citations.some((c) => c.translation !== undefined));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows: CsvValue[][] = [];
  for (const event of events) {
    for (const citation of event.citations) {
      const source = byId.get(citation.source);
      // The build has already checked references; a miss here is a programming error, not content.
      if (!source) throw new Error(`event ${event.id} cites unknown source "${citation.source}"`);
      const { kind, by, via, of } = citation.provenance;
      const row: CsvValue[] = [event.id, source.id, source.outlet, citation.quote, citation.paragraph, citation.url, kind, by, via, of];
      rows.push(translated ? [...row, citation.translation] : row);
    }
  }
  return toCsv([translated ? [...CITATION_COLUMNS, 'translation'] : CITATION_COLUMNS, ...rows]);
}
