// /data/events.json, parsed through its schema on the way out so it always matches events.schema.json;
// /es/data/events.json is the Spanish file, with our translation of every quote.
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { pageLocale } from '../../data/i18n.ts';
import { strings } from '../../i18n/index.ts';
import { toEventsJson } from '../../lib/export.ts';
import { eventsFileSchema, translatedEventsFileSchema } from '../../schemas/data-files.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  const chronology = await getChronology(locale);
  const file = locale === 'en'
    ? eventsFileSchema.parse(toEventsJson(chronology, siteRoot))
    : translatedEventsFileSchema.parse(toEventsJson(chronology, siteRoot, { locale, provenanceWords: strings(locale).provenance }));
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
