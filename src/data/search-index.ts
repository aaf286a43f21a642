// The site's search index, built once per build and language, and served as a head and (for a big
// chronology) chunks. The Spanish index holds the Spanish titles and summaries (and the English quotes).
import { buildSearchIndexFiles, type Chunk, type SearchIndexData } from '../lib/search.ts';
import { isPaged } from '../lib/paging.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';
import { getChronology } from './chronology.ts';

type IndexFiles = { head: SearchIndexData; files: Record<string, Chunk> };
const built = new Map<Locale, Promise<IndexFiles>>();

/**
 * The head (`/search-index.json`) and the chunk files (`/search-index/<name>.json`, see routes.searchChunk).
 * A paged chronology's home page lists no events, so its index carries each event's card for the results.
 */
export function getSearchIndexFiles(locale: Locale = DEFAULT_LOCALE): Promise<IndexFiles> {
  let files = built.get(locale);
  if (!files) built.set(locale, (files = getChronology(locale).then((chronology) => buildSearchIndexFiles({ ...chronology, cards: isPaged(chronology.events.length) }, { chunkPath: 'search-index/' }))));
  return files;
}
