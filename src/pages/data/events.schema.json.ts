// /data/events.schema.json, generated from the zod schema events.json is checked against.
import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../schemas/data-files.ts';
import { absolute, paths } from '../../data/routes.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ ...eventsJsonSchema(), $id: absolute(paths.dataFile('events.schema.json')) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
