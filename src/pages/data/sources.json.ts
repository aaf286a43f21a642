// /data/sources.json (and /es/data/sources.json, linking the Spanish source pages)
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { pageLocale } from '../../data/i18n.ts';
import { toSourcesJson } from '../../lib/export.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  return new Response(`${JSON.stringify(toSourcesJson(await getChronology(locale), siteRoot, locale), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
