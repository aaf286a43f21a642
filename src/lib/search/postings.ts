// Scoring a query word over the documents: each index word it stands for, weighted by rarity and field.
import { FIELD_BITS, FIELD_SCORE } from './fields.ts';
import { postingsChunk } from './format.ts';
import type { IndexStore } from './store.ts';
import type { Expansion } from './vocabulary.ts';

export interface TermMatch {
  /** Per document, the best score of any of the word's expansions. */
  score: Float32Array;
  /** Per document, the expansion that gave it (-1: none). */
  best: Int32Array;
  /** Documents with a non-zero score, each once. */
  touched: number[];
}

/** The postings chunks these words live in. */
export const postingsChunks = (store: IndexStore, words: Iterable<number>): string[] =>
  [...words].map((w) => postingsChunk(store.head.chunks, w));

/** Rarer words count for more. */
export function idf(documents: number, df: number): number {
  return Math.log(1 + documents / Math.max(1, df));
}

/**
 * Scores every document holding one of the expansions; `fields` collects where words were found.
 * A date-only word ("May" in "May 2018") counts only in the date field.
 */
export function matchTerm(store: IndexStore, expansions: readonly Expansion[], dateOnly: boolean, fields: Uint8Array): TermMatch {
  const docCount = store.head.documents;
  const score = new Float32Array(docCount);
  const best = new Int32Array(docCount).fill(-1);
  const touched: number[] = [];
  for (const { word, similarity } of expansions) {
    const list = store.postings(word);
    const weight = similarity * idf(docCount, store.documentCount(word) || 1);
    for (let k = 0; k < list.length; k += 2) {
      const doc = list[k]!;
      let bits = list[k + 1]!;
      if (dateOnly) bits &= FIELD_BITS.date;
      if (bits === 0) continue;
      const s = weight * FIELD_SCORE[bits]!;
      if (s > score[doc]!) {
        if (score[doc] === 0) touched.push(doc);
        score[doc] = s;
        best[doc] = word;
      }
      fields[doc]! |= bits;
    }
  }
  return { score, best, touched };
}

/** Documents holding every one of `words` (anywhere), ascending. */
export function documentsWithAll(store: IndexStore, words: readonly number[]): number[] {
  const lists = words.map((w) => store.postings(w)).sort((x, y) => x.length - y.length);
  if (lists.length === 0) return [];
  let candidates: number[] = [];
  for (let k = 0; k < lists[0]!.length; k += 2) candidates.push(lists[0]![k]!);
  for (const list of lists.slice(1)) {
    const has = new Set<number>();
    for (let k = 0; k < list.length; k += 2) has.add(list[k]!);
    candidates = candidates.filter((d) => has.has(d));
  }
  return candidates;
}
