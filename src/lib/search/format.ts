// The index as files: a head the island fetches first, and chunks it fetches as a query needs them.
//
// Four kinds of chunk, each found from the head's directory without loading the others (and, for a
// paged chronology, `c` cards: what a result shows of an event, see CardDirectory):
//   v  vocabulary by first letter (words in sorted order, with their document counts): exact and prefix;
//   s  the same words grouped by last letter: the buckets that catch a typo in a word's first letters;
//   p  postings by word number: which documents hold a word, and in which fields;
//   d  documents by number: each field's normalised words (phrase checks), paragraph texts.
// A small index carries all its chunks inside the head (`inline`): one file, as before.

import type { EventColumns } from './events.ts';

export type ChunkKind = 'v' | 's' | 'p' | 'd';
export const CHUNK_KINDS: readonly ChunkKind[] = ['v', 's', 'p', 'd'];

/** One event as the island needs it to filter and count; its texts stay on the page. */
export interface EventDoc {
  id: string;
  start: string;
  end: string;
  actors: string[];
  tags: string[];
  /** Cited source ids, each once. */
  sources: string[];
}

/**
 * Vocabulary words `offset…` in sorted order, with how many documents hold each (left out in an index
 * of one file, where the postings tell).
 */
export interface VocabularyChunk {
  offset: number;
  words: string[];
  df?: number[];
}

/**
 * Words (3 letters or more, no digit) whose last letter falls in this chunk's range, by word number.
 * In an index of one file both lists are left out: the chunk is then every such word of the vocabulary.
 */
export interface SuffixChunk {
  ids?: number[];
  words?: string[];
}

/** Postings of words `offset…`: per document `docDelta * 256 + fieldBits`, documents ascending. */
export interface PostingsChunk {
  offset: number;
  lists: number[][];
}

/**
 * A document: `f` lists its fields as `[fieldBit, words]`, the words normalised at build time and
 * joined by single spaces (a phrase check is then a string search, nothing is split or normalised
 * at query time); `p` is a paragraph's source (index into `sources`), 1-based number and text.
 */
export interface DocEntry {
  f: [bit: number, words: string][];
  p?: [source: number, paragraph: number, text: string];
}

export interface DocsChunk {
  offset: number;
  docs: DocEntry[];
}

/** What a result shows of an event on a page that does not list it: its title and date label. */
export type EventCard = [title: string, label: string];

/** Cards of events `offset…`, by event number (the events' order in the head). */
export interface CardsChunk {
  offset: number;
  cards: EventCard[];
}

export type Chunk = VocabularyChunk | SuffixChunk | PostingsChunk | DocsChunk | CardsChunk;

/**
 * The cards of an index built for pages that do not list their events (a paged chronology): all of
 * them in the head (`inline`) in an index of one file, otherwise files `c<k>` starting at `starts[k]`.
 * They are not search data: the island fetches the few it shows, never for a query.
 */
export interface CardDirectory {
  starts: number[];
  inline?: EventCard[];
}

/**
 * Where each chunk starts: for `v` the first letter of its first word, for `s` the first last-letter,
 * for `p` the first word number, for `d` the first document number. Chunk `k` of kind `v` is the file
 * `v<k>`.
 */
export interface ChunkDirectory {
  v: string[];
  s: string[];
  p: number[];
  d: number[];
}

export interface SearchIndexData {
  version: 2;
  /** Events in chronological order (document number = position; paragraphs follow), as columns. */
  events: EventColumns;
  documents: number;
  vocabularySize: number;
  /** With each source's paragraph count: paragraph documents follow the events, source by source. */
  sources: { id: string; outlet: string; paragraphs: number }[];
  /** The filter menus' people and themes (the page carries only each menu's "any" choice). */
  actors: { id: string; name: string }[];
  themes: { id: string; title: string }[];
  chunks: ChunkDirectory;
  /** Chunks carried in this file, by name (`v0`); the others are `<chunkPath><name>.json`. */
  inline: Record<string, Chunk>;
  /** Folder of the chunk files, relative to this file's address. */
  chunkPath: string;
  /** Present when the pages do not list the events, so results must show them. */
  cards?: CardDirectory;
}

/** Last index whose key is ≤ `key` (0 when none is). */
function lastAtMost<T extends string | number>(keys: readonly T[], key: T): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keys[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The chunk holding a word's vocabulary entry (by its first letter). */
export const vocabularyChunk = (dir: ChunkDirectory, word: string): string => `v${lastAtMost(dir.v, word.slice(0, 1))}`;
/** The chunk holding the words that end like `word` (by its last letter). */
export const suffixChunk = (dir: ChunkDirectory, word: string): string => `s${lastAtMost(dir.s, word.slice(-1))}`;
/** The chunk holding a word's postings. */
export const postingsChunk = (dir: ChunkDirectory, word: number): string => `p${lastAtMost(dir.p, word)}`;
/** The chunk holding a document. */
export const docsChunk = (dir: ChunkDirectory, doc: number): string => `d${lastAtMost(dir.d, doc)}`;

/** The file holding an event's card, by the event's number. */
export const cardsChunk = (dir: CardDirectory, event: number): string => `c${lastAtMost(dir.starts, event)}`;

/** True when `data` looks like an index this code reads. */
export function isSearchIndex(data: unknown): data is SearchIndexData {
  const d = data as Partial<SearchIndexData> | null;
  return !!d && d.version === 2 && Array.isArray(d.events?.id) && !!d.chunks && typeof d.inline === 'object';
}
