// /data/sources.json
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { toSourcesJson } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(toSourcesJson(await getChronology(), String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
