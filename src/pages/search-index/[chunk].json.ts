// /search-index/<name>.json: one chunk of a big search index, fetched when a query needs it. A small
// index has none (its head carries every chunk). /es/search-index/<name>.json: the Spanish index's.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndexFiles } from '../../data/search-index.ts';
import { pageLocale } from '../../data/i18n.ts';
import type { Locale } from '../../lib/locale.ts';

/** The chunk files of one language's index. */
export const chunkPaths = (locale: Locale) => async () => {
  const { files } = await getSearchIndexFiles(locale);
  return Object.keys(files).map((chunk) => ({ params: { chunk } }));
};

export const getStaticPaths = chunkPaths('en') satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) =>
  new Response(JSON.stringify((await getSearchIndexFiles(pageLocale({ url }))).files[params.chunk ?? '']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
