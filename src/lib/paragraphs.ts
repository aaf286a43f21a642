// Source text: splitting an extract into numbered paragraphs and finding a quote in them.

/** Splits a Markdown body into paragraphs: blocks separated by blank lines, inner line breaks folded. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block !== '');
}

/**
 * Folds what may differ between a quote and its source without changing the words:
 * white space, and straight versus curly quotation marks and apostrophes.
 */
export function normaliseForQuote(text: string): string {
  return text.replace(QUOTE_MARKS, foldQuoteMark).replace(/\s+/g, ' ').trim();
}

/** Curly and prime quotation marks, each with the straight mark it folds to. */
const QUOTE_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
};
const QUOTE_MARKS = new RegExp(`[${Object.keys(QUOTE_FOLD).join('')}]`, 'g');

/** One character as quote matching sees it: a curly or prime quotation mark becomes straight. */
export function foldQuoteMark(char: string): string {
  return QUOTE_FOLD[char] ?? char;
}

/**
 * A source's paragraphs normalised for quote matching, once per paragraphs array: the check asks
 * for every quote of every source, and a big chronology has thousands of quotes per source.
 * Arrays of paragraphs are never changed once read, so the array itself is the key.
 */
export function normalisedParagraphs(paragraphs: readonly string[]): readonly string[] {
  let normalised = NORMALISED.get(paragraphs);
  if (!normalised || normalised.length !== paragraphs.length) {
    normalised = paragraphs.map(normaliseForQuote);
    NORMALISED.set(paragraphs, normalised);
  }
  return normalised;
}
const NORMALISED = new WeakMap<readonly string[], string[]>();

/** Index (0-based) of the first paragraph that holds the quote, or -1. */
export function findQuoteParagraph(paragraphs: readonly string[], quote: string): number {
  return quoteFinder(paragraphs)(quote);
}

/**
 * A finder over one source's paragraphs, normalised once: for each quote, the index (0-based) of
 * the first paragraph that holds it, or -1. Use one per source when checking many quotes.
 */
export function quoteFinder(paragraphs: readonly string[]): (quote: string) => number {
  const normalised = normalisedParagraphs(paragraphs);
  return (quote) => {
    const needle = normaliseForQuote(quote);
    return needle === '' ? -1 : normalised.findIndex((paragraph) => paragraph.includes(needle));
  };
}

function words(text: string): string[] {
  return normaliseForQuote(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * The passage of the source most like a quote that was not found, for the error message: the
 * window of the same length in words that shares the most words with the quote, in order.
 */
export function findClosestPassage(paragraphs: readonly string[], quote: string): string | undefined {
  const wanted = words(quote);
  if (wanted.length === 0) return undefined;
  const wantedSet = new Set(wanted);
  let best: { score: number; text: string } | undefined;
  for (const paragraph of paragraphs) {
    const tokens = normaliseForQuote(paragraph).split(' ');
    const size = Math.min(tokens.length, wanted.length);
    for (let start = 0; start + size <= tokens.length; start += 1) {
      const window = tokens.slice(start, start + size);
      const score = window.filter((token) => wantedSet.has(token.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ''))).length;
      if (!best || score > best.score) best = { score, text: window.join(' ') };
    }
  }
  return best && best.score > 0 ? best.text : undefined;
}

/** Word count of a text, for reading-time figures. */
export function countWords(text: string): number {
  return words(text).length;
}

/** Word count of a whole source (all its paragraphs). */
export function countSourceWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((total, paragraph) => total + countWords(paragraph), 0);
}
