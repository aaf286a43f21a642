// Text-fragment links to quoted words and Wayback Machine links: encoding, long quotes, round trips.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  articleBlocks,
  encodeTextDirectiveTerm,
  findTextDirective,
  linkToCitedQuote,
  locateCitedQuote,
  textDirectiveInArticle,
  linkToQuote,
  textDirectiveFor,
  textFragment,
  waybackUrl,
} from '../../src/lib/text-fragment.ts';
import { ABC_NEWS, HUFFPOST } from './records-fixtures.ts';

const ABC = ABC_NEWS.url;

/** Reads a directive back as a browser would: split on the delimiters, then percent-decode. */
function decode(fragment: string): string[] {
  expect(fragment.startsWith(':~:text=')).toBe(true);
  return fragment.slice(':~:text='.length).split(',').map(decodeURIComponent);
}

describe('encodeTextDirectiveTerm', () => {
  test.each([
    ['comma', 'Sessions, Rosenstein', 'Sessions%2C%20Rosenstein'],
    ['hyphen', 'zero-tolerance policy', 'zero%2Dtolerance%20policy'],
    ['en dash', 'March–November', 'March%E2%80%93November'],
    ['em dash', 'children—and', 'children%E2%80%94and'],
    ['ampersand', 'Q&A', 'Q%26A'],
    ['curly quotes', '“immoral and illegal.”', '%E2%80%9Cimmoral%20and%20illegal.%E2%80%9D'],
    ['curly apostrophe', 'Department’s independence', 'Department%E2%80%99s%20independence'],
    ['straight quotes', `"driving force" 'immediately'`, `%22driving%20force%22%20'immediately'`],
    ['non-ASCII', 'Peña café', 'Pe%C3%B1a%20caf%C3%A9'],
    ['emoji', 'a 👍', 'a%20%F0%9F%91%8D'],
    ['URL delimiters', '#1 50% a/b? c=d', '%231%2050%25%20a%2Fb%3F%20c%3Dd'],
    ['brackets', '[Homeland Security]', '%5BHomeland%20Security%5D'],
  ])('%s: %j → %s', (_kind, term, encoded) => {
    expect(encodeTextDirectiveTerm(term)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(term);
  });
});

describe('textFragment', () => {
  test.each([
    ['short quote', 'immoral and illegal.', ':~:text=immoral%20and%20illegal.'],
    ['whitespace collapsed', '  immoral \n and\tillegal. ', ':~:text=immoral%20and%20illegal.'],
    ['exactly eight words', 'one two three four five six seven eight', ':~:text=one%20two%20three%20four%20five%20six%20seven%20eight'],
    ['nine words', 'one two three four five six seven eight nine', ':~:text=one%20two%20three%20four,six%20seven%20eight%20nine'],
    [
      'long quote with commas',
      '“Completing a prosecution within such a timeline was, in most cases, a practical and legal impossibility, even if a defendant sought to plead guilty and be sentenced immediately,”',
      ':~:text=%E2%80%9CCompleting%20a%20prosecution%20within,and%20be%20sentenced%20immediately%2C%E2%80%9D',
    ],
    [
      'long quote with a hyphen at an end',
      'no issue has dominated my thinking more than the zero-tolerance',
      ':~:text=no%20issue%20has%20dominated,more%20than%20the%20zero%2Dtolerance',
    ],
  ])('%s', (_kind, quote, expected) => {
    expect(textFragment(quote)).toBe(expected);
  });

  test('edge and length options', () => {
    expect(textFragment('a b c d e', { maxWords: 3, edgeWords: 2 })).toBe(':~:text=a%20b,d%20e');
    // Edges that would overlap make no sense as a range: the whole quote is used.
    expect(textFragment('a b c d e', { maxWords: 3, edgeWords: 3 })).toBe(':~:text=a%20b%20c%20d%20e');
  });

  test('an empty quote is refused', () => {
    expect(() => textFragment(' \n ')).toThrow('empty quote');
  });

  test.each([
    'He said, “We need to take away children” — and left.',
    'Sessions’ office pushed forward for the initiative despite concerns raised by prosecutors & judges, according to the report.',
    'Rod Rosenstein, deputy attorney general at the time of “zero tolerance,” responded to the report with regret.',
    'São Paulo – Zürich',
  ])('round trip: %s', (quote) => {
    const words = quote.split(/\s+/);
    const { textStart, textEnd } = textDirectiveFor(quote);
    const [start, end, ...rest] = decode(textFragment(quote));
    expect(rest).toEqual([]);
    expect(start).toBe(textStart);
    expect(quote.startsWith(start!)).toBe(true);
    if (textEnd === undefined) expect(start).toBe(words.join(' '));
    else expect(quote.endsWith(end!)).toBe(true);
  });

  test('property: the directive decodes to the start and end of the collapsed quote', () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((w) => !/\s/u.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '  ', '\n', '\t '), (words, gap) => {
        const quote = words.join(gap);
        const collapsed = words.join(' ');
        const fragment = textFragment(quote);
        const encoded = fragment.slice(':~:text='.length);
        // Only the one delimiter comma may appear raw; never a dash, ampersand, space or hash.
        expect(encoded).not.toMatch(/[-&\s#]/);
        const parts = decode(fragment);
        expect(parts.length).toBeLessThanOrEqual(2);
        expect(collapsed.startsWith(parts[0]!)).toBe(true);
        if (parts.length === 1) expect(parts[0]).toBe(collapsed);
        else expect(collapsed.endsWith(parts[1]!)).toBe(true);
      }),
    );
  });
});

