// /feed.xml: the events as an RSS feed, with an item per correction (newest first) so readers see changes.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../data/chronology.ts';
import { correctionAnchor, listCorrections } from '../lib/corrections.ts';
import { absolute, paths, siteRoot } from '../data/routes.ts';
import { pageLocale } from '../data/i18n.ts';
import { CORRECTION_WORDS, feedItems, xmlText } from '../lib/feed.ts';
import { feedSelection, isPaged } from '../lib/paging.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  const words = CORRECTION_WORDS[locale];
  const meta = await getSite(locale);
  const { events } = await getChronology(locale);
  // A correction is news of its own: its own item, dated the day it was made, linking to the note on the event.
  const corrections = listCorrections(events).map(({ event, correction, index }) => ({
    title: xmlText(words.title(event.label, event.title)),
    link: absolute(`${event.url}#${correctionAnchor(index)}`, locale),
    pubDate: new Date(`${correction.date}T00:00:00Z`),
    description: xmlText(words.description(correction.was, correction.now)),
    categories: ['correction'],
  }));
  return rss({
    title: xmlText(meta.title),
    description: xmlText(meta.description),
    site: locale === 'en' ? siteRoot : absolute(paths.home(), locale),
    // Our links already end as they should (event pages in "/", correction anchors in "#correction-N").
    trailingSlash: false,
    items: [...corrections, ...feedItems(feedSelection(events, isPaged(events.length)), (path) => absolute(path, locale))],
    ...(locale === 'en' ? {} : { customData: `<language>${locale}</language>` }),
  });
};
