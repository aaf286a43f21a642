// /data/events.csv: one row per event (and /es/data/events.csv, its texts in Spanish).
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { pageLocale } from '../../data/i18n.ts';
import { eventsToCsv } from '../../lib/csv.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async ({ url }) =>
  new Response(eventsToCsv((await getChronology(pageLocale({ url }))).events, { siteUrl: siteRoot }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
