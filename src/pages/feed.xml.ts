// /feed.xml: the events as an RSS feed.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../data/chronology.ts';
import { absolute, siteRoot } from '../data/routes.ts';

export const GET: APIRoute = async () => {
  const meta = await getSite();
  const { events } = await getChronology();
  return rss({
    title: meta.title,
    description: meta.description,
    site: siteRoot,
    items: events.map((event) => ({
      title: `${event.label}: ${event.title}`,
      link: absolute(event.url),
      description: event.summary,
      categories: event.tags,
    })),
  });
};
