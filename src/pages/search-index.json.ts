// /search-index.json: the prebuilt search index, fetched by the search island only when first used.
import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { buildSearchIndex } from '../lib/search.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getChronology())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
