// The search engine's public face: build an index, cut it into files, search it, filter the events.
import { buildIndexParts, type SearchIndexInput } from './build.ts';
import type { Chunk, SearchIndexData } from './format.ts';
import { packSearchIndex, type PackOptions } from './pack.ts';

export { filterChoices, filterEvents, facetValues, type FilterChoice, type FacetCounts, type FacetEvent, type FacetName, type FilteredEvent, type SearchFilters } from './facets.ts';
export { FIELD_BITS, FIELD_WEIGHTS, SEARCH_FIELDS, dateWords, type SearchField } from './fields.ts';
export { cardsChunk, type CardDirectory, type CardsChunk, type Chunk, type EventCard, type EventDoc, type SearchIndexData } from './format.ts';
export { loadSearchIndex, openSearchIndex, type ChunkedSearcher, type ChunkLoader, type Searcher } from './searcher.ts';
export type { EventHit, ParagraphHit, SearchOptions, SearchResults } from './types.ts';
export type { SearchIndexInput } from './build.ts';
export type { PackOptions } from './pack.ts';

/** The whole index as one file, every chunk inside it (for tests, and for `loadSearchIndex`). */
export function buildSearchIndex(input: SearchIndexInput): SearchIndexData {
  return packSearchIndex(buildIndexParts(input), { singleFileBytes: Infinity }).head;
}

/**
 * The index as the site serves it: a head, and chunk files when the index is too big for one file.
 * Events must come in chronological order (as `Chronology.events` does).
 */
export function buildSearchIndexFiles(input: SearchIndexInput, options: PackOptions = {}): { head: SearchIndexData; files: Record<string, Chunk> } {
  return packSearchIndex(buildIndexParts(input), options);
}
