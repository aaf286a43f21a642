// What each share image says, from the chronology: the card of an event and the card of the site.
import type { ShareCard } from '../lib/share-card.ts';
import type { EventRecord } from '../lib/records.ts';
import { outletName } from '../lib/labels.ts';
import type { SiteData } from '../schemas/site.ts';
import { getChronology, getIndexes } from './chronology.ts';
import { isPaged } from '../lib/paging.ts';
import { localized, paths } from '../lib/routes.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';
import { strings } from '../i18n/index.ts';

/** An event's card: the site's name, the date as shown, the title, and the outlets that report it. */
export async function eventShareCard(event: EventRecord, site: SiteData, locale: Locale = DEFAULT_LOCALE): Promise<ShareCard> {
  const { sources } = await getIndexes(locale);
  const t = strings(locale);
  const outlets = [...new Set(event.citations.map((c) => outletName(sources.get(c.source)!, t.outletFrom)))];
  return { kicker: site.title, date: event.label, title: event.title, footer: t.share.sources(outlets.join(' · ')) };
}

/** The site's card: its name, tagline and what it holds. */
export async function siteShareCard(site: SiteData, locale: Locale = DEFAULT_LOCALE): Promise<ShareCard> {
  const { events, sources } = await getChronology(locale);
  const t = strings(locale);
  return { kicker: t.share.kicker(events.length), title: site.title, footer: t.share.footer(sources.length) };
}

/** Alternative text of a share image: what it shows, in words. */
export function shareAlt(card: ShareCard): string {
  return card.date === undefined ? `${card.title}: ${card.kicker}. ${card.footer}.` : `${card.date}: ${card.title}. ${card.footer}.`;
}

/**
 * The share image an event's page names: its own card up to the paging threshold; past it, none
 * (the page falls back to the site's image), since a card per event is most of a big build's cost.
 */
export async function eventShareImage(event: EventRecord, site: SiteData, locale: Locale = DEFAULT_LOCALE): Promise<{ path: string; alt: string } | undefined> {
  const { events } = await getChronology(locale);
  if (isPaged(events.length)) return undefined;
  return { path: localized(paths.shareImageEvent(event.id), locale), alt: shareAlt(await eventShareCard(event, site, locale)) };
}
