// /data/citations.csv: one row per citation.
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { citationsToCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
  const { events, sources } = await getChronology();
  return new Response(citationsToCsv(events, sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
