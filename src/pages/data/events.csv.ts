// /data/events.csv: one row per event.
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { eventsToCsv } from '../../lib/csv.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async () =>
  new Response(eventsToCsv((await getChronology()).events, { siteUrl: siteRoot }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
