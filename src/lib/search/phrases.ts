// Phrase checks over each field's words as normalised and stored at build time: a string search,
// nothing split or normalised again at query time.
import { FIELD_BITS, FIELD_WEIGHTS, fieldOfBit } from './fields.ts';
import { docsChunk } from './format.ts';
import type { IndexStore } from './store.ts';

/** Verifying a phrase means reading documents; beyond this many candidates the rest are skipped. */
export const MAX_PHRASE_CANDIDATES = 5000;

/** The documents chunks these documents live in. */
export const docsChunks = (store: IndexStore, docs: Iterable<number>): string[] => [...docs].map((d) => docsChunk(store.head.chunks, d));

/** True when `phrase` (normalised words joined by single spaces) occurs as whole words in `words`. */
export function hasPhrase(words: string, phrase: string): boolean {
  if (phrase === '') return false;
  for (let at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || words[at - 1] === ' ') && (end === words.length || words[end] === ' ')) return true;
  }
  return false;
}

/**
 * The candidates holding the phrase word for word, with the best field weight where it was found;
 * the fields it was found in join `fields`.
 */
export function confirmPhrase(store: IndexStore, candidates: readonly number[], phrase: readonly string[], fields: Uint8Array): Map<number, number> {
  const found = new Map<number, number>();
  const wanted = phrase.join(' ');
  for (const doc of candidates) {
    let best = 0;
    for (const [bit, words] of store.doc(doc).f) {
      const name = fieldOfBit(bit);
      if (name && FIELD_WEIGHTS[name] > best && hasPhrase(words, wanted)) {
        best = FIELD_WEIGHTS[name];
        fields[doc]! |= FIELD_BITS[name];
      }
    }
    if (best > 0) found.set(doc, best);
  }
  return found;
}

/** The bits of the fields of a document in which `phrase` stands, words together. */
export function fieldsWithPhrase(store: IndexStore, doc: number, phrase: readonly string[]): number[] {
  const wanted = phrase.join(' ');
  return store.doc(doc).f.filter(([, words]) => hasPhrase(words, wanted)).map(([bit]) => bit);
}
