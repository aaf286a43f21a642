// /data/events.ics: the chronology as a calendar.
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../../data/chronology.ts';
import { eventsToIcs } from '../../lib/ics.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async () => {
  const { events, sources } = await getChronology();
  const meta = await getSite();
  const siteUrl = siteRoot;
  const ics = eventsToIcs(events, sources, {
    calendarName: meta.title,
    calendarDescription: meta.description,
    host: new URL(siteUrl).hostname,
    siteUrl,
    // The content's own date, so the file changes only when the content does.
    dtstamp: `${meta.updated}T00:00:00Z`,
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
