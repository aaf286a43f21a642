// Rules on quotes: found word for word in one paragraph of the source, on whole words.
import { findClosestPassage, findQuoteParagraph, normalisedParagraphs, normaliseForQuote } from '../paragraphs.ts';
import type { Problem } from '../problems.ts';
import type { ContentIndex } from './content-index.ts';

/** The problem of a quote that no paragraph of its source holds, with the closest passage; none when one does. */
export function quoteNotInSource(file: string, field: string, citation: { source: string; quote: string }, paragraphs: readonly string[]): Problem | undefined {
  if (findQuoteParagraph(paragraphs, citation.quote) !== -1) return undefined;
  const closest = findClosestPassage(paragraphs, citation.quote);
  return {
    file,
    field: `${field}.quote`,
    message: `not found in source "${citation.source}"${closest ? ` (closest passage: "${closest}")` : ''}`,
    fix: `copy the words exactly from one paragraph of content/sources/${citation.source}.md`,
  };
}

/** Every quote is in one paragraph of its source (white space and quotation marks folded). */
export function quoteInSource(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, field, citation } of index.citations) {
    const paragraphs = index.paragraphs.get(citation.source);
    if (!paragraphs) continue; // an unknown source is reported by its own rule
    const problem = quoteNotInSource(file, field, citation, paragraphs);
    if (problem) problems.push(problem);
  }
  return problems;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the quote, where it stands in the paragraph, starts and ends on a word boundary. */
export function onWordBoundaries(paragraph: string, quote: string): boolean {
  const text = normaliseForQuote(paragraph);
  const needle = normaliseForQuote(quote);
  if (needle === '') return false;
  const startsInWord = WORD_CHAR.test(needle[0]!);
  const endsInWord = WORD_CHAR.test(needle.at(-1)!);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + needle.length] ?? '';
    if ((!startsInWord || !WORD_CHAR.test(before)) && (!endsInWord || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** A quote is at least one whole word and does not cut a word in two at either end. */
export function quoteOnWholeWords(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, field, citation } of index.citations) {
    const paragraphs = index.paragraphs.get(citation.source);
    if (!paragraphs) continue;
    if (!WORD_CHAR.test(citation.quote)) {
      problems.push({ file, field: `${field}.quote`, message: `holds no word (got ${JSON.stringify(citation.quote)})`, fix: 'quote at least one whole word that supports the statement' });
      continue;
    }
    const at = findQuoteParagraph(paragraphs, citation.quote);
    if (at === -1) continue; // not found: reported by quote-in-source
    const needle = normaliseForQuote(citation.quote);
    const normalised = normalisedParagraphs(paragraphs);
    const found = paragraphs.filter((_, i) => normalised[i]!.includes(needle));
    if (!found.some((p) => onWordBoundaries(p, citation.quote))) {
      problems.push({ file, field: `${field}.quote`, message: `starts or ends inside a word of source "${citation.source}"`, fix: 'quote whole words: extend the quote to the start and end of the words it cuts' });
    }
  }
  return problems;
}
