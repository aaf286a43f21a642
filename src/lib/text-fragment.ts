// Links that open a source at the quoted words (URL text fragments) and at its archived copy (Wayback Machine).
import { publicationDay } from './dates.ts';
import { locateQuote } from './timeline.ts';

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

/** The parts of a text directive with the spec's context terms (`prefix-,start,end,-suffix`). */
export interface ContextDirective extends TextDirective {
  prefix?: string;
  suffix?: string;
}

/** The fragment directive for a directive with context, without the leading `#`. */
export function formatTextDirective(directive: ContextDirective): string {
  const parts = [
    ...(directive.prefix === undefined ? [] : [`${encodeTextDirectiveTerm(directive.prefix)}-`]),
    encodeTextDirectiveTerm(directive.textStart),
    ...(directive.textEnd === undefined ? [] : [encodeTextDirectiveTerm(directive.textEnd)]),
    ...(directive.suffix === undefined ? [] : [`-${encodeTextDirectiveTerm(directive.suffix)}`]),
  ];
  return `:~:text=${parts.join(',')}`;
}

/** A position in an article: block (0-based: headline, dek, paragraphs as published) and offset in its collapsed text. */
export interface TextPosition {
  block: number;
  offset: number;
}

/** The text an article shows, block by block, as a browser matches it: white space collapsed, trimmed. */
export function articleBlocks(source: { headline: string; dek?: string; paragraphs: readonly string[] }): string[] {
  // Every citation of a source asks again: collapse each article once (records are never changed).
  const known = BLOCKS.get(source);
  if (known && known.headline === source.headline && known.dek === source.dek && known.paragraphs === source.paragraphs) return known.blocks;
  const blocks = [source.headline, ...(source.dek === undefined ? [] : [source.dek]), ...source.paragraphs].map(collapse);
  BLOCKS.set(source, { headline: source.headline, dek: source.dek, paragraphs: source.paragraphs, blocks });
  return blocks;
}
const BLOCKS = new WeakMap<object, { headline: string; dek: string | undefined; paragraphs: readonly string[]; blocks: string[] }>();

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

// The spec compares at the "primary level" (UTS #10): case and accents do not count. Folding one
// character at a time keeps offsets in step with the text.
function fold(text: string): string {
  // ASCII has no accents, and lower-casing it keeps every offset.
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

const ASCII = /^[\u0000-\u007f]*$/;

/** The folded blocks of an article, once per blocks array (articleBlocks hands out the same one). */
function foldBlocks(blocks: readonly string[]): string[] {
  let folded = FOLDED.get(blocks);
  if (!folded) {
    folded = blocks.map(fold);
    FOLDED.set(blocks, folded);
  }
  return folded;
}
const FOLDED = new WeakMap<readonly string[], string[]>();

const WORD_CHAR = /[\p{L}\p{N}]/u;
function atWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return !(WORD_CHAR.test(text[i - 1]!) && WORD_CHAR.test(text[i]!));
}

/** First occurrence of `term` in `text` at or after `from`, with the word-boundary rules the spec asks for. */
function findInBlock(text: string, term: string, from: number, startBounded: boolean, endBounded: boolean): number {
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
    if ((!startBounded || atWordBoundary(text, at)) && (!endBounded || atWordBoundary(text, at + term.length))) return at;
  }
  return -1;
}

/** A term's first match from a position on, in document order; a term never spans two blocks. */
function findFrom(blocks: readonly string[], term: string, from: TextPosition, startBounded: boolean, endBounded: boolean): TextPosition | undefined {
  for (let b = from.block; b < blocks.length; b++) {
    const at = findInBlock(blocks[b]!, term, b === from.block ? from.offset : 0, startBounded, endBounded);
    if (at !== -1) return { block: b, offset: at };
  }
  return undefined;
}

const before = (a: TextPosition, b: TextPosition): boolean => a.block < b.block || (a.block === b.block && a.offset < b.offset);

/**
 * Where a browser's text directive first lands in an article (WICG Scroll to Text Fragment, "find a
 * range from a text directive"): start and end positions, or undefined if it matches nothing.
 * Blocks must already be collapsed (see articleBlocks). Context terms must touch the match, with
 * only white space between, in the same block.
 */
