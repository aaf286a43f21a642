// Source text helpers: paragraphs, quote folding, quote lookup per source, word counts.
import { describe, expect, test } from 'vitest';
import {
  countSourceWords,
  countWords,
  findClosestPassage,
  findQuoteParagraph,
  foldQuoteMark,
  normaliseForQuote,
  quoteFinder,
  splitParagraphs,
} from '../../src/lib/paragraphs.ts';

describe('splitParagraphs', () => {
  test('blank lines (with spaces or CRLF) separate paragraphs; inner line breaks fold to one space', () => {
    expect(splitParagraphs('One\r\ntwo.\r\n\r\nThree.\n \t\nFour\n  five.\n\n\n')).toEqual(['One two.', 'Three.', 'Four five.']);
    expect(splitParagraphs('')).toEqual([]);
  });
});

describe('quote folding', () => {
  test('each curly or prime mark folds to its straight form; other characters stay', () => {
    expect(['\u2018', '\u2019', '\u201B', '\u2032'].map(foldQuoteMark)).toEqual(["'", "'", "'", "'"]);
    expect(['\u201C', '\u201D', '\u201F', '\u2033'].map(foldQuoteMark)).toEqual(['"', '"', '"', '"']);
    expect(['a', '«', '`', ' '].map(foldQuoteMark)).toEqual(['a', '«', '`', ' ']);
  });

  test('normaliseForQuote folds marks and white space and trims', () => {
    expect(normaliseForQuote('  \u201CWe\u2019re\u201D\n\tthere\u2032s  ')).toBe('"We\'re" there\'s');
  });
});

describe('quote lookup', () => {
  const paragraphs = ['Alpha beta.', 'He said \u201Cwe need to take away children\u201D on a call.', 'we need more'];

  test('finds the first paragraph that holds the quote, folding marks and spaces', () => {
    expect(findQuoteParagraph(paragraphs, '"we need  to take away children"')).toBe(1);
    expect(findQuoteParagraph(paragraphs, 'we need')).toBe(1);
    expect(findQuoteParagraph(paragraphs, 'Alpha')).toBe(0);
    expect(findQuoteParagraph(paragraphs, 'gamma')).toBe(-1);
    expect(findQuoteParagraph(paragraphs, '   ')).toBe(-1);
  });

  test('a finder answers many quotes from one normalisation of the source', () => {
    const find = quoteFinder(paragraphs);
    expect(['we need more', 'beta.', 'take away children', 'nowhere'].map(find)).toEqual([2, 0, 1, -1]);
  });
});

describe('findClosestPassage', () => {
  test('the window sharing most words with a quote that is not there', () => {
    expect(findClosestPassage(['The office was the driving force behind it.'], 'was a driving force')).toBe('was the driving force');
    expect(findClosestPassage(['Nothing alike here.'], 'zebra')).toBeUndefined();
    expect(findClosestPassage(['Text.'], '  ')).toBeUndefined();
  });
});

describe('word counts', () => {
  test('words are runs of letters, digits and apostrophes', () => {
    expect(countWords('It\u2019s 3000 children — “immoral”.')).toBe(4);
    expect(countSourceWords(['One two.', 'Three', ''])).toBe(3);
    expect(countSourceWords([])).toBe(0);
  });
});
