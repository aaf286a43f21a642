// The chunks of an index loaded so far, and what each kind of chunk answers: words, buckets, postings, documents.
// The basic build: plain fuzzy search is all we ask of fuse, and it is a quarter smaller.
import Fuse from 'fuse.js/basic';
import { decodeEvents } from './events.ts';
import type { Chunk, DocEntry, EventDoc, DocsChunk, PostingsChunk, SearchIndexData, SuffixChunk, VocabularyChunk } from './format.ts';

const FUSE_OPTIONS = {
  // Words are already lower-cased and accent-free: skipping fuse's own folding halves its cost.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  includeScore: true,
  shouldSort: false,
  // Loose on purpose: fuse proposes, the edit distance decides.
  threshold: 0.4,
} as const;

/** Bucket keys of a word (without its length): narrow by two letters at each end, wide by one. */
export function bucketKeys(word: string, wide: boolean): string[] {
  return wide ? [`a${word.slice(0, 1)}`, `z${word.slice(-1)}`] : [`p${word.slice(0, 2)}`, `s${word.slice(-2)}`];
}

/** Only words of 3 letters or more without digits are ever guessed at. */
export const isGuessable = (word: string): boolean => word.length >= 3 && !/\d/.test(word);

interface Bucket {
  ids: number[];
  words: string[];
  fuse?: Fuse<string>;
}

/** A word proposed by fuse in a bucket: its number and fuse's score (0 is exact). */
export interface Proposal {
  word: number;
  score: number;
}

export class IndexStore {
  readonly head: SearchIndexData;
  /** The events, in chronological order (document number = position). */
  readonly events: EventDoc[];
  /** Word texts by number, as far as loaded chunks tell. */
  readonly words: string[] = [];
  readonly #loaded = new Set<string>();
  readonly #vocabulary = new Map<string, VocabularyChunk>();
  readonly #buckets = new Map<string, Bucket>();
  readonly #raw: (number[] | undefined)[] = [];
  readonly #decoded: (Int32Array | undefined)[] = [];
  readonly #docs: (DocEntry | undefined)[] = [];

  constructor(head: SearchIndexData) {
    this.head = head;
    this.events = decodeEvents(head.events, head.sources.map((s) => s.id));
    // Vocabulary first: an inline suffix chunk reads its words from it.
    const inline = Object.entries(head.inline).sort(([a], [b]) => Number(b[0] === 'v') - Number(a[0] === 'v'));
    for (const [name, chunk] of inline) this.add(name, chunk);
  }

  /** The `i`-th paragraph document's source and 1-based paragraph number, from the head alone. */
  paragraphAt(i: number): { source: string; paragraph: number } {
    let left = i;
    for (const source of this.head.sources) {
      if (left < source.paragraphs) return { source: source.id, paragraph: left + 1 };
      left -= source.paragraphs;
    }
    throw new Error(`search index: no paragraph document ${i}`);
  }

  /** The names among `names` not loaded yet, each once. */
  missing(names: Iterable<string>): string[] {
    return [...new Set(names)].filter((n) => !this.#loaded.has(n));
  }

  /** Takes in a chunk by its name (`v0`, `s3`, `p12`, `d40`). */
  add(name: string, chunk: Chunk): void {
    if (this.#loaded.has(name)) return;
    this.#loaded.add(name);
    const kind = name[0];
    if (kind === 'v') this.#addVocabulary(name, chunk as VocabularyChunk);
    else if (kind === 's') this.#addSuffixes(chunk as SuffixChunk);
    else if (kind === 'p') (chunk as PostingsChunk).lists.forEach((l, i) => (this.#raw[(chunk as PostingsChunk).offset + i] = l));
    else if (kind === 'd') (chunk as DocsChunk).docs.forEach((d, i) => (this.#docs[(chunk as DocsChunk).offset + i] = d));
  }

  #bucket(key: string, id: number, word: string): void {
    let bucket = this.#buckets.get(key);
    if (!bucket) this.#buckets.set(key, (bucket = { ids: [], words: [] }));
    bucket.ids.push(id);
    bucket.words.push(word);
  }

  #addVocabulary(name: string, chunk: VocabularyChunk): void {
    this.#vocabulary.set(name, chunk);
    chunk.words.forEach((w, i) => {
      this.words[chunk.offset + i] = w;
      if (isGuessable(w)) for (const key of bucketKeys(w, false).slice(0, 1).concat(bucketKeys(w, true).slice(0, 1))) this.#bucket(`${key}|${w.length}`, chunk.offset + i, w);
    });
  }

  #addSuffixes(chunk: SuffixChunk): void {
    const ids = chunk.ids ?? this.words.map((_, i) => i).filter((i) => isGuessable(this.words[i]!));
    ids.forEach((id, i) => {
      const w = chunk.words?.[i] ?? this.words[id]!;
      this.words[id] = w;
      for (const key of bucketKeys(w, false).slice(1).concat(bucketKeys(w, true).slice(1))) this.#bucket(`${key}|${w.length}`, id, w);
    });
  }

  /** The vocabulary chunk `name`, which must be loaded. */
  vocabulary(name: string): VocabularyChunk {
    const chunk = this.#vocabulary.get(name);
    if (!chunk) throw new Error(`search index: vocabulary chunk ${name} is not loaded`);
    return chunk;
  }

  /** Fuse's proposals for `term` in one bucket (`p<first two letters>|<length>` and the like). */
  propose(key: string, term: string): Proposal[] {
    const bucket = this.#buckets.get(key);
    if (!bucket) return [];
    bucket.fuse ??= new Fuse(bucket.words, FUSE_OPTIONS);
    return bucket.fuse.search(term).map((r) => ({ word: bucket.ids[r.refIndex]!, score: r.score ?? 0 }));
  }

  /** How many documents hold a word (its postings must be loaded). */
  documentCount(word: number): number {
    return this.#raw[word]?.length ?? 0;
  }

  /** A word's postings as `[doc, fieldBits, doc, fieldBits, …]`. */
  postings(word: number): Int32Array {
    let list = this.#decoded[word];
    if (list) return list;
    const raw = this.#raw[word];
    if (!raw) throw new Error(`search index: postings of word ${word} are not loaded`);
    list = new Int32Array(raw.length * 2);
    let doc = 0;
    for (let k = 0; k < raw.length; k++) {
      doc += Math.floor(raw[k]! / 256);
      list[2 * k] = doc;
      list[2 * k + 1] = raw[k]! % 256;
    }
    this.#decoded[word] = list;
    return list;
  }

  /** A document's fields and paragraph (its chunk must be loaded). */
  doc(doc: number): DocEntry {
    const entry = this.#docs[doc];
    if (!entry) throw new Error(`search index: document ${doc} is not loaded`);
    return entry;
  }
}
