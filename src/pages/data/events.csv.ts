// /data/events.csv: one row per event.
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { eventsToCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToCsv((await getChronology()).events, { siteUrl: String(site) }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
