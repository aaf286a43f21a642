// Content rules of the Spanish edition: every English text has its Spanish one; a Spanish text adds
// no figure and no name its English lacks; each article's translation has its paragraphs, one for one.
import { splitParagraphs } from '../paragraphs.ts';
import type { Problem } from '../problems.ts';
import { type ContentIndex, editDistance, unknownIdProblem } from './content-index.ts';
import { spanishPairs, type TextPair } from './spanish-pairs.ts';

const SEE = 'see “The Spanish edition” in README.md';
/** A source's notes that its translation file gives in Spanish, exactly when the source has them. */
const NOTE_FIELDS = ['publishedNote', 'note'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];
const TRANSLATIONS = 'content/translations/es/sources';

function shown(text: string): string {
  return JSON.stringify(text.length > 50 ? `${text.slice(0, 49)}…` : text);
}

/** A missing Spanish text, an orphan one, and readings or questions that do not pair up. */
export function spanishTextPresent(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const pair of spanishPairs(index)) {
    if (pair.english === undefined) {
      problems.push({ file: pair.file, field: pair.field, message: `translates a ${pair.englishField} the English does not have`, fix: `remove ${pair.field}, or write ${pair.englishField} in English first` });
    } else if (pair.spanish === undefined) {
      problems.push(pair.quote
        ? { file: pair.file, field: pair.field, message: `has no Spanish translation of the quote ${shown(pair.english)}`, fix: `write es: "…" under the quote: our own Spanish translation, shown as “traducción nuestra”; ${SEE}` }
        : { file: pair.file, field: pair.field, message: `has no Spanish text (the English ${pair.englishField} is ${shown(pair.english)})`, fix: `write it in Spanish as ${pair.field}; ${SEE}` });
    }
  }
  for (const d of index.content.disputes) {
    const es = (d.data as { es?: { readings?: string[]; questions?: string[] }; questions?: string[] }).es;
    const questions = (d.data as { questions?: string[] }).questions ?? [];
    if (es?.readings && es.readings.length > d.data.readings.length) {
      problems.push({ file: d.file, field: 'es.readings', message: `lists ${es.readings.length} readings, but readings: has ${d.data.readings.length}`, fix: 'write one Spanish label per reading, in the same order' });
    }
    if (es?.questions && es.questions.length > questions.length) {
      problems.push({ file: d.file, field: 'es.questions', message: `lists ${es.questions.length} questions, but questions: has ${questions.length}`, fix: 'write one Spanish question per question, in the same order' });
    }
  }
  for (const g of index.content.glossary ?? []) {
    const data = g.data as unknown as { expansion?: string; es?: { expansion?: string } };
    const [english, spanish] = [data.expansion, data.es?.expansion];
    if (english && spanish && spanish !== english && !spanish.endsWith(`(${english})`)) {
      problems.push({ file: g.file, field: 'es.expansion', message: `does not end with the English name in parentheses, “(${english})”`, fix: `write the Spanish name, then the English one: "… (${english})"` });
    }
  }
  const translated = new Set((index.content.translations ?? []).map((t) => t.data.source));
  for (const source of index.content.sources) {
    if (translated.has(source.id)) continue;
    const count = index.paragraphs.get(source.id)?.length ?? 0;
    problems.push({ file: `${TRANSLATIONS}/${source.id}.md`, field: '(file)', message: `is missing: the article ${source.file} has no Spanish translation`, fix: `create it with source: ${source.id} in its frontmatter and the ${count} paragraphs in Spanish, in order; ${SEE}` });
  }
  return problems;
}

