// The site's search index, built once per build and served as a head and (for a big chronology) chunks.
import { buildSearchIndexFiles, type Chunk, type SearchIndexData } from '../lib/search.ts';
import { getChronology } from './chronology.ts';

let files: Promise<{ head: SearchIndexData; files: Record<string, Chunk> }> | undefined;

/** The head (`/search-index.json`) and the chunk files (`/search-index/<name>.json`, see routes.searchChunk). */
export function getSearchIndexFiles(): Promise<{ head: SearchIndexData; files: Record<string, Chunk> }> {
  files ??= getChronology().then((chronology) => buildSearchIndexFiles(chronology, { chunkPath: 'search-index/' }));
  return files;
}
