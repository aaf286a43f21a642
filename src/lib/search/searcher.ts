// Searchers over an index: synchronous over a whole index in memory, asynchronous over a chunked one.
import { parseQuery } from '../search-text.ts';
import { isSearchIndex, type Chunk, type EventDoc, type SearchIndexData } from './format.ts';
import { runQuery, type QueryRun } from './query.ts';
import { IndexStore } from './store.ts';
import type { SearchOptions, SearchResults } from './types.ts';

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResults;
  /** The event documents, in chronological order (for filters and facets). */
  readonly events: readonly EventDoc[];
}

export interface ChunkedSearcher {
  /** Fetches the chunks the query needs (once each), then answers. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  readonly events: readonly EventDoc[];
}

/** Reads one chunk file by name (`v0`); the browser fetches `<chunkPath><name>.json`. */
export type ChunkLoader = (name: string) => Promise<Chunk>;

const blank = (): SearchResults => ({ events: [], paragraphs: [], partial: false, blank: true });

/** The query run for a raw query, or null when it has nothing to search for. */
function start(store: IndexStore, query: string, options: SearchOptions | undefined): QueryRun | null {
  const parsed = parseQuery(typeof query === 'string' ? query : '', { prefix: options?.prefix ?? true });
  if (parsed.terms.length === 0 && parsed.phrases.length === 0) return null;
  return runQuery(store, parsed, options ?? {});
}

function checked(data: unknown): IndexStore {
  if (!isSearchIndex(data)) throw new Error('search index: not a version 2 index; rebuild it with buildSearchIndex()');
  return new IndexStore(data);
}

/** A searcher over an index whose chunks are all in the head (as `buildSearchIndex` returns it). */
export function loadSearchIndex(data: SearchIndexData): Searcher {
  const store = checked(data);
  return {
    events: store.events,
    search(query, options) {
      const run = start(store, query, options);
      if (!run) return blank();
      for (let step = run.next(); ; step = run.next()) {
        if (step.done) return step.value;
        if (step.value.length > 0) throw new Error(`search index: chunks ${step.value.join(', ')} are not in this file; use openSearchIndex()`);
      }
    },
  };
}

/** A searcher over a chunked index: the head now, each other chunk fetched when a query first needs it. */
export function openSearchIndex(head: SearchIndexData, load: ChunkLoader): ChunkedSearcher {
  const store = checked(head);
  const pending = new Map<string, Promise<void>>();
  const fetchChunk = (name: string): Promise<void> => {
    let p = pending.get(name);
    if (!p) {
      p = load(name).then((chunk) => store.add(name, chunk));
      // A failed fetch may be retried by the next query.
      p.catch(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
  return {
    events: store.events,
    async search(query, options) {
      const run = start(store, query, options);
      if (!run) return blank();
      for (let step = run.next(); ; step = run.next()) {
        if (step.done) return step.value;
        if (step.value.length > 0) await Promise.all(step.value.map(fetchChunk));
      }
    },
  };
}
