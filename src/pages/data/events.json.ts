// /data/events.json
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { toEventsJson } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(toEventsJson(await getChronology(), site ?? '/'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
