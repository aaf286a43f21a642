// The fields of a search document: one bit each, their weights, and the words each field of an event holds.
import { MONTH_NAMES } from '../search-text.ts';

/** Where in a document a word was found; one bit each so a posting stores all fields in one number. */
export const FIELD_BITS = {
  title: 1,
  quote: 2,
  people: 4,
  date: 8,
  theme: 16,
  outlet: 32,
  summary: 64,
  text: 128,
} as const;
export type SearchField = keyof typeof FIELD_BITS;
export const SEARCH_FIELDS = Object.keys(FIELD_BITS) as SearchField[];

/** A title or quote is what the reader remembers, so it outranks a word buried in a summary. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 3,
  quote: 3,
  people: 2,
  date: 2,
  theme: 1.5,
  outlet: 1.2,
  summary: 1,
  text: 1,
};

/** Score of a set of fields (bits): the best field, plus a little for each other field that also has the word. */
export function fieldScore(bits: number): number {
  let best = 0;
  let count = 0;
  for (const f of SEARCH_FIELDS) {
    if (bits & FIELD_BITS[f]) {
      best = Math.max(best, FIELD_WEIGHTS[f]);
      count++;
    }
  }
  return count === 0 ? 0 : best + 0.1 * (count - 1);
}

/** `fieldScore` for every combination of bits, computed once. */
export const FIELD_SCORE: readonly number[] = Array.from({ length: 256 }, (_, bits) => fieldScore(bits));

const FIELD_OF_BIT = new Map(SEARCH_FIELDS.map((f) => [FIELD_BITS[f] as number, f]));

/** The field one bit stands for. */
export function fieldOfBit(bit: number): SearchField | undefined {
  return FIELD_OF_BIT.get(bit);
}

/** The fields named by a set of bits, in field order. */
export function fieldsOfBits(bits: number): SearchField[] {
  return SEARCH_FIELDS.filter((f) => bits & FIELD_BITS[f]);
}

/** What an event's date answers to. */
export interface DatedDoc {
  /** Date in words. */
  label: string;
  start: string;
  end: string;
  precision: string;
}

/** Words an event's date answers to: its label, every year it spans and, for short spans, the months. */
export function dateWords(event: DatedDoc): string {
  const words = [event.label];
  const y0 = Number(event.start.slice(0, 4));
  const y1 = Number(event.end.slice(0, 4));
  if (Number.isFinite(y0) && Number.isFinite(y1)) {
    for (let y = y0; y <= y1 && y - y0 < 50; y++) words.push(String(y));
    const m0 = y0 * 12 + Number(event.start.slice(5, 7)) - 1;
    const m1 = y1 * 12 + Number(event.end.slice(5, 7)) - 1;
    // A year-precise date says nothing about months; naming all twelve would make "May 2017" match it.
    if (event.precision !== 'year' && m1 - m0 < 12) {
      for (let m = m0; m <= m1; m++) words.push(`${MONTH_NAMES[m % 12]} ${Math.floor(m / 12)}`);
    }
  }
  return words.join(' ');
}
