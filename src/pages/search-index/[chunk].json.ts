// /search-index/<name>.json: one chunk of a big search index, fetched when a query needs it. A small
// index has none (its head carries every chunk).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndexFiles } from '../../data/search-index.ts';

export const getStaticPaths = (async () => {
  const { files } = await getSearchIndexFiles();
  return Object.keys(files).map((chunk) => ({ params: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getSearchIndexFiles()).files[params.chunk ?? '']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
