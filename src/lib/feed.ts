// The RSS feed's items, with every text made safe for XML 1.0 whatever the content holds.
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
