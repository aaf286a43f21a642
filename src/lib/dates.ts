// Event dates: EDTF strings (a safe subset) turned into bounds, precision and words for readers.
import edtf from 'edtf';
// Deep imports: the package's index pulls in all of date-fns, which costs every test file seconds.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { es } from 'date-fns/locale/es';
import type { Locale } from './locale.ts';

/** How finely a single date point is known. */
export type Precision = 'day' | 'month' | 'year';
/** A part of a month, for phrases such as "early April 2018". */
export type MonthPart = 'early' | 'mid' | 'late';

export const MONTH_PARTS: readonly MonthPart[] = ['early', 'mid', 'late'];

export interface DatePoint {
  /** The EDTF text of this point, without qualifiers (`2018-05`). */
  text: string;
  precision: Precision;
  /** First ISO day the point covers. */
  start: string;
  /** Last ISO day the point covers. */
  end: string;
  /** `~` in EDTF: the sources give this date only roughly. */
  approximate: boolean;
  /** `?` in EDTF: the sources are unsure of this date. */
  uncertain: boolean;
}

export interface EventDate {
  /** The EDTF string as written by the editor. */
  edtf: string;
  /** Part of the month, when the sources say "early", "mid" or "late" a month. */
  part?: MonthPart;
  from: DatePoint;
  /** The end point of an interval; absent for a single date. */
  to?: DatePoint;
  /** First ISO day the date could be. */
  start: string;
  /** Last ISO day the date could be. */
  end: string;
  /** `interval` for a span; otherwise the precision of the single point. */
  precision: Precision | 'interval';
  approximate: boolean;
  uncertain: boolean;
  /** The date in words as shown to readers ("May 2018", "March–November 2017"). */
  label: string;
}

export type DateParse = { ok: true; date: EventDate } | { ok: false; message: string; fix: string };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const EXAMPLES = 'write a day "2018-04-06", a month "2018-05", a year "2017", or a span "2017-03/2017-11" (add ~ for approximate, ? for uncertain)';

/** The years a date may fall in: four digits, and no year 0 or other year a reader's calendar lacks. */
export const YEAR_RANGE = { min: 1000, max: 2999 } as const;

/** Whether `year-month-day` is a day of the Gregorian calendar (no 30 February, no 31 April). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : last);
}

/** Whether an ISO `YYYY-MM-DD` text is a real day in the year range. */
export function isRealIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max && isRealDay(year, month, day);
}

