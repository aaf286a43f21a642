// Words for search: one normalisation shared by the index, the query and the <mark> ranges.
import { MONTH_NAMES as CALENDAR_MONTHS } from './calendar.ts';

/** A half-open range `[start, end)` of UTF-16 offsets in a text, ready for `text.slice(start, end)`. */
export type TextRange = readonly [start: number, end: number];

/** A word found in a text: its normalised form and where the original spelling sits. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Longest query (UTF-16 units) worth reading; a search box needs no more and it bounds the work. */
const MAX_QUERY_LENGTH = 200;
/** Words beyond this many are ignored: each costs a vocabulary scan. */
const MAX_QUERY_TERMS = 12;
/** Longer "words" are noise (URLs, pasted junk); fuse's Bitap also caps patterns at 32. */
const MAX_TERM_LENGTH = 32;

// Marks (\p{M}) belong to the word they accent; apostrophes join "don't" and "Rosenstein's".
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;
const PLAIN = /^[a-z0-9]+$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
// Letters NFKD does not decompose but a reader types without the accent.
const FOLD: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th' };
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Common English words dropped from a query that has other words, so AND does not hinge on "the". */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or she that the their they this to was we were what when which who will with you'.split(' '),
);

/** Month names as the index and queries write them (lower case). */
export const MONTH_NAMES: readonly string[] = CALENDAR_MONTHS.map((m) => m.toLowerCase());
const MONTH_SET: ReadonlySet<string> = new Set(MONTH_NAMES);

/** The comparable form of one word: lower case, accents and apostrophes gone, possessive "'s" dropped. */
function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip Unicode normalisation, the costliest step.
  if (PLAIN.test(lower)) return lower;
  let w = lower.normalize('NFKD').replace(MARKS, '');
  w = w.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  w = w.replace(/['’]s$/u, '');
  return w.replace(NOT_WORD, '');
}

/** Every word of a text with its offsets in the original string. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseWord(match[0]);
    if (term === '') continue;
    tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The normalised words of a text, in order. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/** Makes any input safe to search: bounded length, no lone surrogates (they break normalize() round trips). */
function sanitizeQuery(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input.slice(0, MAX_QUERY_LENGTH).replace(LONE_SURROGATE, '');
}

/** One word of a parsed query. */
export interface QueryTerm {
  term: string;
  /** The user may still be typing it: also match words it begins. */
  prefix: boolean;
  /** Only match the event's date words ("May 2018"). */
  dateOnly: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Quoted phrases as normalised words; each must occur exactly, in order. */
  phrases: string[][];
  /** The unquoted words in order, stop words kept, for rewarding them standing together in a text. */
  words: string[];
}

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/gu;

/**
 * Splits a query into fuzzy words and exact "quoted phrases". Stop words are dropped when other
 * words remain; a month name followed by a year becomes a date constraint.
 */
export function parseQuery(raw: string, options: { prefix?: boolean } = {}): ParsedQuery {
  const query = sanitizeQuery(raw);
  const phrases: string[][] = [];
  const rest = query.replace(QUOTED, (_, inner: string) => {
    const words = terms(inner).filter((w) => w.length <= MAX_TERM_LENGTH);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  const words = terms(rest).filter((w) => w.length <= MAX_TERM_LENGTH);
  // Only a word still being typed gets prefix expansion; a trailing space or quote means it is done.
  const lastWasTyped = (options.prefix ?? true) && /[\p{L}\p{N}]$/u.test(query);
  let list: QueryTerm[] = words.map((term, i) => ({
    term,
    prefix: lastWasTyped && i === words.length - 1,
    dateOnly: false,
  }));
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    if (MONTH_SET.has(a.term) && /^\d{4}$/.test(b.term)) {
      a.dateOnly = true;
      b.dateOnly = true;
      b.prefix = false;
    }
  }
  const meaningful = list.filter((t) => !STOP_WORDS.has(t.term) || t.dateOnly);
  if (meaningful.length > 0 || phrases.length > 0) list = meaningful;
  // Repeated words add cost, not meaning.
  const seen = new Set<string>();
  list = list.filter((t) => {
    const key = `${t.term}|${t.prefix}|${t.dateOnly}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    terms: list.slice(0, MAX_QUERY_TERMS),
    phrases: phrases.slice(0, MAX_QUERY_TERMS),
    words: words.slice(0, MAX_QUERY_TERMS * 2),
  };
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Sorts and joins overlapping or touching ranges, so each character is marked at most once. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * Where the matched terms occur in a text, as merged, non-overlapping `[start, end)` ranges. A term of
 * several words ("take away children") marks the whole run. Build the marks with `textContent`.
 */
export function markRanges(text: string, matched: readonly string[]): TextRange[] {
  if (typeof text !== 'string' || matched.length === 0) return [];
  const tokens = tokenize(text);
  const ranges: TextRange[] = [];
  for (const entry of matched) {
    const words = entry.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        if (tokens[i + k]!.term !== words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) ranges.push([tokens[i]!.start, tokens[i + words.length - 1]!.end]);
    }
  }
  // Marked words one space or hyphen apart read as one mark ("72-hour", "take away").
  const joined: [number, number][] = [];
  for (const [s, e] of mergeRanges(ranges)) {
    const last = joined[joined.length - 1];
    if (last && s - last[1] <= 1 && /^[\s\-\u2010\u2011]?$/u.test(text.slice(last[1], s))) last[1] = e;
    else joined.push([s, e]);
  }
  return joined;
}

/** True when `words` occur consecutively in `tokens`. */
export function containsPhrase(tokens: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let k = 0; k < words.length; k++) if (tokens[i + k] !== words[k]) continue outer;
    return true;
  }
  return false;
}