describe('linkToQuote', () => {
  test.each([
    ['plain URL', 'https://example.com/a', 'https://example.com/a#:~:text=driving%20force'],
    ['query kept', ABC, `${ABC}#:~:text=driving%20force`],
    ['fragment replaced', `${ABC}#comments`, `${ABC}#:~:text=driving%20force`],
    ['empty fragment replaced', 'https://example.com/a#', 'https://example.com/a#:~:text=driving%20force'],
    ['old directive replaced', 'https://example.com/a#:~:text=old', 'https://example.com/a#:~:text=driving%20force'],
  ])('%s', (_kind, url, expected) => {
    expect(linkToQuote(url, 'driving force')).toBe(expected);
  });
});

describe('waybackUrl', () => {
  test.each([
    ['2021-01-14T20:32', ABC, `https://web.archive.org/web/20210114/${ABC}`],
    [
      '2020-10-07',
      HUFFPOST.url,
      'https://web.archive.org/web/20201007/https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927',
    ],
    ['2021-01-14', 'https://example.com/a#top', 'https://web.archive.org/web/20210114/https://example.com/a'],
  ])('%s %s', (published, url, expected) => {
    expect(waybackUrl(url, published)).toBe(expected);
  });

  test('refuses a date that is not a day', () => {
    expect(() => waybackUrl('https://example.com/', '2021-01')).toThrow('not an ISO date');
  });
});

describe('text directives checked against the whole article', () => {
  // A headline, a dek that repeats the quote's first words, and the paragraph that holds the quote.
  const article = {
    url: 'https://news.example/story',
    headline: 'Officials weigh the plan',
    dek: 'We need to act, one official said, as the plan moved ahead',
    paragraphs: ['The plan was set out in May.', 'In a call, the official said: We need to act now on the plan, and soon.'],
  };
  const blocks = articleBlocks(article);

  test('findTextDirective finds the first match in document order, headline and dek included', () => {
    expect(findTextDirective(blocks, { textStart: 'we need to act' })).toEqual({ start: { block: 1, offset: 0 }, end: { block: 1, offset: 14 } });
    expect(findTextDirective(blocks, { textStart: 'the plan' })?.start).toEqual({ block: 0, offset: 16 });
    expect(findTextDirective(blocks, { textStart: 'plan', prefix: 'on the' })?.start.block).toBe(3);
    expect(findTextDirective(blocks, { textStart: 'nowhere' })).toBeUndefined();
    // Word boundaries: "act" does not match inside "action", "pla" does not end a word.
    expect(findTextDirective(['no action here, act'], { textStart: 'act' })?.start.offset).toBe(16);
    expect(findTextDirective(blocks, { textStart: 'pla' })).toBeUndefined();
  });

  test('a quote whose words occur earlier gets context until its first match is the quote', () => {
    const quote = 'We need to act now';
    const at = locateCitedQuote(article, { quote, paragraph: 2 })!;
    expect(findTextDirective(blocks, { textStart: quote })?.start).toEqual({ block: at.block, offset: at.start });
    const directive = textDirectiveInArticle(blocks, at);
    const found = findTextDirective(blocks, directive)!;
    expect(found.start).toEqual({ block: at.block, offset: at.start });
    expect(found.end).toEqual({ block: at.block, offset: at.end });
  });

  test('the plain link to a repeated phrase lands in the dek; the checked link adds a prefix and lands on the quote', () => {
    const quote = 'We need to act';
    expect(decode(linkToQuote(article.url, quote).split('#')[1]!)).toEqual(['We need to act']);
    const link = linkToCitedQuote(article, { quote, paragraph: 2 });
    expect(link).toBe(`${article.url}#:~:text=said%3A-,We%20need%20to%20act`);
  });

  test('a long quote keeps its start and end words and adds a suffix when its end repeats', () => {
    const long = { url: article.url, headline: article.headline, paragraphs: ['one two three four five six seven eight nine ten, and nine ten again'] };
    const at = locateCitedQuote(long, { quote: 'one two three four five six seven eight nine', paragraph: 1 })!;
    const d = textDirectiveInArticle(articleBlocks(long), at);
    expect(d.textStart).toBe('one two three four');
    expect(findTextDirective(articleBlocks(long), d)?.end).toEqual({ block: at.block, offset: at.end });
  });
});