export function findTextDirective(blocks: readonly string[], directive: ContextDirective): { start: TextPosition; end: TextPosition } | undefined {
  const text = foldBlocks(blocks);
  const start = fold(directive.textStart);
  const end = directive.textEnd === undefined ? undefined : fold(directive.textEnd);
  const prefix = directive.prefix === undefined ? undefined : fold(directive.prefix);
  const suffix = directive.suffix === undefined ? undefined : fold(directive.suffix);
  const endsAtWord = end === undefined && suffix === undefined;
  let search: TextPosition = { block: 0, offset: 0 };
  for (;;) {
    let match: TextPosition;
    if (prefix !== undefined) {
      const p = findFrom(text, prefix, search, true, false);
      if (!p) return undefined;
      search = { block: p.block, offset: p.offset + 1 };
      const block = text[p.block]!;
      let after = p.offset + prefix.length;
      while (after < block.length && /\s/u.test(block[after]!)) after++;
      if (after >= block.length) continue;
      if (!block.startsWith(start, after) || (endsAtWord && !atWordBoundary(block, after + start.length))) continue;
      match = { block: p.block, offset: after };
    } else {
      const m = findFrom(text, start, search, true, endsAtWord);
      if (!m) return undefined;
      search = { block: m.block, offset: m.offset + 1 };
      match = m;
    }
    let matchEnd: TextPosition = { block: match.block, offset: match.offset + start.length };
    let endSearch = matchEnd;
    for (;;) {
      if (end !== undefined) {
        const e = findFrom(text, end, endSearch, true, suffix === undefined);
        if (!e) return undefined;
        matchEnd = { block: e.block, offset: e.offset + end.length };
      }
      if (suffix === undefined) return { start: match, end: matchEnd };
      const block = text[matchEnd.block]!;
      let after = matchEnd.offset;
      while (after < block.length && /\s/u.test(block[after]!)) after++;
      if (block.startsWith(suffix, after) && atWordBoundary(block, after + suffix.length)) return { start: match, end: matchEnd };
      if (end === undefined) break;
      endSearch = matchEnd;
    }
    if (before(search, { block: text.length, offset: 0 }) === false) return undefined;
  }
}

/** The smallest directive, by words added, whose first match in the article is the quote itself. */
export function textDirectiveInArticle(blocks: readonly string[], quote: { block: number; start: number; end: number }, options: TextFragmentOptions = {}): ContextDirective {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const edgeWords = options.edgeWords ?? DEFAULT_EDGE_WORDS;
  const block = blocks[quote.block];
  if (block === undefined) throw new Error(`no block ${quote.block} in the article`);
  const words = block.slice(quote.start, quote.end).split(' ').filter(Boolean);
  if (words.length === 0) throw new Error('cannot link to an empty quote');
  const preceding = block.slice(0, quote.start).split(' ').filter(Boolean);
  const following = block.slice(quote.end).split(' ').filter(Boolean);
  const wanted = { start: { block: quote.block, offset: quote.start }, end: { block: quote.block, offset: quote.end } };
  const same = (a: TextPosition, b: TextPosition): boolean => a.block === b.block && a.offset === b.offset;

  const candidates: { cost: number; directive: ContextDirective }[] = [];
  const edges: number[] = [];
  if (words.length <= maxWords || words.length <= 2 * edgeWords) edges.push(words.length);
  else for (let e = edgeWords; 2 * e < words.length; e++) edges.push(e);
  if (!edges.includes(words.length)) edges.push(words.length);
  for (const edge of edges) {
    // Suffix outside, prefix inside: at equal cost a prefix (which fixes where the match starts) comes first.
    for (let suf = 0; suf <= Math.min(6, following.length); suf++) {
      for (let pre = 0; pre <= Math.min(6, preceding.length); pre++) {
        const whole = edge >= words.length;
        const directive: ContextDirective = whole ? { textStart: words.join(' ') } : { textStart: words.slice(0, edge).join(' '), textEnd: words.slice(-edge).join(' ') };
        if (pre > 0) directive.prefix = preceding.slice(-pre).join(' ');
        if (suf > 0) directive.suffix = following.slice(0, suf).join(' ');
        candidates.push({ cost: (whole ? Math.max(0, words.length - 2 * edgeWords) : 2 * (edge - edgeWords)) + pre + suf, directive });
      }
    }
  }
  candidates.sort((a, b) => a.cost - b.cost);
  for (const { directive } of candidates) {
    const found = findTextDirective(blocks, directive);
    if (found && same(found.start, wanted.start) && same(found.end, wanted.end)) return directive;
  }
  throw new Error(`no text directive lands on the quote "${words.join(' ')}": it repeats word for word with the same context`);
}

/** A link to an article that lands on the quote at `quote` (block and offsets from articleBlocks), first match and all. */
export function linkToQuoteInArticle(url: string, blocks: readonly string[], quote: { block: number; start: number; end: number }, options: TextFragmentOptions = {}): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  return `${base}#${formatTextDirective(textDirectiveInArticle(blocks, quote, options))}`;
}

/** Where a cited quote sits in its article's blocks (see articleBlocks), or undefined if it is not found there. */
export function locateCitedQuote(
  source: { headline: string; dek?: string; paragraphs: readonly string[] },
  citation: { quote: string; paragraph: number },
): { block: number; start: number; end: number } | undefined {
  const blocks = articleBlocks(source);
  const block = citation.paragraph - 1 + 1 + (source.dek === undefined ? 0 : 1);
  const text = blocks[block];
  if (text === undefined) return undefined;
  const at = locateQuote(text, citation.quote);
  return at && { block, start: at.start, end: at.end };
}

/**
 * The "original article, at the quote" link of a citation: checked against the whole article as
 * published (headline, dek, paragraphs), with context or more words wherever the plain quote's words
 * occur earlier. The words come from the article's own text, so a straight quotation mark in the
 * editor's quote cannot break the match.
 */
export function linkToCitedQuote(
  source: { url: string; headline: string; dek?: string; paragraphs: readonly string[] },
  citation: { quote: string; paragraph: number },
  options: TextFragmentOptions = {},
): string {
  const at = locateCitedQuote(source, citation);
  if (!at) return linkToQuote(source.url, citation.quote, options);
  return linkToQuoteInArticle(source.url, articleBlocks(source), at, options);
}
