// Examples the method pages give, taken from the content so the engine names nothing of a story.
import { formatPointLabel } from './dates.ts';
import type { Locale } from './locale.ts';
import type { EventRecord } from './records.ts';

export interface DateExamples {
  /** A month-precise event ("May 2018"), with its month alone ("May"). */
  month?: { label: string; monthName: string; date: string };
  /** A part of a month, capitalised to open a sentence ("Early April 2018"). */
  part?: string;
  /** A span ("March–November 2017"). */
  span?: string;
}

/** The first month-precise, part-of-month and span dates among the events, for the method page (month name in `locale`). */
export function dateExamples(events: readonly EventRecord[], locale: Locale = 'en'): DateExamples {
  const examples: DateExamples = {};
  const month = events.find((e) => e.precision === 'month' && !e.part && !e.approximate && !e.when.uncertain);
  if (month) examples.month = { label: month.label, monthName: formatPointLabel(month.when.from, { year: false }, locale), date: month.date };
  const part = events.find((e) => e.part !== undefined && !e.approximate && !e.when.uncertain);
  if (part) examples.part = part.label.charAt(0).toUpperCase() + part.label.slice(1);
  const span = events.find((e) => e.precision === 'interval' && !e.approximate && !e.when.uncertain);
  if (span) examples.span = span.label;
  return examples;
}

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as a sentence writes it: words up to twelve ("five"), figures above ("39"). */
export function countInWords(count: number): string {
  return SMALL[count] ?? String(count);
}

/**
 * What an event address looks like, from the first event whose id opens with its date, a day-precise
 * one if there is one: `2018-04-06-…` (ids are `<date>-<slug>`). Without such an event, `…`.
 */
export function eventIdPattern(events: readonly EventRecord[]): string {
  const prefixes = events.map((e) => /^\d{4}(?:-\d{2}){0,2}-/.exec(e.id)?.[0]).filter((p) => p !== undefined);
  const prefix = prefixes.find((p) => p.length === 11) ?? prefixes[0];
  return prefix ? `${prefix}…` : '…';
}
