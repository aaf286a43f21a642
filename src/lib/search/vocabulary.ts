// From a query word to the index words it stands for: the word itself, words it begins, near spellings.
import { editDistance } from '../search-text.ts';
import { suffixChunk, vocabularyChunk } from './format.ts';
import { bucketKeys, type IndexStore } from './store.ts';

/** An index word a query word stands for, and how much like it (1 is the word itself). */
export interface Expansion {
  word: number;
  similarity: number;
}

/** A bigger prefix family would only add noise; the most common completions are kept. */
export const MAX_PREFIX_EXPANSIONS = 30;
/** A word in this many documents or more is taken as meant, not as a typo. */
const COMMON_WORD = 3;

/** Typos allowed for a word of this length: short words have too many neighbours to guess. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** The loaded vocabulary entries around a word: its chunk, the word's number (if any) and its first completion. */
function locate(store: IndexStore, term: string) {
  const chunk = store.vocabulary(vocabularyChunk(store.head.chunks, term));
  let lo = 0;
  let hi = chunk.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunk.words[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  const exact = chunk.words[lo] === term ? chunk.offset + lo : undefined;
  return { chunk, exact, from: lo };
}

/** The number of an index word, if the index has it (its vocabulary chunk must be loaded). */
export function wordNumber(store: IndexStore, term: string): number | undefined {
  return locate(store, term).exact;
}

/** Numbers of the words `term` begins, in vocabulary order (the word itself left out). */
function completions(store: IndexStore, term: string): { word: number; df: number }[] {
  const { chunk, exact, from } = locate(store, term);
  const list: { word: number; df: number }[] = [];
  for (let k = from; k < chunk.words.length && chunk.words[k]!.startsWith(term); k++) {
    if (chunk.offset + k !== exact) list.push({ word: chunk.offset + k, df: chunk.df?.[k] ?? store.documentCount(chunk.offset + k) });
  }
  return list;
}

function documentFrequency(store: IndexStore, term: string): number {
  const { chunk, exact } = locate(store, term);
  return exact === undefined ? 0 : (chunk.df?.[exact - chunk.offset] ?? store.documentCount(exact));
}

/** A word being typed that already begins a common word is taken as on its way there, not as a typo. */
function beginsCommonWord(store: IndexStore, term: string): boolean {
  return completions(store, term).some((c) => c.df >= COMMON_WORD);
}

/** True when `term` will be guessed at (its suffix chunk is then needed). */
export function needsGuess(store: IndexStore, term: string, fuzzy: boolean, prefix = false): boolean {
  return fuzzy && maxEdits(term.length) > 0 && !/\d/.test(term) && documentFrequency(store, term) < COMMON_WORD && !(prefix && beginsCommonWord(store, term));
}

/** The chunks `expand` will read for these words: vocabulary first; suffixes once the vocabulary is in. */
export const vocabularyChunks = (store: IndexStore, words: readonly string[]): string[] => words.map((w) => vocabularyChunk(store.head.chunks, w));
export const suffixChunks = (store: IndexStore, words: readonly string[]): string[] => words.map((w) => suffixChunk(store.head.chunks, w));

function addPrefixes(store: IndexStore, term: string, found: Map<number, number>): void {
  const family = completions(store, term);
  if (family.length > MAX_PREFIX_EXPANSIONS) {
    family.sort((x, y) => y.df - x.df);
    family.length = MAX_PREFIX_EXPANSIONS;
  }
  for (const { word } of family) found.set(word, Math.max(0.6, 0.9 - 0.3 * (1 - term.length / store.words[word]!.length)));
}

/** A common word's stem family joins it (bed/beds, child/children): completions and shorter stems. */
function addStems(store: IndexStore, term: string, max: number, found: Map<number, number>): void {
  for (const { word } of completions(store, term)) {
    if (store.words[word]!.length - term.length <= max) found.set(word, Math.max(found.get(word) ?? 0, 0.8));
  }
  for (let cut = 1; cut <= max && term.length - cut >= 3; cut++) {
    const k = wordNumber(store, term.slice(0, -cut));
    if (k !== undefined) found.set(k, 0.8);
  }
}

/**
 * Near spellings, through fuse in buckets by length and by the word's ends: narrow buckets (first or
 * last two letters) first, wide ones (first or last letter) only when the narrow ones find nothing.
 * Fuse proposes; the edit distance decides.
 */
function addGuesses(store: IndexStore, term: string, max: number, found: Map<number, number>): void {
  for (const wide of [false, true]) {
    let accepted = 0;
    for (let len = term.length - max; len <= term.length + max; len++) {
      for (const key of bucketKeys(term, wide)) {
        for (const { word, score } of store.propose(`${key}|${len}`, term)) {
          if (found.has(word)) continue;
          const d = editDistance(term, store.words[word]!, max);
          if (d > max) continue;
          found.set(word, 1 - 0.2 * d - 0.05 * score);
          accepted++;
        }
      }
    }
    if (accepted > 0) return;
  }
}

/** The index words a query word stands for: exact, then (while typing) completions, then near spellings. */
export function expand(store: IndexStore, term: string, prefix: boolean, fuzzy: boolean): Expansion[] {
  const found = new Map<number, number>();
  const exact = wordNumber(store, term);
  if (exact !== undefined) found.set(exact, 1);
  if (prefix && term.length >= 2) addPrefixes(store, term, found);
  const max = maxEdits(term.length);
  if (fuzzy && max > 0 && !/\d/.test(term)) {
    if (documentFrequency(store, term) >= COMMON_WORD) addStems(store, term, max, found);
    else if (!(prefix && beginsCommonWord(store, term))) addGuesses(store, term, max, found);
  }
  return [...found].map(([word, similarity]) => ({ word, similarity }));
}
