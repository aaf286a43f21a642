// /data/events.schema.json, generated from the zod schema events.json is checked against (and the
// Spanish file's, /es/data/events.schema.json).
import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../schemas/data-files.ts';
import { absolute, paths } from '../../data/routes.ts';
import { pageLocale } from '../../data/i18n.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  return new Response(`${JSON.stringify({ ...eventsJsonSchema(locale !== 'en'), $id: absolute(paths.dataFile('events.schema.json'), locale) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
