// Cuts the index's parts into chunks of about a given size; a small index stays one file.
import type { IndexParts } from './build.ts';
import { encodeEvents } from './events.ts';
import type { CardDirectory, Chunk, ChunkDirectory, DocEntry, EventCard, SearchIndexData } from './format.ts';

export interface PackOptions {
  /** About how many bytes of JSON a chunk holds. */
  chunkBytes?: number;
  /** An index up to this size (JSON bytes) ships as one file, chunks inline. */
  singleFileBytes?: number;
  /** Folder of the chunk files relative to the head's address. */
  chunkPath?: string;
}

/** Default sizes, from `npm run bench:search`: small chunks keep a first query's download small. */
export const DEFAULT_CHUNK_BYTES = 6_000;
export const DEFAULT_SINGLE_FILE_BYTES = 400_000;

/** Splits `0…count` into runs whose summed sizes reach about `target`; returns each run's start. */
function runs(count: number, size: (i: number) => number, target: number, startsRun: (i: number) => boolean = () => true): number[] {
  const starts: number[] = [0];
  let filled = 0;
  for (let i = 0; i < count; i++) {
    if (filled >= target && startsRun(i)) {
      starts.push(i);
      filled = 0;
    }
    filled += size(i);
  }
  return starts;
}

const slices = <T>(list: readonly T[], starts: readonly number[]): T[][] =>
  starts.map((s, k) => list.slice(s, starts[k + 1] ?? list.length));

/** Vocabulary chunks: whole first letters only, so a prefix never spans two. */
function vocabularyChunks(parts: IndexParts, target: number, files: Record<string, Chunk>): string[] {
  const { words, postings } = parts;
  const starts = runs(words.length, (i) => words[i]!.length + 6, target, (i) => words[i]![0] !== words[i - 1]![0]);
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? words.length;
    const df = postings.slice(s, end).map((l) => l.length);
    files[`v${k}`] = target === Infinity ? { offset: s, words: words.slice(s, end) } : { offset: s, words: words.slice(s, end), df };
  });
  return starts.map((s) => (s === 0 ? '' : words[s]![0]!));
}

/** Suffix chunks: the words fuzzy matching may propose, grouped by whole last letters. */
function suffixChunks(parts: IndexParts, target: number, files: Record<string, Chunk>): string[] {
  if (target === Infinity) {
    // One file: every word is in the vocabulary chunk already.
    files['s0'] = {};
    return [''];
  }
  const ids = parts.words.map((_, i) => i).filter((i) => parts.words[i]!.length >= 3 && !/\d/.test(parts.words[i]!));
  const last = (i: number) => parts.words[i]!.slice(-1);
  ids.sort((a, b) => (last(a) < last(b) ? -1 : last(a) > last(b) ? 1 : a - b));
  const starts = runs(ids.length, (k) => parts.words[ids[k]!]!.length + 8, target, (k) => last(ids[k]!) !== last(ids[k - 1]!));
  slices(ids, starts).forEach((list, k) => (files[`s${k}`] = { ids: list, words: list.map((i) => parts.words[i]!) }));
  return starts.map((s) => (s === 0 || ids.length === 0 ? '' : last(ids[s]!)));
}

const docSize = (d: DocEntry): number => d.f.reduce((n, f) => n + f[1].length + 6, 0) + (d.p?.[2].length ?? 0);

/** The events' cards: in the head for an index of one file, else in files of about `target` bytes. */
function cardChunks(cards: readonly EventCard[], target: number, files: Record<string, Chunk>): CardDirectory {
  if (target === Infinity) return { starts: [0], inline: [...cards] };
  const starts = runs(cards.length, (i) => cards[i]![0].length + cards[i]![1].length + 8, target);
  slices(cards, starts).forEach((list, k) => (files[`c${k}`] = { offset: starts[k]!, cards: list }));
  return { starts };
}

/** Cuts the parts into a head and chunk files (the head carries them all when the index is small). */
export function packSearchIndex(parts: IndexParts, options: PackOptions = {}): { head: SearchIndexData; files: Record<string, Chunk> } {
  const whole = JSON.stringify(parts).length <= (options.singleFileBytes ?? DEFAULT_SINGLE_FILE_BYTES);
  const target = whole ? Infinity : (options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const files: Record<string, Chunk> = {};
  const chunks: ChunkDirectory = {
    v: vocabularyChunks(parts, target, files),
    s: suffixChunks(parts, target, files),
    p: runs(parts.postings.length, (i) => parts.postings[i]!.length * 6, target),
    d: runs(parts.docs.length, (i) => docSize(parts.docs[i]!), target),
  };
  slices(parts.postings, chunks.p).forEach((lists, k) => (files[`p${k}`] = { offset: chunks.p[k]!, lists }));
  slices(parts.docs, chunks.d).forEach((docs, k) => (files[`d${k}`] = { offset: chunks.d[k]!, docs }));
  const head: SearchIndexData = {
    version: 2,
    events: encodeEvents(parts.events, parts.sources.map((s) => s.id)),
    documents: parts.docs.length,
    vocabularySize: parts.words.length,
    sources: parts.sources,
    actors: parts.actors,
    themes: parts.themes,
    chunks,
    inline: whole ? files : {},
    chunkPath: options.chunkPath ?? 'search-index/',
  };
  if (parts.cards) head.cards = cardChunks(parts.cards, target, files);
  return { head, files: whole ? {} : files };
}
