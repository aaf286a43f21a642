// /data/events.ics: the chronology as a calendar (and /es/data/events.ics, in Spanish).
import type { APIRoute } from 'astro';
import { getChronology, getSite } from '../../data/chronology.ts';
import { pageLocale } from '../../data/i18n.ts';
import { eventsToIcs } from '../../lib/ics.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  const { events, sources } = await getChronology(locale);
  const meta = await getSite(locale);
  const siteUrl = siteRoot;
  const ics = eventsToIcs(events, sources, {
    calendarName: meta.title,
    calendarDescription: meta.description,
    host: new URL(siteUrl).hostname,
    siteUrl,
    // The content's own date, so the file changes only when the content does.
    dtstamp: `${meta.updated}T00:00:00Z`,
    locale,
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
