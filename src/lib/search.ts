// Search over events and source paragraphs: fuse.js finds words near the query, postings find documents.
//
// Why this shape: fuse.js over whole documents scans every character of every document per query.
// Here fuse only sees the vocabulary (short distinct words), split into small buckets by length and by
// first/second letter, and documents come from a prebuilt inverted index. Cost follows the vocabulary.
//
// Multi-word queries use AND: every word (or quoted phrase) must match some field. When no document has
// them all, the documents matching the most words are returned and `partial` is set, so a stray word
// narrows rather than empties the results. Quoted phrases are never relaxed.
import Fuse from 'fuse.js';
import { yearsBetween } from './calendar.ts';
import {
  FIELD_BITS,
  FIELD_WEIGHTS,
  SEARCH_FIELDS,
  eventFieldTexts,
  fieldLookups,
  type EventDoc,
  type SearchField,
  type SearchIndexData,
} from './search-index.ts';
import {
  containsPhrase,
  editDistance,
  markRanges,
  parseQuery,
  terms,
  type ParsedQuery,
  type TextRange,
} from './search-text.ts';

export { buildSearchIndex, type EventDoc, type ParagraphDoc, type SearchField, type SearchIndexData, type SearchIndexInput } from './search-index.ts';
export { markRanges, mergeRanges, parseQuery, type TextRange } from './search-text.ts';

export interface SearchOptions {
  /** `date` (default): events in chronological order, as the timeline shows them; `score`: best first. */
  order?: 'date' | 'score';
  /** Most paragraph hits to return (best first); default 20. */
  paragraphLimit?: number;
  /** Let the last word match longer words while the user types; default true. */
  prefix?: boolean;
}

export interface EventHit {
  /** Event id. */
  id: string;
  /** Relevance, higher is better; compare within one result only. */
  score: number;
  /** Normalised words and phrases that matched, for `markRanges`. */
  terms: string[];
  /** Fields the match was found in. */
  fields: SearchField[];
}

export interface ParagraphHit {
  /** Source id. */
  source: string;
  /** 1-based paragraph number (`#p<N>` on the source page). */
  paragraph: number;
  score: number;
  /** The paragraph, or a window of it around the first match, with "…" where cut. */
  snippet: string;
  /** Ranges to mark in `snippet`. */
  ranges: TextRange[];
  terms: string[];
}

export interface SearchResults {
  events: EventHit[];
  /** Best first. */
  paragraphs: ParagraphHit[];
  /** No document matched every word; these match the most words. */
  partial: boolean;
  /** The query had no searchable words (empty, punctuation only…). */
  blank: boolean;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResults;
  /** The event documents, in chronological order (for filters and facets). */
  readonly events: readonly EventDoc[];
}

const EMPTY: SearchResults = Object.freeze({ events: [], paragraphs: [], partial: false, blank: true }) as SearchResults;

const FUSE_OPTIONS = {
  // Words are already lower-cased and accent-free: skipping fuse's own folding halves its cost.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  includeScore: true,
  shouldSort: false,
  // Loose on purpose: fuse proposes, the edit distance below decides.
  threshold: 0.4,
} as const;

/** A bigger prefix family would only add noise; the most common completions are kept. */
const MAX_PREFIX_EXPANSIONS = 30;
/** Verifying a phrase means re-reading documents; beyond this many candidates the rest are skipped. */
const MAX_PHRASE_CANDIDATES = 5000;
const SNIPPET_LENGTH = 240;

function toList(found: Map<number, number>): Expansion[] {
  return [...found].map(([word, similarity]) => ({ word, similarity }));
}

/** Bucket keys of a word (without its length): narrow by two letters at each end, wide by one. */
function bucketKeys(word: string, wide: boolean): string[] {
  return wide ? [`a${word.slice(0, 1)}`, `z${word.slice(-1)}`] : [`p${word.slice(0, 2)}`, `s${word.slice(-2)}`];
}

/** Typos allowed for a word of this length: short words have too many neighbours to guess. */
function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

// Score of a set of fields: the best field, plus a little for each other field that also has the word.
const FIELD_SCORE = Array.from({ length: 256 }, (_, bits) => {
  let best = 0;
  let count = 0;
  for (const f of SEARCH_FIELDS) {
    if (bits & FIELD_BITS[f]) {
      best = Math.max(best, FIELD_WEIGHTS[f]);
      count++;
    }
  }
  return count === 0 ? 0 : best + 0.1 * (count - 1);
});

interface Expansion {
  word: number;
  similarity: number;
}

interface TermMatch {
  score: Float32Array;
  best: Int32Array;
  /** Documents with a non-zero score, each once. */
  touched: number[];
}

