// /data/events.json, parsed through its schema on the way out so it always matches events.schema.json.
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { toEventsJson } from '../../lib/export.ts';
import { eventsFileSchema } from '../../schemas/data-files.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(eventsFileSchema.parse(toEventsJson(await getChronology(), siteRoot)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
