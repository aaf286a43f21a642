// Chapters: which chapter heads each event. (Chapters are checked by the same rules as periods:
// see the chapter-* fixtures under tests/fixtures/bad/.)
import { describe, expect, test } from 'vitest';
import { assignChapters } from '../../src/lib/chapters.ts';
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

test.each([
  ['“We need to take away children,” Sessions said', '‘We need to take away children,’ Sessions said'],
  ['He called it "a trial run" then', 'He called it ‘a trial run’ then'],
  ['no marks at all', 'no marks at all'],
])('nestInnerQuotes(%j) never doubles the outer marks', (text, expected) => {
  expect(nestInnerQuotes(text)).toBe(expected);
  expect(nestInnerQuotes(text)).toHaveLength(text.length);
});
