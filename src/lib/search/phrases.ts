// Phrase checks over the word numbers stored at build time: no text is split again at query time.
import { FIELD_BITS, FIELD_WEIGHTS, fieldOfBit } from './fields.ts';
import { docsChunk } from './format.ts';
import type { IndexStore } from './store.ts';

/** Verifying a phrase means reading documents; beyond this many candidates the rest are skipped. */
export const MAX_PHRASE_CANDIDATES = 5000;

/** The documents chunks these documents live in. */
export const docsChunks = (store: IndexStore, docs: Iterable<number>): string[] => [...docs].map((d) => docsChunk(store.head.chunks, d));

/** True when `words` occur consecutively in a field (`[fieldBit, word, word, …]`). */
export function fieldHasPhrase(field: readonly number[], words: readonly number[]): boolean {
  if (words.length === 0) return false;
  outer: for (let i = 1; i + words.length <= field.length; i++) {
    for (let k = 0; k < words.length; k++) if (field[i + k] !== words[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * The candidates holding the phrase word for word, with the best field weight where it was found;
 * the fields it was found in join `fields`.
 */
export function confirmPhrase(store: IndexStore, candidates: readonly number[], words: readonly number[], fields: Uint8Array): Map<number, number> {
  const found = new Map<number, number>();
  for (const doc of candidates) {
    let best = 0;
    for (const field of store.doc(doc).f) {
      const name = fieldOfBit(field[0]!);
      if (name && FIELD_WEIGHTS[name] > best && fieldHasPhrase(field, words)) {
        best = FIELD_WEIGHTS[name];
        fields[doc]! |= FIELD_BITS[name];
      }
    }
    if (best > 0) found.set(doc, best);
  }
  return found;
}

/** The fields of a document in which `words` stand together, by field bit. */
export function fieldsWithPhrase(store: IndexStore, doc: number, words: readonly number[]): number[] {
  return store.doc(doc).f.filter((field) => fieldHasPhrase(field, words)).map((field) => field[0]!);
}
