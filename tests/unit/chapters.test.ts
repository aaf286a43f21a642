// Chapters: which chapter heads each event, and the content rule that checks chapters.
import { describe, expect, test } from 'vitest';
import { assignChapters } from '../../src/lib/chapters.ts';
import { findChapterProblems } from '../../src/lib/rules/chapters.ts';
import { nestInnerQuotes } from '../../src/lib/labels.ts';
import type { ChapterRecord } from '../../src/lib/records.ts';
import { eventRecord } from './records-fixtures.ts';

const chapter = (id: string, start: string, end: string): ChapterRecord => ({ id, title: id, date: '', start, end, label: id, intro: '', citations: [] });

describe('assignChapters', () => {
  const chapters = [
    chapter('pilot', '2017-03-01', '2017-11-30'),
    chapter('announcement', '2018-04-01', '2018-04-30'),
    chapter('investigation', '2018-01-01', '2020-09-30'),
  ];
  test.each([
    ['2017-02-x', '2017-02', undefined],
    ['2017-05-x', '2017-05', 'pilot'],
    // Known only to the year: placed at its end, after the pilot, which carries on until the next chapter.
    ['2017-y', '2017', 'pilot'],
    // Inside two chapters: the shorter, more particular one.
    ['2018-04-06-x', '2018-04-06', 'announcement'],
    ['2018-11-x', '2018-11', 'investigation'],
    ['2021-01-14-x', '2021-01-14', 'investigation'],
  ])('%s (%s) is in chapter %s', (id, date, expected) => {
    const event = eventRecord(id, date);
    expect(assignChapters([event], chapters).get(id)?.id).toBe(expected);
  });
});

describe('findChapterProblems', () => {
  const sources = [{ id: 'paper-2021-01-14', file: 'content/sources/paper-2021-01-14.md', data: { body: 'The pilot ran from March through November of 2017.\n\nIt was later expanded.' } }];
  const entry = (data: { date: string; dateNote?: string; citations: { source: string; quote: string }[] }) => ({ id: 'pilot', file: 'content/chapters/pilot.md', data: { title: 'The pilot', ...data } });

  test('a chapter quoting its source exactly, with a date the quote names, has no problem', () => {
    expect(findChapterProblems([entry({ date: '2017-03/2017-11', citations: [{ source: 'paper-2021-01-14', quote: 'from March through November of 2017' }] })], sources)).toEqual([]);
  });

  test.each([
    [{ date: '2017-03', citations: [{ source: 'paper-2021-01-14', quote: 'from March through Novembre' }] }, 'citations[0].quote', /not found in source "paper-2021-01-14"/],
    [{ date: '2017-03', citations: [{ source: 'no-such-paper', quote: 'in March' }] }, 'citations[0].source', /no source "no-such-paper"/],
    [{ date: '2018-04', citations: [{ source: 'paper-2021-01-14', quote: 'It was later expanded.' }] }, 'date', /more precise than the quotes show/],
  ])('reports %j at %s', (data, field, message) => {
    const problems = findChapterProblems([entry(data)], sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.file).toBe('content/chapters/pilot.md');
  });

  test('a dateNote stands in for a quote that names the date', () => {
    expect(findChapterProblems([entry({ date: '2018-04', dateNote: 'Derived from …', citations: [{ source: 'paper-2021-01-14', quote: 'It was later expanded.' }] })], sources)).toEqual([]);
  });
});

test.each([
  ['“We need to take away children,” Sessions said', '‘We need to take away children,’ Sessions said'],
  ['He called it "a trial run" then', 'He called it ‘a trial run’ then'],
  ['no marks at all', 'no marks at all'],
])('nestInnerQuotes(%j) never doubles the outer marks', (text, expected) => {
  expect(nestInnerQuotes(text)).toBe(expected);
  expect(nestInnerQuotes(text)).toHaveLength(text.length);
});