/** Loads a prebuilt index (as parsed from JSON) into a searcher. */
export function loadSearchIndex(data: SearchIndexData): Searcher {
  if (!data || data.version !== 1 || !Array.isArray(data.postings)) {
    throw new Error('search index: not a version 1 index; rebuild it with buildSearchIndex()');
  }
  const eventCount = data.events.length;
  const docCount = eventCount + data.paragraphs.length;
  const records = data.vocabulary.records;
  const words: string[] = new Array<string>(data.postings.length).fill('');
  for (const r of records) if (typeof r.v === 'string') words[r.i] = r.v;
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const lookups = fieldLookups(data);
  const order = new Map(data.events.map((e, i) => [e.id, i]));

  // Fuse sees one small bucket at a time. Narrow buckets key a word by its first two letters and by its
  // last two (one typo rarely spoils both ends); wide ones by first or last letter, tried only when the
  // narrow ones find nothing. All keys include the length, since an edit changes it by at most one.
  const buckets = new Map<string, typeof records>();
  for (const r of records) {
    const w = r.v;
    if (typeof w !== 'string' || w.length < 3 || /\d/.test(w)) continue;
    for (const key of bucketKeys(w, false).concat(bucketKeys(w, true))) {
      const k = `${key}|${w.length}`;
      let list = buckets.get(k);
      if (!list) buckets.set(k, (list = []));
      list.push(r);
    }
  }
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (key: string): Fuse<string> | undefined => {
    let fuse = fuses.get(key);
    if (fuse) return fuse;
    const list = buckets.get(key);
    if (!list) return undefined;
    fuse = new Fuse(words, FUSE_OPTIONS, Fuse.parseIndex<string>({ keys: [], records: list }));
    fuses.set(key, fuse);
    return fuse;
  };

  const decoded: (Int32Array | undefined)[] = [];
  const postingsOf = (word: number): Int32Array => {
    let list = decoded[word];
    if (list) return list;
    const raw = data.postings[word] ?? [];
    list = new Int32Array(raw.length * 2);
    let doc = 0;
    raw.forEach((n, k) => {
      doc += Math.floor(n / 256);
      list![2 * k] = doc;
      list![2 * k + 1] = n % 256;
    });
    decoded[word] = list;
    return list;
  };
  const idf = (word: number): number => Math.log(1 + docCount / Math.max(1, data.postings[word]?.length ?? 1));

  function lowerBound(term: string): number {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function expand(term: string, prefix: boolean, fuzzy: boolean): Expansion[] {
    const found = new Map<number, number>();
    const exact = wordIndex.get(term);
    if (exact !== undefined) found.set(exact, 1);
    if (prefix && term.length >= 2) {
      const family: number[] = [];
      for (let k = lowerBound(term); k < words.length && words[k]!.startsWith(term); k++) if (k !== exact) family.push(k);
      if (family.length > MAX_PREFIX_EXPANSIONS) {
        family.sort((x, y) => (data.postings[y]?.length ?? 0) - (data.postings[x]?.length ?? 0));
        family.length = MAX_PREFIX_EXPANSIONS;
      }
      for (const k of family) found.set(k, Math.max(0.6, 0.9 - 0.3 * (1 - term.length / words[k]!.length)));
    }
    const max = maxEdits(term.length);
    if (!fuzzy || max === 0 || /\d/.test(term)) return toList(found);
    const df = exact === undefined ? 0 : (data.postings[exact]?.length ?? 0);
    if (df >= 3) {
      // A word the texts use often is taken as meant: only its stem family joins it (bed/beds, child/children).
      for (let k = lowerBound(term); k < words.length && words[k]!.startsWith(term); k++) {
        if (k !== exact && words[k]!.length - term.length <= max) found.set(k, Math.max(found.get(k) ?? 0, 0.8));
      }
      for (let cut = 1; cut <= max && term.length - cut >= 3; cut++) {
        const k = wordIndex.get(term.slice(0, -cut));
        if (k !== undefined) found.set(k, 0.8);
      }
      return toList(found);
    }
    for (const wide of [false, true]) {
      let accepted = 0;
      for (let len = term.length - max; len <= term.length + max; len++) {
        for (const key of bucketKeys(term, wide)) {
          const fuse = fuseFor(`${key}|${len}`);
          if (!fuse) continue;
          for (const r of fuse.search(term)) {
            if (found.has(r.refIndex)) continue;
            const d = editDistance(term, words[r.refIndex]!, max);
            if (d > max) continue;
            found.set(r.refIndex, 1 - 0.2 * d - 0.05 * (r.score ?? 0));
            accepted++;
          }
        }
      }
      if (accepted > 0) break;
    }
    return toList(found);
  }

  function matchTerm(expansions: Expansion[], dateOnly: boolean, fields: Uint8Array): TermMatch {
    const score = new Float32Array(docCount);
    const best = new Int32Array(docCount).fill(-1);
    const touched: number[] = [];
    for (const { word, similarity } of expansions) {
      const list = postingsOf(word);
      const weight = similarity * idf(word);
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

  function docTexts(doc: number): [SearchField, string][] {
    if (doc < eventCount) return eventFieldTexts(data.events[doc]!, lookups);
    return [['text', data.paragraphs[doc - eventCount]!.text]];
  }

  /** Documents holding the phrase word for word, with the best field weight where it was found. */
  function matchPhrase(phrase: string[], fields: Uint8Array): Map<number, number> {
    const found = new Map<number, number>();
    const lists: Int32Array[] = [];
    for (const w of phrase) {
      const i = wordIndex.get(w);
      if (i === undefined) return found;
      lists.push(postingsOf(i));
    }
    lists.sort((x, y) => x.length - y.length);
    let candidates: number[] = [];
    for (let k = 0; k < lists[0]!.length; k += 2) candidates.push(lists[0]![k]!);
    for (const list of lists.slice(1)) {
      const has = new Set<number>();
      for (let k = 0; k < list.length; k += 2) has.add(list[k]!);
      candidates = candidates.filter((d) => has.has(d));
    }
    for (const doc of candidates.slice(0, MAX_PHRASE_CANDIDATES)) {
      let best = 0;
      for (const [field, text] of docTexts(doc)) {
        if (FIELD_WEIGHTS[field] > best && containsPhrase(terms(text), phrase)) {
          best = FIELD_WEIGHTS[field];
          fields[doc]! |= FIELD_BITS[field];
        }
      }
      if (best > 0) found.set(doc, best);
    }
    return found;
  }

  function snippetOf(text: string, matched: string[]): { snippet: string; ranges: TextRange[] } {
    const ranges = markRanges(text, matched);
    if (text.length <= SNIPPET_LENGTH) return { snippet: text, ranges };
    const first = ranges[0]?.[0] ?? 0;
    let start = Math.max(0, first - 60);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    let end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    // Never cut a surrogate pair in half.
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start++;
    if (end > start && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
    const lead = start > 0 ? '…' : '';
    const shift = lead.length - start;
    const inside = ranges
      .filter(([s, e]) => s < end && e > start)
      .map(([s, e]): TextRange => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
    return { snippet: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: inside };
  }

  function run(parsed: ParsedQuery, options: SearchOptions): SearchResults {
    const fields = new Uint8Array(docCount);
    const matches = parsed.terms.map((t) =>
      matchTerm(expand(t.term, t.prefix && !t.dateOnly, !t.dateOnly), t.dateOnly, fields),
    );
    const phrases = parsed.phrases.map((p) => matchPhrase(p, fields));

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

    // Words typed together that also stand together in the text are what the reader meant.
    if (parsed.words.length > 1 && parsed.phrases.length === 0) {
      const top = [...hits].sort((a, b) => total[b]! - total[a]!).slice(0, 50);
      for (const doc of top) {
        const together = docTexts(doc).filter(([, text]) => containsPhrase(terms(text), parsed.words));
        if (together.length === 0) continue;
        // More sources quoting the words together means the event is more about them.
        const quotes = together.filter(([field]) => field === 'quote').length;
        total[doc]! *= 1.5 * (1 + 0.05 * Math.min(quotes, 4));
      }
    }

    const matchedTerms = (doc: number): string[] => {
      const list = matches.map((m) => m.best[doc]!).filter((w) => w >= 0).map((w) => words[w]!);
      for (const p of parsed.phrases) list.push(p.join(' '));
      return [...new Set(list)];
    };

    const eventHits: EventHit[] = [];
    const paragraphDocs: number[] = [];
    for (const doc of hits) {
      if (doc < eventCount) {
        eventHits.push({
          id: data.events[doc]!.id,
          score: Math.round(total[doc]! * 1000) / 1000,
          terms: matchedTerms(doc),
          fields: SEARCH_FIELDS.filter((f) => fields[doc]! & FIELD_BITS[f]),
        });
      } else paragraphDocs.push(doc);
    }
    const byScore = (a: number, b: number) => total[b]! - total[a]! || a - b;
    if (options.order === 'score') {
      eventHits.sort((a, b) => byScore(order.get(a.id)!, order.get(b.id)!));
    } else eventHits.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

    const limit = Math.max(0, Math.min(1000, Math.floor(Number(options.paragraphLimit ?? 20)) || 0));
    const paragraphs = paragraphDocs
      .sort(byScore)
      .slice(0, limit)
      .map((doc): ParagraphHit => {
        const p = data.paragraphs[doc - eventCount]!;
        const matched = matchedTerms(doc);
        return {
          source: data.sources[p.s]?.id ?? '',
          paragraph: p.n,
          score: Math.round(total[doc]! * 1000) / 1000,
          ...snippetOf(p.text, matched),
          terms: matched,
        };
      });
    return { events: eventHits, paragraphs, partial, blank: false };
  }

  return {
    events: data.events,
    search(query: string, options: SearchOptions = {}): SearchResults {
      const parsed = parseQuery(typeof query === 'string' ? query : '', { prefix: options?.prefix ?? true });
      if (parsed.terms.length === 0 && parsed.phrases.length === 0) return { ...EMPTY, events: [], paragraphs: [] };
      return run(parsed, options ?? {});
    },
  };
}

/** Narrowing a result: every given filter must hold. */
export interface SearchFilters {
  /** Actor id. */
  actor?: string | undefined;
  /** Theme id. */
  theme?: string | undefined;
  /** Source id. */
  outlet?: string | undefined;
  year?: number | undefined;
}
export type FacetName = keyof SearchFilters;
const FACETS: readonly FacetName[] = ['actor', 'theme', 'outlet', 'year'];

/** What filtering needs of an event: an `EventRecord` or an index `EventDoc` both fit. */
export interface FacetEvent {
  id: string;
  start: string;
  end: string;
  actors: readonly string[];
  tags: readonly string[];
  sources?: readonly string[];
  citations?: readonly { source: string }[];
}

/** For each facet, each value's count of events left if it were chosen (other filters kept). */
export type FacetCounts = Record<FacetName, Record<string, number>>;

export interface FilteredEvent<E> {
  event: E;
  /** The search hit, when there was a query. */
  hit?: EventHit;
}

function facetValues(event: FacetEvent): Record<FacetName, string[]> {
  const years: string[] = [];
  const y0 = Number(event.start.slice(0, 4));
  const y1 = Number(event.end.slice(0, 4));
  for (let y = y0; y <= y1 && y - y0 < 50; y++) years.push(String(y));
  const sources = event.sources ?? [...new Set((event.citations ?? []).map((c) => c.source))];
  return { actor: [...event.actors], theme: [...event.tags], outlet: [...sources], year: years };
}

/**
 * Applies filters to the events (all of them when `hits` is null, else only the hits) and counts, for
 * every value of every facet, how many events that choice would leave. Events keep the given order,
 * which for `Chronology.events` or `Searcher.events` is date order.
 */
export function filterEvents<E extends FacetEvent>(
  events: readonly E[],
  hits: readonly EventHit[] | null,
  filters: SearchFilters = {},
): { events: FilteredEvent<E>[]; facets: FacetCounts } {
  const hitById = hits ? new Map(hits.map((h) => [h.id, h])) : null;
  const facets: FacetCounts = { actor: {}, theme: {}, outlet: {}, year: {} };
  const chosen = (name: FacetName): string | undefined => {
    const v = filters[name];
    return v === undefined || v === '' ? undefined : String(v);
  };
  const result: FilteredEvent<E>[] = [];
  for (const event of events) {
    const values = facetValues(event);
    for (const name of FACETS) for (const v of values[name]) facets[name][v] ??= 0;
    const hit = hitById?.get(event.id);
    if (hitById && !hit) continue;
    const fails = FACETS.filter((name) => {
      const want = chosen(name);
      return want !== undefined && !values[name].includes(want);
    });
    if (fails.length === 0) result.push(hit ? { event, hit } : { event });
    // A value's count applies every filter but its own facet's, which the value would replace.
    for (const name of FACETS) {
      if (fails.length === 0 || (fails.length === 1 && fails[0] === name)) {
        for (const v of new Set(values[name])) facets[name][v] = (facets[name][v] ?? 0) + 1;
      }
    }
  }
  return { events: result, facets };
}

/** One choice of a filter: the value in the address and the words shown. */
export interface FilterChoice {
  value: string;
  label: string;
}

/**
 * The choices of each filter, read from the index the filters need anyway (so the page itself need
 * not carry them): people and outlets by name, themes as given, every year an event touches.
 */
export function filterChoices(data: Pick<SearchIndexData, 'actors' | 'themes' | 'sources' | 'events'>): Record<'person' | 'theme' | 'outlet' | 'year', FilterChoice[]> {
  const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label);
  return {
    person: data.actors.map((a) => ({ value: a.id, label: a.name })).sort(byLabel),
    theme: data.themes.map((t) => ({ value: t.id, label: t.title })),
    outlet: data.sources.map((s) => ({ value: s.id, label: s.outlet })).sort(byLabel),
    year: [...new Set(data.events.flatMap((e) => yearsBetween(e.start, e.end)))].sort().map((y) => ({ value: y, label: y })),
  };
}
