// Links that open a source at the quoted words (URL text fragments) and at its archived copy (Wayback Machine).
import { publicationDay } from './dates.ts';

export interface TextFragmentOptions {
  /** Quotes longer than this many words are matched by their first and last words (`textStart,textEnd`). */
  maxWords?: number;
  /** How many words each end of a long quote keeps. */
  edgeWords?: number;
}

/** The parts of a text directive, before percent-encoding. */
export interface TextDirective {
  textStart: string;
  textEnd?: string;
}

const DEFAULT_MAX_WORDS = 8;
const DEFAULT_EDGE_WORDS = 4;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` covers everything the URL
 * fragment needs and `&` and `,` (the directive's own delimiters) and encodes non-ASCII as UTF-8;
 * the Text Fragments spec also reserves `-` (prefix/suffix marker), which it leaves alone.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * Which words of a quote to match. Browsers match text directives on the rendered text, with
 * whitespace collapsed, so runs of whitespace become one space; the characters themselves (curly or
 * straight quotes, dashes) are kept as written, since the quote reproduces the page verbatim.
 * Long quotes are reduced to their ends: shorter links, and a match that survives small
 * differences in the middle (a paragraph break, an inline link).
 */
export function textDirectiveFor(quote: string, options: TextFragmentOptions = {}): TextDirective {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const edgeWords = options.edgeWords ?? DEFAULT_EDGE_WORDS;
  const words = quote.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) throw new Error('cannot link to an empty quote');
  if (words.length <= maxWords || words.length <= 2 * edgeWords) return { textStart: words.join(' ') };
  return {
    textStart: words.slice(0, edgeWords).join(' '),
    textEnd: words.slice(-edgeWords).join(' '),
  };
}

/** The fragment directive (`:~:text=…`) for a quote, without the leading `#`. */
export function textFragment(quote: string, options: TextFragmentOptions = {}): string {
  const { textStart, textEnd } = textDirectiveFor(quote, options);
  const end = textEnd === undefined ? '' : `,${encodeTextDirectiveTerm(textEnd)}`;
  return `:~:text=${encodeTextDirectiveTerm(textStart)}${end}`;
}

/**
 * A link to `url` that scrolls to and highlights `quote`. Any existing fragment is dropped: it
 * would point elsewhere on the page, and the text directive is the point of the link. Query
 * strings are kept.
 */
export function linkToQuote(url: string, quote: string, options: TextFragmentOptions = {}): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  return `${base}#${textFragment(quote, options)}`;
}

/**
 * The Wayback Machine's copy of an article nearest its publication day
 * (`https://web.archive.org/web/20210114/https://…`); the archive redirects to the closest snapshot.
 * The fragment is dropped, since it would apply to the archive's page, not the article.
 */
export function waybackUrl(url: string, published: string): string {
  const day = publicationDay(published);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO date: "${published}"`);
  const hash = url.indexOf('#');
  const target = hash === -1 ? url : url.slice(0, hash);
  return `https://web.archive.org/web/${day.replace(/-/g, '')}/${target}`;
}
