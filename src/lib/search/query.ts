// The query pipeline, top to bottom. It is a generator: before each step it yields the chunks that
// step reads and are not loaded yet, so one pipeline serves a whole index (nothing to yield) and a
// chunked one (the caller fetches what is yielded, then resumes).
//
// Multi-word queries use AND: every word (or quoted phrase) must match some field. When no document has
// them all, the documents matching the most words are returned and `partial` is set, so a stray word
// narrows rather than empties the results. Quoted phrases are never relaxed.
import type { ParsedQuery } from '../search-text.ts';
import { FIELD_BITS, fieldsOfBits } from './fields.ts';
import { documentsWithAll, matchTerm, postingsChunks, type TermMatch } from './postings.ts';
import { confirmPhrase, docsChunks, fieldsWithPhrase, MAX_PHRASE_CANDIDATES } from './phrases.ts';
import { snippetOf } from './snippets.ts';
import type { IndexStore } from './store.ts';
import type { EventHit, ParagraphHit, SearchOptions, SearchResults } from './types.ts';
import { expand, needsGuess, suffixChunks, vocabularyChunks, wordNumber, type Expansion } from './vocabulary.ts';

/** Chunks a step needs; empty when all are in. */
export type Needs = string[];
export type QueryRun = Generator<Needs, SearchResults, void>;

/** How many of the best hits are checked for the query's words standing together. */
const TOGETHER_CANDIDATES = 50;

interface Scored {
  total: Float32Array;
  /** The documents that qualify, and whether they match fewer than every word. */
  hits: number[];
  partial: boolean;
}

export function* runQuery(store: IndexStore, parsed: ParsedQuery, options: SearchOptions): QueryRun {
  // 1. Every word the query holds, in the vocabulary: exact, completions, near spellings.
  yield store.missing(vocabularyChunks(store, [...parsed.terms.map((t) => t.term), ...parsed.phrases.flat()]));
  yield store.missing(suffixChunks(store, parsed.terms.filter((t) => needsGuess(store, t.term, !t.dateOnly, t.prefix && !t.dateOnly)).map((t) => t.term)));
  const expansions = parsed.terms.map((t) => expand(store, t.term, t.prefix && !t.dateOnly, !t.dateOnly));
  const phraseWords = parsed.phrases.map((p) => p.map((w) => wordNumber(store, w)));

  // 2. Their postings: each word's score in each document.
  yield store.missing(postingsChunks(store, [...expansions.flat().map((e) => e.word), ...(phraseWords.flat().filter((w) => w !== undefined) as number[])]));
  const fields = new Uint8Array(store.head.documents);
  const matches = expansions.map((e: Expansion[], i) => matchTerm(store, e, parsed.terms[i]!.dateOnly, fields));

  // 3. Quoted phrases, checked word for word in the documents holding all their words.
  const candidates = phraseWords.map((ws) => (ws.includes(undefined) ? [] : documentsWithAll(store, ws as number[]).slice(0, MAX_PHRASE_CANDIDATES)));
  yield store.missing(docsChunks(store, candidates.flat()));
  const phrases = candidates.map((c, i) => confirmPhrase(store, c, parsed.phrases[i]!, fields));

  // 4. Which documents qualify, and their total scores.
  const scored = combine(store.head.documents, parsed, matches, phrases);

  // 5. Words typed together that also stand together in the text are what the reader meant.
  const together = parsed.words.length > 1 && parsed.phrases.length === 0 ? topDocuments(scored, TOGETHER_CANDIDATES) : [];
  yield store.missing(docsChunks(store, together));
  boostTogether(store, scored, together, parsed.words);

  // 6. The results: events in the asked order, the best paragraphs with snippets.
  const matched = (doc: number) => matchedTerms(store, matches, parsed, doc);
  const { events, paragraphDocs } = eventHits(store, scored, fields, matched, options);
  const snippets = options.snippets ?? true;
  if (snippets) yield store.missing(docsChunks(store, paragraphDocs));
  return { events, paragraphs: paragraphHits(store, scored, paragraphDocs, matched, snippets), partial: scored.partial, blank: false };
}

