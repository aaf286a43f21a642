// /search-index.json: the search index's head (the whole index when it is small), fetched by the
// search island only when first used; /es/search-index.json indexes the Spanish titles and summaries
// (and the English quotes).
import type { APIRoute } from 'astro';
import { getSearchIndexFiles } from '../data/search-index.ts';
import { pageLocale } from '../data/i18n.ts';

export const GET: APIRoute = async ({ url }) =>
  new Response(JSON.stringify((await getSearchIndexFiles(pageLocale({ url }))).head), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
