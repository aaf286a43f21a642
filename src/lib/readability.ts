// Reading levels: the Flesch–Kincaid grade of a text, from the maintained `flesch-kincaid` formula and
// `syllable` counter; sentences and words split by the platform's own Intl.Segmenter.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

// Titles that end in a full stop but never end a sentence; the segmenter would split "Mr. Smith".
const TITLES = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Sgt|St|Jr|Sr)\.\s*$/;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The sentences of a text, with breaks after a title ("Mr.") undone. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    carry += segment;
    if (TITLES.test(carry)) continue;
    if (/[\p{L}\p{N}]/u.test(carry)) out.push(carry.trim());
    carry = '';
  }
  if (/[\p{L}\p{N}]/u.test(carry)) out.push(carry.trim());
  return out;
}

// Several pages read the same texts (the lesson kit, the worksheet, the reading list): each text is
// counted once per build, and each distinct word's syllables once.
const COUNTED = new Map<string, TextCounts>();
const SYLLABLES = new Map<string, number>();

function syllablesOf(word: string): number {
  let n = SYLLABLES.get(word);
  if (n === undefined) {
    // A figure ("3,000") is one word; read aloud it has syllables too, but the formula counts letters' words.
    n = /\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 1;
    SYLLABLES.set(word, n);
  }
  return n;
}

function countOne(text: string): TextCounts {
  const known = COUNTED.get(text);
  if (known) return known;
  const counts: TextCounts = { sentences: splitSentences(text).length, words: 0, syllables: 0 };
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (!isWordLike) continue;
    counts.words += 1;
    counts.syllables += syllablesOf(segment);
  }
  COUNTED.set(text, counts);
  return counts;
}

/** Counts over several texts (paragraphs, summaries): each text ends at least one sentence. */
export function countText(texts: readonly string[]): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const text of texts) {
    const one = countOne(text);
    counts.sentences += one.sentences;
    counts.words += one.words;
    counts.syllables += one.syllables;
  }
  return counts;
}

/** The Flesch–Kincaid grade level of the texts taken together, to one decimal; undefined for no words. */
export function readingGrade(texts: readonly string[]): number | undefined {
  const counts = countText(texts);
  if (counts.words === 0 || counts.sentences === 0) return undefined;
  return Math.round(fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }) * 10) / 10;
}

/** A grade in words for readers outside the U.S. school system. */
export function describeGrade(grade: number): string {
  const g = Math.round(grade);
  if (g <= 6) return 'primary school';
  if (g <= 8) return 'middle school';
  if (g <= 12) return 'high school';
  if (g <= 16) return 'university';
  return 'postgraduate';
}
