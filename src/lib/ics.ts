// The chronology as an iCalendar (RFC 5545) file: one all-day VEVENT per event, deterministic output.
import type { EventRecord, SourceRecord } from './records.ts';
import { describePrecision, formatPublished } from './dates.ts';
import type { Locale } from './locale.ts';
import { absoluteUrl } from './routes.ts';

export interface IcsOptions {
  /** Calendar name shown by clients (X-WR-CALNAME). */
  calendarName: string;
  /** Host name that makes UIDs globally unique (`<event id>@<host>`); keep it stable across builds. */
  host: string;
  /** Absolute site root, including any base path, for event permalinks. */
  siteUrl: string;
  /** Build time (ISO 8601 instant or Date) used as every DTSTAMP, so equal input gives equal output. */
  dtstamp: string | Date;
  /** Optional calendar description (X-WR-CALDESC). */
  calendarDescription?: string;
  /** The language of the events' texts and of the calendar's own words; English by default. */
  locale?: Locale;
}

/** The calendar's own words in each language (the events' texts come from the chronology). */
const WORDS: Record<Locale, { dayUnknown: string; monthDayUnknown: string; daysUnknown: string; date: string; from: string; sources: string; permalink: string }> = {
  en: { dayUnknown: 'the day is not known', monthDayUnknown: 'the month and day are not known', daysUnknown: 'the exact days are not known', date: 'Date', from: 'from', sources: 'Sources', permalink: 'Permalink' },
  es: { dayUnknown: 'no se conoce el día', monthDayUnknown: 'no se conocen el mes ni el día', daysUnknown: 'no se conocen los días exactos', date: 'Fecha', from: 'tomado de', sources: 'Fuentes', permalink: 'Enlace permanente' },
};


/**
 * RFC 5545 3.3.11: backslash, semicolon and comma are escaped in TEXT; line breaks become `\n`.
 * Control characters, which TEXT may not hold (3.1, CONTROL), are removed; so are line and
 * paragraph separators, which some clients take for line ends.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029]/g, '');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. Octets are counted
 * in UTF-8 and a break never falls inside a character, so no multi-byte sequence is split.
 */
export function foldIcsLine(line: string): string {
  // Most lines are ASCII, one octet a character: cut them by length alone.
  if (ASCII.test(line)) return foldAscii(line);
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const point = line.codePointAt(i)!;
    const size = utf8Octets(point);
    if (octets + size > limit) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 0;
      // A continuation line starts with the space, which counts toward its 75 octets.
      limit = 74;
    }
    octets += size;
    i += point > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

const ASCII = /^[\u0000-\u007f]*$/;

function foldAscii(line: string): string {
  if (line.length <= 75) return line;
  const pieces = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) pieces.push(line.slice(i, i + 74));
  return pieces.join('\r\n ');
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, three octets). */
function utf8Octets(point: number): number {
  if (point < 0x80) return 1;
  if (point < 0x800) return 2;
  return point < 0x10000 ? 3 : 4;
}

function icsDate(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

/** The ISO day after `iso`, computed in UTC so the local time zone cannot shift it. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

function icsTimestamp(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: "${String(value)}"`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Calendars only know whole days, so a date known to the month or year becomes an all-day span
 * over the whole month or year (DTSTART its first day, DTEND the day after its last). A span alone
 * would read as "it lasted all month", so SUMMARY says what is and is not known:
 * "Title (May 2018; the day is not known)".
 */
export function icsSummary(event: EventRecord, locale: Locale = 'en'): string {
  const words = WORDS[locale];
  // The date as the chronology parsed it once (`when`), never parsed again here.
  const date = event.when;
  const exact = event.precision === 'day' && !event.approximate && !date.uncertain;
  if (exact) return event.title;
  let unknown = '';
  if (event.precision === 'month') unknown = `; ${words.dayUnknown}`;
  else if (event.precision === 'year') unknown = `; ${words.monthDayUnknown}`;
  else if (event.precision === 'interval') {
    const ends = [date.from, date.to];
    if (ends.some((p) => p !== undefined && p.precision !== 'day')) unknown = `; ${words.daysUnknown}`;
  }
  return `${event.title} (${event.label}${unknown})`;
}

function icsDescription(event: EventRecord, sources: ReadonlyMap<string, SourceRecord>, permalink: string, locale: Locale): string {
  const words = WORDS[locale];
  const dateLine = [`${words.date}: ${event.label}.`, describePrecision(event.when, locale), event.dateNote ?? '']
    .filter((s) => s !== '')
    .join(' ');
  const cited = [...new Set(event.citations.map((c) => c.source))];
  const sourceLines = cited.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`event ${event.id} cites unknown source "${id}"`);
    const via = source.republishedFrom === undefined ? '' : ` (${words.from} ${source.republishedFrom})`;
    return `- ${source.outlet}${via}, “${source.headline}”, ${formatPublished(source.published, locale)}: ${source.url}`;
  });
  return [
    event.summary,
    dateLine,
    ...(sourceLines.length > 0 ? [`${words.sources}:\n${sourceLines.join('\n')}`] : []),
    `${words.permalink}: ${permalink}`,
  ].join('\n\n');
}

/** The whole calendar, CRLF line endings, lines folded; events in the order given. */
export function eventsToIcs(events: readonly EventRecord[], sources: readonly SourceRecord[], options: IcsOptions): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const stamp = icsTimestamp(options.dtstamp);
  const locale = options.locale ?? 'en';
  // Each language's calendar has its own UIDs, so a reader subscribed to both keeps both.
  const uidSuffix = locale === 'en' ? '' : `.${locale}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeIcsText(options.host)}//chronology//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    ...(options.calendarDescription === undefined ? [] : [`X-WR-CALDESC:${escapeIcsText(options.calendarDescription)}`]),
  ];
  for (const event of events) {
    const permalink = absoluteUrl(options.siteUrl, event.url);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}${uidSuffix}@${options.host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      // DTEND is exclusive for all-day events (RFC 5545 3.6.1): the day after the last possible day.
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end))}`,
      `SUMMARY:${escapeIcsText(icsSummary(event, locale))}`,
      `DESCRIPTION:${escapeIcsText(icsDescription(event, byId, permalink, locale))}`,
      `URL:${permalink}`,
      // A past event should not mark anyone busy in a subscriber's calendar.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
