// Glossary terms in running text: finding them, splitting text into plain and marked segments.

/** What marking and search need of a glossary entry. */
export interface GlossaryTerm {
  id: string;
  term: string;
  forms: readonly string[];
  expansion?: string | undefined;
  explanation: string;
}

/** A run of text: plain, or one use of a glossary term (`text` is the words exactly as written). */
export type Segment = { text: string } | { text: string; term: string; title: string };

/** The spellings of a term, longest first so "USAOs" wins over "USAO". */
export function spellings(entry: Pick<GlossaryTerm, 'term' | 'forms'>): string[] {
  return [...new Set([entry.term, ...entry.forms])].sort((a, b) => b.length - a.length);
}

/** An abbreviation in capitals is matched case-sensitively ("ICE" is not "ice"); a word in any case. */
function isAbbreviation(spelling: string): boolean {
  return spelling === spelling.toUpperCase() && /\p{Lu}/u.test(spelling);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for every spelling of every term, each only as a whole word. */
export function termPattern(entries: readonly GlossaryTerm[]): { exact: RegExp; folded: RegExp } | undefined {
  const exact: string[] = [];
  const folded: string[] = [];
  for (const entry of entries) for (const s of spellings(entry)) (isAbbreviation(s) ? exact : folded).push(escape(s));
  if (exact.length + folded.length === 0) return undefined;
  const wrap = (list: string[]) => (list.length ? `(?<![\\p{L}\\p{N}])(?:${list.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])` : '(?!)');
  return { exact: new RegExp(wrap(exact), 'gu'), folded: new RegExp(wrap(folded), 'giu') };
}

/** The tooltip of a term: its full name, or for a plain word its explanation. */
export function termTitle(entry: GlossaryTerm): string {
  return entry.expansion ?? entry.explanation;
}

/**
 * Splits a text into segments, marking the first use of each term not yet in `seen` (which it updates,
 * so one set shared by a page marks each term once on that page). The words are never changed: joining
 * the segments' texts gives the input back.
 */
export function segmentText(text: string, entries: readonly GlossaryTerm[], seen: Set<string> = new Set()): Segment[] {
  const pattern = termPattern(entries);
  if (!pattern || text === '') return text === '' ? [] : [{ text }];
  const bySpelling = new Map<string, GlossaryTerm>();
  for (const entry of entries) for (const s of spellings(entry)) {
    bySpelling.set(isAbbreviation(s) ? s : s.toLowerCase(), entry);
  }
  const hits: { start: number; end: number; entry: GlossaryTerm }[] = [];
  for (const re of [pattern.exact, pattern.folded]) {
    for (const m of text.matchAll(re)) {
      const entry = bySpelling.get(m[0]) ?? bySpelling.get(m[0].toLowerCase());
      if (entry) hits.push({ start: m.index, end: m.index + m[0].length, entry });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at || seen.has(hit.entry.id)) continue;
    seen.add(hit.entry.id);
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), term: hit.entry.id, title: termTitle(hit.entry) });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Whether a text uses a term (any spelling, as a whole word). */
export function usesTerm(text: string, entry: GlossaryTerm): boolean {
  return segmentText(text, [entry]).some((s) => 'term' in s);
}

/** Whether a text contains a phrase, ignoring case and runs of white space. */
export function containsPhraseLoosely(text: string, phrase: string): boolean {
  const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
  return fold(text).includes(fold(phrase));
}

/**
 * Words to index alongside a text so that an abbreviation finds what its full name finds, and the
 * reverse: for each term the text uses, its full name; for each full name it contains, the term's
 * spellings. Empty when the text names no glossary term.
 */
export function synonymWords(text: string, entries: readonly GlossaryTerm[]): string {
  const extra: string[] = [];
  for (const entry of entries) {
    if (!entry.expansion) continue;
    if (usesTerm(text, entry)) extra.push(entry.expansion);
    if (containsPhraseLoosely(text, entry.expansion)) extra.push(...spellings(entry));
  }
  return extra.join(' ');
}

/** Events whose title, summary or quotes use a term or its full name, in the order given. */
export function eventsUsingTerm<E extends { title: string; summary: string; citations: readonly { quote: string }[] }>(
  events: readonly E[],
  entry: GlossaryTerm,
): E[] {
  return events.filter((e) =>
    [e.title, e.summary, ...e.citations.map((c) => c.quote)].some(
      (text) => usesTerm(text, entry) || (entry.expansion !== undefined && containsPhraseLoosely(text, entry.expansion)),
    ),
  );
}
