// Rules on the dates of events and periods: named by the file, no later than the sources, no more
// precise than the quotes show.
import { dayBefore, type DatePoint, type EventDate, weekdayOf } from '../dates.ts';
import type { Problem } from '../problems.ts';
import type { ContentIndex } from './content-index.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_MONTH = /\b(last month|this month|next month|the month after|the month before|weeks?|days?)\b/;

/** A quote, and the publication day of the article it is from (its frame of reference). */
export interface QuoteInFrame {
  quote: string;
  /** ISO day the quoting article was published, for "today", "yesterday" and weekdays. */
  published?: string | undefined;
}

function pointSupported(point: DatePoint, quotes: readonly QuoteInFrame[]): boolean {
  const text = quotes.map((q) => q.quote).join(' ').toLowerCase();
  const [year, month, day] = point.start.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1]!;
  if (point.precision === 'year') return text.includes(String(year));
  const monthNamed = new RegExp(`\\b${monthName}\\b`).test(text);
  if (point.precision === 'month') return monthNamed || RELATIVE_MONTH.test(text);
  if (new RegExp(`\\b${monthName}\\.? ${day}\\b`).test(text)) return true;
  // A weekday, "today" or "yesterday" gives the day only if it is that day, counted in the
  // calendar of the article that says it.
  const weekday = WEEKDAYS[weekdayOf(point.start)]!;
  return quotes.some(({ quote, published }) => {
    const words = quote.toLowerCase();
    if (new RegExp(`\\b${weekday}\\b`).test(words)) return true;
    if (published === undefined) return false;
    if (/\btoday\b/.test(words) && published === point.start) return true;
    return /\byesterday\b/.test(words) && dayBefore(published) === point.start;
  });
}

/** The first point of the date (its start, then its end) that the quotes do not show, if any. */
export function unsupportedPoint(date: EventDate, quotes: readonly (string | QuoteInFrame)[]): 'start' | 'end' | undefined {
  const framed = quotes.map((q) => (typeof q === 'string' ? { quote: q } : q));
  if (!pointSupported(date.from, framed)) return 'start';
  if (date.to && !pointSupported(date.to, framed)) return 'end';
  return undefined;
}

/**
 * Whether the quotes show a date as precise as the one written, at each end of a span: a day needs
 * the day named ("April 6"), or its weekday, or "today"/"yesterday" in an article of the right day;
 * a month needs the month named or a relative phrase; a year needs the year.
 */
export function quotesSupportPrecision(date: EventDate, quotes: readonly (string | QuoteInFrame)[]): boolean {
  return unsupportedPoint(date, quotes) === undefined;
}

function datePrefix(date: EventDate): string {
  const point = date.from;
  if (point.precision === 'day') return point.start;
  if (point.precision === 'month') return point.start.slice(0, 7);
  return point.start.slice(0, 4);
}

/** An event's file name starts with its date. */
export function fileNameStartsWithDate(index: ContentIndex): Problem[] {
  return index.dated
    .filter((d) => d.kind === 'events')
    .flatMap(({ id, file, date }) => {
      const prefix = datePrefix(date);
      if (id.startsWith(`${prefix}-`) && !/^\d/.test(id.slice(prefix.length + 1))) return [];
      return [{ file, field: 'date', message: `the file name does not start with the date "${prefix}-" (got "${id}")`, fix: `rename the file to ${prefix}-<short-slug>.md, or correct the date` }];
    });
}

/** Neither end of an event's or period's date falls after a source that cites it was published. */
export function dateNotAfterPublication(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { kind, file, date, citations } of index.dated) {
    const what = kind === 'events' ? 'event' : 'period';
    citations.forEach((citation, at) => {
      const day = index.published.get(citation.source);
      if (!day) return;
      const field = `citations[${at}].source`;
      const fix = 'an article cannot report a later event: correct the date or cite another source';
      if (date.start > day) problems.push({ file, field, message: `the ${what} starts (${date.start}) after "${citation.source}" was published (${day})`, fix });
      else if (date.to && date.to.start > day) problems.push({ file, field, message: `the ${what} ends (${date.to.text}) after "${citation.source}" was published (${day})`, fix });
    });
  }
  return problems;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The first weekday a quote names, for the message when it is the wrong one. */
function namedWeekday(quotes: readonly string[]): string | undefined {
  const match = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(quotes.join(' ').toLowerCase());
  return match ? capitalise(match[1]!) : undefined;
}

/** A date is no more precise than its quotes show, at either end of a span, unless a dateNote explains it. */
export function dateAsPreciseAsQuotes(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, date, dateText, dateNote, citations } of index.dated) {
    if (dateNote) continue;
    const quotes = citations.map((c) => ({ quote: c.quote, published: index.published.get(c.source) }));
    const end = unsupportedPoint(date, quotes);
    if (!end) continue;
    const point = end === 'start' ? date.from : date.to!;
    const which = date.to ? ` of its ${end}` : '';
    const named = point.precision === 'day' ? namedWeekday(quotes.map((q) => q.quote)) : undefined;
    const weekday = named ? `: they name ${named}, but ${point.start} was a ${capitalise(WEEKDAYS[weekdayOf(point.start)]!)}` : '';
    problems.push({
      file,
      field: 'date',
      message: `"${dateText}" is more precise than the quotes show (they do not name the ${point.precision}${which}${weekday})`,
      fix: 'quote the words that give the date, make the date less precise, or add a dateNote on how it was derived',
    });
  }
  return problems;
}
