// Embeds for other sites: the query an embed page reads, the filter it applies, and the code a
// newsroom pastes (an iframe and an optional resizing script). Pure: used by pages and the browser.
import { terms } from './search-text.ts';

/** The message an embed posts to its host page with its height (read by the optional host script). */
export const EMBED_MESSAGE_TYPE = 'chronology-embed:resize';

/** Looks an embed can take from `?theme=`; any other `theme` value is a theme (subject) filter. */
export const EMBED_LOOKS = ['light', 'dark', 'auto'] as const;
export type EmbedLook = (typeof EMBED_LOOKS)[number];

/** What an embed's address asks for: the timeline's own filters and a look. */
export interface EmbedQuery {
  q: string;
  person: string;
  theme: string;
  outlet: string;
  year: string;
  look: EmbedLook;
}

const isLook = (value: string): value is EmbedLook => (EMBED_LOOKS as readonly string[]).includes(value);

/**
 * Reads `?q=&person=&theme=&outlet=&year=` (the timeline's own keys) and the look. `theme=light`,
 * `dark` or `auto` sets the look, as the embed snippet documents; `look=` says the same without
 * ambiguity, so both a look and a theme filter fit in one address (`?theme=warnings&look=dark`).
 */
export function parseEmbedQuery(search: string): EmbedQuery {
  const params = new URLSearchParams(search);
  const get = (key: string): string => (params.get(key) ?? '').trim().slice(0, 200);
  const theme = get('theme');
  const look = get('look');
  return {
    q: get('q'),
    person: get('person'),
    theme: isLook(theme) ? '' : theme,
    outlet: get('outlet'),
    year: get('year'),
    look: isLook(look) ? look : isLook(theme) ? theme : 'auto',
  };
}

/** What the filter needs to know of one listed event. */
export interface EmbedItem {
  /** The words shown for the event (title, date, outlets), searched by `q`. */
  text: string;
  people: readonly string[];
  themes: readonly string[];
  outlets: readonly string[];
  years: readonly string[];
}

/** Whether a query narrows anything at all. */
export function isFiltered(query: EmbedQuery): boolean {
  return Boolean(query.q || query.person || query.theme || query.outlet || query.year);
}

/**
 * Whether an event passes every filter: each chosen facet must be among the event's, and every word
 * of `q` must be among its words (after the search's own normalisation: case, accents, plurals).
 */
export function matchesEmbedQuery(item: EmbedItem, query: EmbedQuery): boolean {
  if (query.person && !item.people.includes(query.person)) return false;
  if (query.theme && !item.themes.includes(query.theme)) return false;
  if (query.outlet && !item.outlets.includes(query.outlet)) return false;
  if (query.year && !item.years.includes(query.year)) return false;
  const wanted = terms(query.q);
  if (wanted.length === 0) return true;
  const have = new Set(terms(item.text));
  return wanted.every((word) => have.has(word) || [...have].some((h) => h.startsWith(word)));
}

/** The attribute a host page marks its iframes with, so the resizing script touches only ours. */
export const EMBED_ATTRIBUTE = 'data-chronology-embed';

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeAttr = (value: string): string => value.replace(/[&<>"]/g, (c) => ATTR_ESCAPES[c] ?? c);

export interface EmbedFrame {
  /** Absolute address of the embed page. */
  src: string;
  /** Accessible name of the frame (the event or the chronology). */
  title: string;
  /** Height in CSS pixels used until (or unless) the host script resizes the frame. */
  height: number;
  /** Largest width the frame needs, in CSS pixels; it shrinks to any narrower column. */
  maxWidth: number;
}

/** The iframe a host page pastes: full column width up to `maxWidth`, a set height, no border. */
export function embedIframe(frame: EmbedFrame): string {
  return `<iframe src="${escapeAttr(frame.src)}" title="${escapeAttr(frame.title)}" width="${frame.maxWidth}" height="${frame.height}" style="width:100%;max-width:${frame.maxWidth}px;border:0" loading="lazy" ${EMBED_ATTRIBUTE}></iframe>`;
}

/**
 * The optional script for the host page: it sets each of our iframes to the height the embed
 * reports, and listens only to messages from the embed's own origin.
 */
export function embedResizeScript(embedOrigin: string): string {
  return `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(embedOrigin)}||!d||d.type!==${JSON.stringify(EMBED_MESSAGE_TYPE)})return;document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(d.height))})});</script>`;
}

/** The whole snippet shown under "Embed this": the iframe, then the optional resizing script. */
export function embedSnippet(frame: EmbedFrame): string {
  return `${embedIframe(frame)}\n${embedResizeScript(new URL(frame.src).origin)}`;
}

/** What the default height of an event card is estimated from. */
export interface CardSize {
  title: string;
  summary: string;
  quotes: readonly string[];
}

/**
 * A height that shows a whole event card in a column of about 400 px without the script (the card
 * scrolls inside the frame if it is taller): lines of text at about 45 characters a line.
 */
export function estimateCardHeight(card: CardSize): number {
  const lines = (text: string, perLine: number): number => Math.max(1, Math.ceil(text.length / perLine));
  const height =
    40 + // date line and padding
    lines(card.title, 32) * 30 +
    lines(card.summary, 48) * 24 +
    card.quotes.reduce((sum, quote) => sum + lines(quote, 44) * 24 + 44, 0) +
    70; // link to the full page and the credit line
  return Math.min(1200, Math.max(240, Math.round(height / 10) * 10));
}
