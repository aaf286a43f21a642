// The embed frames of this build (address, title, default height) shared by the embed pages, the
// "Embed this" boxes and the oEmbed responses, so all three describe the same iframe.
import { estimateCardHeight, type EmbedFrame } from '../lib/embed.ts';
import type { EventRecord } from '../lib/records.ts';
import { absolute, paths } from './routes.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';

/** Widest column an embed is laid out for; narrower columns get the same page, reflowed. */
export const EMBED_MAX_WIDTH = 640;
/** The timeline embed's default height: a screenful that scrolls inside the frame. */
export const TIMELINE_EMBED_HEIGHT = 640;

/** The frame of one event's card, in a language. */
export function eventFrame(event: EventRecord, locale: Locale = DEFAULT_LOCALE): EmbedFrame {
  return {
    src: absolute(paths.embedEvent(event.id), locale),
    title: event.title,
    height: estimateCardHeight({ title: event.title, summary: event.summary, quotes: event.citations.map((c) => c.quote) }),
    maxWidth: EMBED_MAX_WIDTH,
  };
}

/** The frame of the compact timeline; `search` (`?person=…`) narrows it where JavaScript runs. */
export function timelineFrame(siteTitle: string, search = '', locale: Locale = DEFAULT_LOCALE): EmbedFrame {
  return {
    src: `${absolute(paths.embed(), locale)}${search}`,
    title: siteTitle,
    height: TIMELINE_EMBED_HEIGHT,
    maxWidth: EMBED_MAX_WIDTH,
  };
}