/** The weekday of an ISO day, in that day's own calendar (no time zone can move it). */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The ISO day before `iso`. */
export function dayBefore(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parsePoint(text: string): DatePoint | { message: string } {
  const match = POINT.exec(text);
  if (!match) {
    if (/T\d/.test(text)) return { message: `a time of day is more precise than an event date may be (got "${text}")` };
    return { message: `"${text}" is not a date in the supported EDTF forms` };
  }
  const [, year, month, day, qualifier] = match;
  let parsed: { min: number; max: number };
  if (Number(year) < YEAR_RANGE.min || Number(year) > YEAR_RANGE.max) {
    return { message: `"${text}" is outside the years ${YEAR_RANGE.min}–${YEAR_RANGE.max} a date may fall in` };
  }
  // EDTF reads months 21–41 as seasons and quarters; an event date is a calendar month or nothing.
  if (month && (Number(month) > 12 || Number(month) < 1)) return { message: `"${text}" is not a real calendar date` };
  // The edtf library rolls 29 February of a common year over into March; a date must be a real day.
  if (day && !isRealDay(Number(year), Number(month), Number(day))) return { message: `"${text}" is not a real calendar date` };
  try {
    parsed = edtf(text);
  } catch {
    return { message: `"${text}" is not a real calendar date` };
  }
  return {
    text: text.replace(/[~?%]$/, ''),
    precision: day ? 'day' : month ? 'month' : 'year',
    start: isoDay(parsed.min),
    end: isoDay(parsed.max),
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
}

const PART_LABEL: Record<Locale, Record<MonthPart, (base: string) => string>> = {
  en: { early: (b) => `early ${b}`, mid: (b) => `mid-${b}`, late: (b) => `late ${b}` },
  es: { early: (b) => `principios de ${b}`, mid: (b) => `mediados de ${b}`, late: (b) => `finales de ${b}` },
};

/** date-fns patterns per language: Spanish months are lowercase and joined with "de" (date-fns `es`). */
const POINT_FORMATS: Record<Locale, { day: [string, string]; month: [string, string] }> = {
  en: { day: ['MMMM d, yyyy', 'MMMM d'], month: ['MMMM yyyy', 'MMMM'] },
  es: { day: ["d 'de' MMMM 'de' yyyy", "d 'de' MMMM"], month: ["MMMM 'de' yyyy", 'MMMM'] },
};

/** Words for one point: "April 6, 2018", "May 2018", "2017"; in Spanish "6 de abril de 2018", "mayo de 2018". */
export function formatPointLabel(point: DatePoint, options: { year?: boolean } = {}, locale: Locale = 'en'): string {
  const withYear = options.year ?? true;
  const day = parseISO(point.start);
  const patterns = POINT_FORMATS[locale];
  const dateLocale = locale === 'es' ? { locale: es } : undefined;
  if (point.precision === 'day') return format(day, patterns.day[withYear ? 0 : 1], dateLocale);
  if (point.precision === 'month') return format(day, patterns.month[withYear ? 0 : 1], dateLocale);
  return format(day, 'yyyy');
}

const QUALIFIERS: Record<Locale, { around: string; uncertain: string }> = {
  en: { around: 'around', uncertain: '(uncertain)' },
  es: { around: 'hacia', uncertain: '(fecha incierta)' },
};

function qualify(label: string, point: DatePoint, locale: Locale): string {
  const words = QUALIFIERS[locale];
  if (point.approximate && point.uncertain) return `${words.around} ${label} ${words.uncertain}`;
  if (point.approximate) return `${words.around} ${label}`;
  if (point.uncertain) return `${label} ${words.uncertain}`;
  return label;
}

function formatLabel(from: DatePoint, to: DatePoint | undefined, part: MonthPart | undefined, locale: Locale = 'en'): string {
  if (!to) {
    const base = formatPointLabel(from, {}, locale);
    return qualify(part ? PART_LABEL[locale][part](base) : base, from, locale);
  }
  const sameYear = from.start.slice(0, 4) === to.start.slice(0, 4);
  const left = qualify(formatPointLabel(from, { year: !sameYear || from.precision === 'year' }, locale), from, locale);
  const right = qualify(formatPointLabel(to, {}, locale), to, locale);
  // "March–November 2017" reads well; "April 6 – June 2018" needs spaces around the dash.
  const joiner = from.precision === 'day' || to.precision === 'day' ? ' – ' : '–';
  return `${left}${joiner}${right}`;
}

/**
 * The date in words in a language: the English is `date.label` itself; the Spanish follows the same
 * shapes ("mayo de 2018", "principios de abril de 2018", "hacia junio de 2018", "marzo–noviembre de 2017").
 */
export function formatDateLabel(date: EventDate, locale: Locale = 'en'): string {
  return locale === 'en' ? date.label : formatLabel(date.from, date.to, date.part, locale);
}

/**
 * Parses an event date. Accepts EDTF levels 0–1 restricted to what a news chronology needs:
 * a year, month or day, optionally qualified (`~` approximate, `?` uncertain, `%` both),
 * or an interval of two such points. Times, seasons, sets and open intervals are refused.
 */
export function parseEventDate(input: string, part?: MonthPart): DateParse {
  // The check, the schema, the chronology and every page ask for the same dates: parse each once
  // (the edtf grammar is rebuilt on every call). Results are frozen, so sharing them is safe.
  const key = `${input}\u0000${part ?? ''}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  const result = deepFreeze(parseUncached(input, part));
  PARSED.set(key, result);
  return result;
}

// One cache per process, not per copy of this module: the build loads it several times (the check,
// Astro's content layer through Vite, the bundled pages), and each copy would parse every date again.
const PARSED_KEY = Symbol.for('chronology.parsed-event-dates');
const PARSED: Map<string, DateParse> = ((globalThis as { [PARSED_KEY]?: Map<string, DateParse> })[PARSED_KEY] ??= new Map());

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

type Refusal = Extract<DateParse, { ok: false }>;

function parseUncached(input: string, part?: MonthPart): DateParse {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'the date is empty', fix: EXAMPLES };
  const pieces = text.split('/');
  if (pieces.length > 2) return { ok: false, message: `"${text}" has more than one "/"`, fix: EXAMPLES };
  const from = parsePoint(pieces[0]!);
  if ('message' in from) return { ok: false, message: from.message, fix: EXAMPLES };
  const to = pieces.length === 2 ? parsePoint(pieces[1]!) : undefined;
  if (to && 'message' in to) return { ok: false, message: to.message, fix: EXAMPLES };
  const refusal = checkSpan(from, to) ?? (part === undefined ? undefined : checkPart(part, text, from, to));
  if (refusal) return refusal;
  const date: EventDate = {
    edtf: text,
    from,
    start: from.start,
    end: to ? to.end : from.end,
    precision: to ? 'interval' : from.precision,
    approximate: from.approximate || Boolean(to?.approximate),
    uncertain: from.uncertain || Boolean(to?.uncertain),
    label: formatLabel(from, to, part),
  };
  if (to) date.to = to;
  if (part) date.part = part;
  return { ok: true, date };
}

function checkSpan(from: DatePoint, to: DatePoint | undefined): Refusal | undefined {
  if (!to || to.end >= from.start) return undefined;
  return { ok: false, message: `the span ends (${to.text}) before it starts (${from.text})`, fix: 'put the earlier date first: "START/END"' };
}

function checkPart(part: MonthPart, text: string, from: DatePoint, to: DatePoint | undefined): Refusal | undefined {
  if (!MONTH_PARTS.includes(part)) {
    return { ok: false, message: `"${String(part)}" is not a part of a month`, fix: 'write part: early, mid or late' };
  }
  if (!to && from.precision === 'month') return undefined;
  return {
    ok: false,
    message: `"part: ${part}" only qualifies a single month, but the date is "${text}"`,
    fix: 'use a month such as "2018-04" with the part, or remove the part',
  };
}

const PRECISION_WORDS: Record<Locale, {
  approximate: string; uncertain: string; span: (from: string, to: string) => string; part: (label: string) => string;
  day: string; month: string; year: string;
}> = {
  en: {
    approximate: ' The date is approximate.', uncertain: ' The date is uncertain.',
    span: (from, to) => `The sources give a span, from ${from} to ${to}, not a single day.`,
    part: (label) => `The sources say “${label}”, not a day.`,
    day: 'The sources give the day.', month: 'The sources give the month, not the day.', year: 'The sources give the year, not the month or day.',
  },
  es: {
    approximate: ' La fecha es aproximada.', uncertain: ' La fecha es incierta.',
    span: (from, to) => `Las fuentes dan un periodo, de ${from} a ${to}, no un solo día.`,
    part: (label) => `Las fuentes dicen “${label}”, no un día.`,
    day: 'Las fuentes dan el día.', month: 'Las fuentes dan el mes, no el día.', year: 'Las fuentes dan el año, no el mes ni el día.',
  },
};

/** A plain sentence on how precisely the sources date the event, in a language. */
export function describePrecision(date: EventDate, locale: Locale = 'en'): string {
  const words = PRECISION_WORDS[locale];
  const rough = date.approximate ? words.approximate : date.uncertain ? words.uncertain : '';
  if (date.to) return `${words.span(formatPointLabel(date.from, {}, locale), formatPointLabel(date.to, {}, locale))}${rough}`;
  if (date.part) return `${words.part(formatDateLabel(date, locale))}${rough}`;
  return `${words[date.precision as Precision]}${rough}`;
}

const POINT_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Chronological order that tells the truth about precision. A date known only to the month (or
 * the year, or a part of a month) sorts by the LAST day it could be, so it comes after the events
 * dated to a day within that month or year rather than before them as if it were first. A span
 * sorts by its first point the same way. On the same place: the more precise first, then the
 * earlier end; the caller breaks remaining ties by id.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const aKey = sortKey(a);
  const bKey = sortKey(b);
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  const rank = POINT_RANK[a.from.precision] - POINT_RANK[b.from.precision];
  if (rank !== 0) return rank;
  // "late April" is known more closely than "April": it comes first.
  if (Boolean(a.part) !== Boolean(b.part)) return a.part ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

const PART_LAST_DAY: Record<MonthPart, string> = { early: '10', mid: '20', late: '' };

/**
 * Where a date sorts: the last day its first point could be ("May 2018" sorts at May 31, "2017"
 * at December 31, "early April 2018" at April 10, "late April 2018" at April 30).
 */
export function sortKey(date: EventDate): string {
  if (date.part && PART_LAST_DAY[date.part]) return `${date.from.start.slice(0, 8)}${PART_LAST_DAY[date.part]}`;
  return date.from.end;
}

/** ISO day of a publication timestamp (`2021-01-14T20:32` → `2021-01-14`). */
export function publicationDay(published: string): string {
  return published.slice(0, 10);
}

/** A publication date in words: "January 14, 2021"; in Spanish "14 de enero de 2021". */
export function formatPublished(published: string, locale: Locale = 'en'): string {
  const day = parseISO(publicationDay(published));
  return locale === 'es' ? format(day, "d 'de' MMMM 'de' yyyy", { locale: es }) : format(day, 'MMMM d, yyyy');
}