/** Adds up word and phrase scores; keeps documents with every word, or failing that the most words. */
function combine(docCount: number, parsed: ParsedQuery, matches: readonly TermMatch[], phrases: readonly Map<number, number>[]): Scored {
  const total = new Float32Array(docCount);
  const coverage = new Uint8Array(docCount);
  const touched: number[] = [];
  for (const m of matches) {
    for (const d of m.touched) {
      if (coverage[d] === 0) touched.push(d);
      total[d]! += m.score[d]!;
      coverage[d]!++;
    }
  }
  // Quoted phrases are required: a document lacking one is out, whatever else it matches.
  let allowed: Set<number> | null = null;
  for (const [i, found] of phrases.entries()) {
    const next = new Set<number>();
    for (const [doc, weight] of found) {
      if (allowed && !allowed.has(doc)) continue;
      next.add(doc);
      total[doc]! += 2 * weight * parsed.phrases[i]!.length;
    }
    allowed = next;
  }
  const candidates = allowed ? [...allowed] : touched;
  let need = parsed.terms.length;
  let hits = candidates.filter((d) => coverage[d] === need);
  let partial = false;
  if (hits.length === 0 && need > 1) {
    need = candidates.reduce((m, d) => Math.max(m, coverage[d]!), 0);
    if (need > 0 || allowed) {
      hits = candidates.filter((d) => coverage[d] === need);
      partial = hits.length > 0;
    }
  }
  return { total, hits, partial };
}

const topDocuments = (scored: Scored, n: number): number[] => [...scored.hits].sort((a, b) => scored.total[b]! - scored.total[a]!).slice(0, n);

function boostTogether(store: IndexStore, scored: Scored, docs: readonly number[], words: readonly string[]): void {
  for (const doc of docs) {
    const together = fieldsWithPhrase(store, doc, words);
    if (together.length === 0) continue;
    // More sources quoting the words together means the event is more about them.
    const quotes = together.filter((bit) => bit === FIELD_BITS.quote).length;
    scored.total[doc]! *= 1.5 * (1 + 0.05 * Math.min(quotes, 4));
  }
}

/** The words and phrases to mark in a document: each query word's best expansion there, and the phrases. */
function matchedTerms(store: IndexStore, matches: readonly TermMatch[], parsed: ParsedQuery, doc: number): string[] {
  const list = matches.map((m) => m.best[doc]!).filter((w) => w >= 0).map((w) => store.words[w]!);
  for (const p of parsed.phrases) list.push(p.join(' '));
  return [...new Set(list)];
}

const rounded = (n: number): number => Math.round(n * 1000) / 1000;

/** Event hits in date or score order, and the paragraphs (best first, up to the limit) still to show. */
function eventHits(store: IndexStore, scored: Scored, fields: Uint8Array, matched: (doc: number) => string[], options: SearchOptions) {
  const eventCount = store.events.length;
  const events: (EventHit & { doc: number })[] = [];
  const paragraphs: number[] = [];
  for (const doc of scored.hits) {
    if (doc >= eventCount) paragraphs.push(doc);
    else events.push({ doc, id: store.events[doc]!.id, score: rounded(scored.total[doc]!), terms: matched(doc), fields: fieldsOfBits(fields[doc]!) });
  }
  const byScore = (a: number, b: number) => scored.total[b]! - scored.total[a]! || a - b;
  events.sort(options.order === 'score' ? (a, b) => byScore(a.doc, b.doc) : (a, b) => a.doc - b.doc);
  const limit = Math.max(0, Math.min(1000, Math.floor(Number(options.paragraphLimit ?? 20)) || 0));
  return {
    events: events.map(({ doc: _, ...hit }): EventHit => hit),
    paragraphDocs: paragraphs.sort(byScore).slice(0, limit),
  };
}

function paragraphHits(store: IndexStore, scored: Scored, docs: readonly number[], matched: (doc: number) => string[], snippets: boolean): ParagraphHit[] {
  const eventCount = store.events.length;
  return docs.map((doc): ParagraphHit => {
    const terms = matched(doc);
    const score = rounded(scored.total[doc]!);
    if (!snippets) {
      // Which paragraph, without its text: the head's source list gives the place of each source's paragraphs.
      const { source, paragraph } = store.paragraphAt(doc - eventCount);
      return { source, paragraph, score, snippet: '', ranges: [], terms };
    }
    const [s, n, text] = store.doc(doc).p!;
    return { source: store.head.sources[s]?.id ?? '', paragraph: n, score, ...snippetOf(text, terms), terms };
  });
}
