// The RSS feed's items, with every text made safe for XML 1.0 whatever the content holds.
import type { Locale } from './locale.ts';
import type { EventRecord } from './records.ts';

/** Characters XML 1.0 forbids even when escaped (most C0 controls, U+FFFE, U+FFFF, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with every character XML cannot carry removed (the check refuses them in content anyway). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
}

/** One item per event, in the order given; `link` turns an event's path into its public address. */
export function feedItems(events: readonly EventRecord[], link: (path: string) => string = (path) => path): FeedItem[] {
  return events.map((event) => ({
    title: xmlText(`${event.label}: ${event.title}`),
    link: link(event.url),
    description: xmlText(event.summary),
    categories: event.tags.map(xmlText),
  }));
}

/** The feed's own words for a correction's item (the correction itself stays in English, as logged). */
export const CORRECTION_WORDS: Record<Locale, { title: (label: string, title: string) => string; description: (was: string, now: string) => string }> = {
  en: { title: (label, title) => `Correction: ${label}: ${title}`, description: (was, now) => `Was: ${was} Now: ${now}` },
  es: { title: (label, title) => `Corrección: ${label}: ${title}`, description: (was, now) => `Antes (en inglés): ${was} Ahora: ${now}` },
};
