// /feed.xml: the events as an RSS feed.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../data/chronology.ts';
import { absolute, siteRoot } from '../data/routes.ts';
import { feedItems, xmlText } from '../lib/feed.ts';

export const GET: APIRoute = async () => {
  const meta = await getSite();
  const { events } = await getChronology();
  return rss({
    title: xmlText(meta.title),
    description: xmlText(meta.description),
    site: siteRoot,
    items: feedItems(events, absolute),
  });
};
