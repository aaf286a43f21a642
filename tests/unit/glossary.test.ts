// Glossary terms in text: segments that keep the words, first use only, synonyms; and the content rule.
import { describe, expect, test } from 'vitest';
import { segmentText, synonymWords, type GlossaryTerm } from '../../src/lib/glossary.ts';
import { findGlossaryProblems } from '../../src/lib/rules/glossary.ts';

const terms: GlossaryTerm[] = [
  { id: 'usao', term: 'USAO', forms: ['USAOs'], expansion: "U.S. Attorney's Office", explanation: 'An office.' },
  { id: 'dhs', term: 'DHS', forms: [], expansion: 'Department of Homeland Security', explanation: 'A department.' },
  { id: 'cbp', term: 'CBP', forms: [], expansion: 'Customs and Border Protection', explanation: 'An agency.' },
  { id: 'presentment', term: 'presentment', forms: [], explanation: 'Bringing an arrested person before a court.' },
];
const marked = (text: string, seen?: Set<string>) => segmentText(text, terms, seen).filter((s) => 'term' in s).map((s) => s.text);

describe('segmentText', () => {
  test.each([
    ['The USAOs could not absorb this', ['USAOs']],
    ['DHS/CBP would not be able to', ['DHS', 'CBP']],
    ['DHS said, and DHS again', ['DHS']],
    ['set for Presentment in court', ['Presentment']],
    ['SUBDHS and dhs and USAOx are not terms', []],
    ['', []],
  ])('%s', (text, expected) => {
    const segments = segmentText(text, terms);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(text)).toEqual(expected);
  });

  test('the title is the full name, or the explanation for a plain word', () => {
    const [, abbr] = segmentText('the DHS', terms);
    expect(abbr).toEqual({ text: 'DHS', term: 'dhs', title: 'Department of Homeland Security' });
    expect(segmentText('presentment', terms)[0]).toMatchObject({ title: 'Bringing an arrested person before a court.' });
  });

  test('a shared set marks each term once across texts', () => {
    const seen = new Set<string>();
    expect(marked('DHS and CBP', seen)).toEqual(['DHS', 'CBP']);
    expect(marked('DHS, CBP and USAOs', seen)).toEqual(['USAOs']);
  });
});

test('synonymWords: an abbreviation brings its full name, a full name its abbreviation', () => {
  expect(synonymWords('the USAOs wrote', terms)).toBe("U.S. Attorney's Office");
  expect(synonymWords('the Department of Homeland  Security said', terms)).toBe('DHS');
  expect(synonymWords('nothing here', terms)).toBe('');
});

describe('findGlossaryProblems', () => {
  const sources = [{ id: 'gazette', data: { body: 'The DHS said so.\n\nPresentment was late, the Department of Homeland Security said.' } }];
  const entry = (data: object) => ({ id: 'dhs', file: 'content/glossary/dhs.md', data: { term: 'DHS', forms: [], explanation: 'A department.', citations: [{ source: 'gazette', quote: 'The DHS said so.' }], ...data } });
  test('a verified entry passes', () => {
    expect(findGlossaryProblems({ sources, glossary: [entry({ expansion: 'Department of Homeland Security' })] })).toEqual([]);
  });
  test.each([
    [{ citations: [{ source: 'gazette', quote: 'The FBI said so.' }] }, 'citations[0].quote', 'not found in source "gazette"'],
    [{ citations: [{ source: 'gazette', quote: 'Presentment was late' }] }, 'citations[0].quote', 'does not use "DHS"'],
    [{ citations: [{ source: 'herald', quote: 'The DHS said so.' }] }, 'citations[0].source', 'no source "herald" exists'],
    [{ expansion: 'Dept. of Homeland Security' }, 'expansion', 'appears in no article'],
    [{ explanation: 'One. Two. Three.' }, 'explanation', 'has 3 sentences'],
  ])('%o fails at %s', (data, field, message) => {
    const problems = findGlossaryProblems({ sources, glossary: [entry(data)] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/glossary/dhs.md', field });
    expect(problems[0]!.message).toContain(message);
  });
  test('an expansion no article writes is allowed with a note saying so', () => {
    expect(findGlossaryProblems({ sources, glossary: [entry({ expansion: 'Dept. of Homeland Security', expansionNote: 'Not in the articles.' })] })).toEqual([]);
  });
});
