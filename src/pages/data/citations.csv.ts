// /data/citations.csv: one row per citation (and /es/data/citations.csv, with our translations).
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { pageLocale } from '../../data/i18n.ts';
import { citationsToCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ url }) => {
  const { events, sources } = await getChronology(pageLocale({ url }));
  return new Response(citationsToCsv(events, sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
