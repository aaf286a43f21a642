// /data/events.schema.json, generated from the zod schema events.json is checked against.
import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../schemas/data-files.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify({ ...eventsJsonSchema(), $id: new URL('/data/events.schema.json', site).href }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
