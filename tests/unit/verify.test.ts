// Cross-entry rules on small in-memory content: each rule fires when it should and stays quiet otherwise.
import { describe, expect, test } from 'vitest';
import { parseEventDate } from '../../src/lib/dates.ts';
import { findClosestPassage, findQuoteParagraph, normaliseForQuote, splitParagraphs } from '../../src/lib/paragraphs.ts';
import { findContentProblems, quotesSupportPrecision, suggestId, type ContentInput } from '../../src/lib/verify.ts';

describe('quotes', () => {
  const paragraphs = splitParagraphs('First “paragraph” here,\nwrapped.\n\n  Second’s one.  \n\n\nThird.');
  test('paragraphs are split on blank lines and inner breaks folded', () => {
    expect(paragraphs).toEqual(['First “paragraph” here, wrapped.', 'Second’s one.', 'Third.']);
  });
  test.each([
    ['"paragraph" here, wrapped', 0],
    ['Second\'s   one', 1],
    ['Third.', 2],
    ['here, wrapped. Second', -1],
    ['Fourth', -1],
    ['', -1],
  ])('%j is in paragraph %i', (quote, index) => {
    expect(findQuoteParagraph(paragraphs, quote)).toBe(index);
  });
  test('normalising folds only white space and quotation marks', () => {
    expect(normaliseForQuote('  “a”\n‘b’  c ')).toBe('"a" \'b\' c');
    expect(normaliseForQuote('zero-tolerance')).not.toBe(normaliseForQuote('zero tolerance'));
  });
  test('the closest passage points at the near miss', () => {
    const source = ['The town council closed the Old Bridge on Monday, after an inspection.', 'Unrelated words.'];
    expect(findClosestPassage(source, 'The city council closed the Old Bridge on Monday')).toBe('The town council closed the Old Bridge on Monday,');
    expect(findClosestPassage(source, 'zzz')).toBeUndefined();
  });
});

describe('suggestId', () => {
  test.each([
    ['jeff-sesions', 'jeff-sessions'],
    ['upi-2021', 'upi-2021-01-14'],
    ['nobody-at-all-here', undefined],
  ])('%s → %s', (wrong, right) => {
    expect(suggestId(wrong, ['jeff-sessions', 'rod-rosenstein', 'upi-2021-01-14'])).toBe(right);
  });
});

describe('quotesSupportPrecision', () => {
  const date = (text: string) => {
    const parsed = parseEventDate(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.date;
  };
  test.each([
    ['2018-04-06', 'in an April 6, 2018, speech', true],
    ['2018-04-06', 'in a speech in April 2018', false],
    ['2021-01-14', 'a report released Thursday', true],
    ['2018-05', 'during a May 2018 conference call', true],
    ['2018-05', 'the month after Sessions announced', true],
    ['2018-05', 'at one point', false],
    ['2017', 'a Border Patrol official wrote in 2017', true],
    ['2017', 'a Border Patrol official wrote', false],
    ['2017-03/2017-11', 'from March through November of 2017', true],
  ])('%s with %j → %s', (text, quote, ok) => {
    expect(quotesSupportPrecision(date(text), [quote])).toBe(ok);
  });
});

function content(overrides: Partial<ContentInput> = {}): ContentInput {
  return {
    sources: [{ id: 's-2020', file: 'content/sources/s-2020.md', data: { published: '2020-03-10', body: 'They met on March 9, 2020, said Ann.\n\nA second paragraph.' } }],
    events: [
      {
        id: '2020-03-09-meeting',
        file: 'content/events/2020-03-09-meeting.md',
        data: {
          title: 'Meeting', date: '2020-03-09', actors: ['ann'], tags: ['t'],
          citations: [{ source: 's-2020', quote: 'They met on March 9, 2020', es: 'Se reunieron el 9 de marzo de 2020' }],
          es: { title: 'Reunión' },
        } as unknown as ContentInput['events'][number]['data'],
      },
    ],
    actors: [{ id: 'ann', file: 'content/actors/ann.md', data: { citations: [{ source: 's-2020', quote: 'said Ann', es: 'dijo Ann' }] } }],
    translations: [{ id: 'es/sources/s-2020', file: 'content/translations/es/sources/s-2020.md', data: { source: 's-2020', locale: 'es', body: 'Se reunieron el 9 de marzo de 2020, dijo Ann.\n\nUn segundo párrafo.' } }],
    themes: [{ id: 't', file: 'content/themes/t.md', data: {} }],
    disputes: [],
    periods: [],
    ...overrides,
  };
}

describe('findContentProblems', () => {
  test('valid content has no problems', () => {
    expect(findContentProblems(content())).toEqual([]);
  });
  test('every problem is collected, not only the first', () => {
    const base = content();
    const event = base.events[0]!;
    const broken = content({
      events: [{ ...event, data: { ...event.data, actors: ['anne'], tags: ['x'], citations: [{ source: 's-2020', quote: 'They met in March' }] } }],
    });
    const fields = findContentProblems(broken).map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/events/2020-03-09-meeting.md citations[0].quote',
        'content/events/2020-03-09-meeting.md actors[0]',
        'content/events/2020-03-09-meeting.md tags[0]',
        'content/actors/ann.md (file)',
        'content/themes/t.md (file)',
      ]),
    );
  });
  test('a reference to a file that failed its own schema is not reported again', () => {
    const problems = findContentProblems(content({ actors: [] }), { actors: new Set(['ann']) });
    expect(problems).toEqual([]);
  });
});
