// /feed.xml: the events as an RSS feed.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../data/chronology.ts';

export const GET: APIRoute = async ({ site }) => {
  const meta = await getSite();
  const { events } = await getChronology();
  return rss({
    title: meta.title,
    description: meta.description,
    site: String(site),
    items: events.map((event) => ({
      title: `${event.label}: ${event.title}`,
      link: event.url,
      description: event.summary,
      categories: event.tags,
    })),
  });
};