/** Numbers as digit strings, thousands separators (3,000 · 3.000 · 26 000) dropped. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[,.\u00a0\u202f ]\d{3}(?!\d))*/gu)].map((m) => m[0].replace(/\D/g, ''));
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** What may stand between a sentence's end and its first word: space and brackets. */
const OPENING = /[\s(¿¡[]*$/u;
/** A sentence starts after . ! ? … or :, after a dateline's dash ("WASHINGTON –"), and inside an opening quote mark. */
const SENTENCE_END = /(?:[.!?…:“"‘«]|(?:^|\s)(?:[–—]|--))$/u;

/** Capitalised words not at the start of a sentence. */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word[0] === word[0]!.toLowerCase()) continue;
    // Only the few characters before the word matter; reading the whole text before each word is quadratic.
    const from = Math.max(0, match.index - 24);
    const before = text.slice(from, match.index).replace(OPENING, '');
    const atStart = before === '' ? from === 0 : SENTENCE_END.test(before) && !(from > 0 && /^(?:[–—]|--)$/u.test(before));
    if (!atStart) names.push(word);
  }
  return names;
}

/** Lower case without accents: "México" and "Mexico" are one name. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a Spanish name is the English one in Spanish spelling: the same letters but for accents
 * and about a third of them ("Comité" for "Committee", "NO" for "NOT"), or the same first five
 * ("Centroamérica" for "Central America"). A name the English does not have is never this close.
 */
export function isCognate(spanish: string, english: string): boolean {
  return cognateFolded(fold(spanish), fold(english));
}

function cognateFolded(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  return editDistance(a, b) <= Math.floor(Math.max(a.length, b.length) / 3);
}

/**
 * Words that are names wherever they stand: the Spanish names the content defines (an actor's
 * es.name, a glossary entry's es.expansion), the glossary's abbreviations ("DHS"), and the names
 * of outlets, which Spanish keeps ("The Daily Ledger"): the sources' and the bodies with no es.name.
 */
function definedNames(index: ContentIndex): Set<string> {
  const texts: string[] = [];
  for (const a of index.content.actors) {
    const data = a.data as { name?: string; kind?: string; es?: { name?: string } };
    texts.push(data.es?.name ?? (data.kind === 'organisation' ? (data.name ?? '') : ''));
  }
  for (const s of index.content.sources) {
    const data = s.data as { outlet?: string; republishedFrom?: string };
    texts.push(data.outlet ?? '', data.republishedFrom ?? '');
  }
  for (const g of index.content.glossary ?? []) {
    const data = g.data as unknown as { term: string; forms?: string[]; es?: { expansion?: string } };
    texts.push(data.term, ...(data.forms ?? []), data.es?.expansion ?? '');
  }
  return new Set(texts.flatMap((t) => t.match(WORD) ?? []));
}

function additions(pair: Pick<TextPair, 'file' | 'field' | 'englishField' | 'definesNames'> & { english: string; spanish: string }, names: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const englishNumbers = new Set(numbersIn(pair.english));
  const extraNumbers = [...new Set(numbersIn(pair.spanish))].filter((n) => !englishNumbers.has(n));
  if (extraNumbers.length > 0) {
    const given = [...englishNumbers].join(', ') || 'none';
    problems.push({ file: pair.file, field: pair.field, message: `gives ${extraNumbers.join(', ')}, which the English ${pair.englishField} does not (its figures: ${given})`, fix: 'give exactly the figures the English gives, in digits (“more than 3,000” is “más de 3000”)' });
  }
  if (pair.definesNames) return problems;
  const englishNames = new Set([...new Set(pair.english.match(WORD) ?? [])].filter((w) => w[0] !== w[0]!.toLowerCase()).map(fold));
  const known = (w: string) => {
    if (names.has(w)) return true;
    const folded = fold(w);
    return englishNames.has(folded) || [...englishNames].some((e) => cognateFolded(folded, e));
  };
  const extraNames = [...new Set(namesIn(pair.spanish))].filter((w) => !known(w));
  if (extraNames.length > 0) {
    problems.push({ file: pair.file, field: pair.field, message: `names ${extraNames.map((w) => `“${w}”`).join(', ')}, which the English ${pair.englishField} does not`, fix: 'write only the names the English writes (months and weekdays in lower case), or give the Spanish name in the actor’s es.name or the glossary’s es.expansion' });
  }
  return problems;
}

/** No Spanish text adds a number, a year or a capitalised name that its English lacks. */
export function spanishAddsNothing(index: ContentIndex): Problem[] {
  const names = definedNames(index);
  const problems = spanishPairs(index).flatMap((pair) =>
    pair.english !== undefined && pair.spanish !== undefined ? additions({ ...pair, english: pair.english, spanish: pair.spanish }, names) : []);
  for (const t of index.content.translations ?? []) {
    const english = index.paragraphs.get(t.data.source);
    const spanish = splitParagraphs(t.data.body);
    // Paragraphs that do not pair up are reported once, by translation-paragraphs-match.
    if (!english || spanish.length !== english.length) continue;
    spanish.forEach((spanish, i) => {
      const paragraph = english[i];
      if (paragraph !== undefined) problems.push(...additions({ file: t.file, field: `(body) paragraph ${i + 1}`, englishField: `paragraph ${i + 1}`, english: paragraph, spanish }, names));
    });
    const source = index.content.sources.find((s) => s.id === t.data.source)?.data as Partial<Record<NoteField, string>> | undefined;
    for (const field of NOTE_FIELDS) {
      const english = source?.[field];
      const spanish = t.data[field];
      if (english && spanish) problems.push(...additions({ file: t.file, field, englishField: field, english, spanish }, names));
    }
  }
  return problems;
}

/** A translation file has as many paragraphs as its article, and a publishedNote and a note exactly when it does. */
export function translationParagraphsMatch(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.content.translations ?? []) {
    const english = index.paragraphs.get(t.data.source);
    if (!english) continue;
    const count = splitParagraphs(t.data.body).length;
    const source = `content/sources/${t.data.source}.md`;
    if (count !== english.length) {
      problems.push({ file: t.file, field: '(body)', message: `has ${count} paragraphs, but the article ${source} has ${english.length}`, fix: 'translate paragraph N as paragraph N: one block per paragraph of the article, blank lines between, none merged, split or left out' });
    }
    const notes = index.content.sources.find((s) => s.id === t.data.source)?.data as Partial<Record<NoteField, string>>;
    for (const field of NOTE_FIELDS) {
      const note = notes[field];
      if (note && !t.data[field]) problems.push({ file: t.file, field, message: `has no Spanish text (the article’s ${field} is ${shown(note)})`, fix: `write it in Spanish as ${field}; ${SEE}` });
      if (!note && t.data[field]) problems.push({ file: t.file, field, message: `translates a ${field} the article ${source} does not have`, fix: `remove ${field}` });
    }
  }
  return problems;
}

/** A translation file translates a source that exists, and is named after it. */
export function translationSourceExists(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.content.translations ?? []) {
    const named = t.file.split('/').pop()!.replace(/\.md$/, '');
    if (!index.ids.sources.has(t.data.source)) {
      if (!index.isBroken('sources', t.data.source)) problems.push(unknownIdProblem(t.file, 'source', 'source', 'content/sources/', t.data.source, index.ids.sources));
    } else if (named !== t.data.source) {
      problems.push({ file: t.file, field: 'source', message: `translates "${t.data.source}", but the file is named ${named}.md`, fix: `rename the file ${t.data.source}.md, after the source it translates` });
    }
  }
  return problems;
}
