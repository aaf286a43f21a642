// /search-index.json: the search index's head (the whole index when it is small), fetched by the
// search island only when first used.
import type { APIRoute } from 'astro';
import { getSearchIndexFiles } from '../data/search-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getSearchIndexFiles()).head), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
