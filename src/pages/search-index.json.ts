// /search-index.json: the prebuilt search index, fetched by the search island only when first used;
// /es/search-index.json indexes the Spanish titles and summaries (and the English quotes).
import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { pageLocale } from '../data/i18n.ts';
import { buildSearchIndex } from '../lib/search.ts';

export const GET: APIRoute = async ({ url }) =>
  new Response(JSON.stringify(buildSearchIndex(await getChronology(pageLocale({ url })))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
