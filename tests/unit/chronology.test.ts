// buildChronology: verified entries in, the records every page and data file uses out.
import { describe, expect, test } from 'vitest';
import { buildChronology, citedSources, type ChronologyInput } from '../../src/lib/chronology.ts';
import type { EventData } from '../../src/schemas/event.ts';

const BODY = 'First paragraph, with “curly quotes” and   extra   space.\n\nSecond paragraph: the\nwords span a line break.\n\nThird.';

function event(id: string, date: string, extra: Partial<EventData> = {}): ChronologyInput['events'][number] {
  return {
    id,
    file: `content/events/${id}.md`,
    data: {
      title: `Title ${id}`,
      summary: `Summary ${id}.`,
      date,
      actors: [],
      tags: [],
      citations: [{ source: 'b-source', quote: 'Third.', provenance: { kind: 'outlet' as const } }],
      corrections: [],
      ...extra,
    } as EventData,
  };
}

function input(overrides: Partial<ChronologyInput> = {}): ChronologyInput {
  return {
    sources: [
      { id: 'b-source', file: 'b.md', data: { outlet: 'B', headline: 'B head', published: '2021-01-14', url: 'https://b.example/', body: BODY } },
      { id: 'a-source', file: 'a.md', data: { outlet: 'A', headline: 'A head', published: '2020-10-07', url: 'https://a.example/', note: undefined, body: 'Only one.' } },
    ] as ChronologyInput['sources'],
    events: [],
    actors: [],
    themes: [],
    disputes: [],
    periods: [],
    ...overrides,
  };
}

describe('buildChronology', () => {
  test('sources are sorted by id, split into paragraphs, and lose undefined fields', () => {
    const { sources } = buildChronology(input());
    expect(sources.map((s) => s.id)).toEqual(['a-source', 'b-source']);
    expect(sources[1]!.paragraphs).toEqual([
      'First paragraph, with “curly quotes” and   extra   space.',
      'Second paragraph: the words span a line break.',
      'Third.',
    ]);
    expect('note' in sources[0]!).toBe(false);
    expect('body' in sources[0]!).toBe(false);
  });

  test('a citation gains its paragraph number (quote marks and white space folded) and the article URL', () => {
    const { events } = buildChronology(
      input({
        events: [
          event('e', '2018-05', {
            citations: [
              { source: 'b-source', quote: 'words span a line break', provenance: { kind: 'outlet' as const } },
              { source: 'b-source', quote: '"curly quotes" and extra space', provenance: { kind: 'outlet' as const } },
              { source: 'a-source', quote: 'Only one.', provenance: { kind: 'outlet' as const } },
            ],
          }),
        ],
      }),
    );
    expect(events[0]!.citations).toEqual([
      { source: 'b-source', quote: 'words span a line break', paragraph: 2, url: 'https://b.example/', provenance: { kind: 'outlet' } },
      { source: 'b-source', quote: '"curly quotes" and extra space', paragraph: 1, url: 'https://b.example/', provenance: { kind: 'outlet' } },
      { source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/', provenance: { kind: 'outlet' } },
    ]);
    expect(events[0]!.sources).toEqual(['b-source', 'a-source']);
  });

  test('an event record carries its date parsed once: bounds, precision, part, label and both points', () => {
    const { events } = buildChronology(
      input({ events: [event('span', '2017-03/2017-11'), event('early', '2018-04', { part: 'early', dateNote: 'Counted back.' })] }),
    );
    const [span, early] = events;
    expect(span).toMatchObject({ id: 'span', date: '2017-03/2017-11', start: '2017-03-01', end: '2017-11-30', precision: 'interval', approximate: false, label: 'March–November 2017', url: '/events/span/' });
    expect(span!.when.from.precision).toBe('month');
    expect(span!.when.to?.text).toBe('2017-11');
    expect('part' in span!).toBe(false);
    expect('dateNote' in span!).toBe(false);
    expect(early).toMatchObject({ part: 'early', dateNote: 'Counted back.', label: 'early April 2018', precision: 'month' });
    expect(early!.when.part).toBe('early');
    expect(early!.when.label).toBe(early!.label);
  });

  test('events come in date order, a broader date after the dated days it holds, then by id', () => {
    const { events } = buildChronology(
      input({ events: [event('z-day', '2018-05-01'), event('b-month', '2018-05'), event('a-month', '2018-05'), event('y', '2017'), event('late', '2018-04', { part: 'late' }), event('x', '2018-04-15')] }),
    );
    expect(events.map((e) => e.id)).toEqual(['y', 'x', 'late', 'z-day', 'a-month', 'b-month']);
  });

  test('actors, themes and disputes are sorted by id; readings keep their order with located citations', () => {
    const chronology = buildChronology(
      input({
        actors: [
          { id: 'zed', file: 'z.md', data: { name: 'Zed', kind: 'person', role: 'r', aliases: [], citations: [{ source: 'a-source', quote: 'Only one.', provenance: { kind: 'outlet' as const } }] } },
          { id: 'amy', file: 'a.md', data: { name: 'Amy', kind: 'person', role: 'r', aliases: ['A'], partOf: undefined, citations: [{ source: 'b-source', quote: 'Third.', provenance: { kind: 'outlet' as const } }] } },
        ] as ChronologyInput['actors'],
        themes: [
          { id: 't2', file: 't2.md', data: { title: 'T2', description: 'd' } },
          { id: 't1', file: 't1.md', data: { title: 'T1', description: 'd' } },
        ],
        disputes: [
          {
            id: 'q',
            file: 'q.md',
            data: {
              question: 'How many?',
              note: 'n',
              questions: ['Which count is right?', 'Why might they differ?'],
              events: ['e'],
              readings: [
                { reading: 'Three', citations: [{ source: 'b-source', quote: 'Third.', provenance: { kind: 'outlet' as const } }] },
                { reading: 'One', citations: [{ source: 'a-source', quote: 'Only one.', provenance: { kind: 'outlet' as const } }] },
              ],
            },
          },
        ],
      }),
    );
    expect(chronology.actors.map((a) => a.id)).toEqual(['amy', 'zed']);
    expect(chronology.actors[0]).toEqual({ id: 'amy', name: 'Amy', kind: 'person', role: 'r', aliases: ['A'], citations: [{ source: 'b-source', quote: 'Third.', paragraph: 3, url: 'https://b.example/', provenance: { kind: 'outlet' } }] });
    expect(chronology.themes.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(chronology.disputes[0]!.readings).toEqual([
      { reading: 'Three', citations: [{ source: 'b-source', quote: 'Third.', paragraph: 3, url: 'https://b.example/', provenance: { kind: 'outlet' } }] },
      { reading: 'One', citations: [{ source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/', provenance: { kind: 'outlet' } }] },
    ]);
  });

  test('periods get their bounds and label and are sorted by start, then id', () => {
    const citations = [{ source: 'a-source', quote: 'Only one.', provenance: { kind: 'outlet' as const } }];
    const { periods } = buildChronology(
      input({
        periods: [
          { id: 'b', file: 'b.md', data: { title: 'B', date: '2017-07/2017-11', citations } },
          { id: 'c', file: 'c.md', data: { title: 'C', date: '2017-03/2017-04', dateNote: undefined, citations } },
          { id: 'a', file: 'a.md', data: { title: 'A', date: '2017-07/2018-01', citations } },
        ] as ChronologyInput['periods'],
      }),
    );
    expect(periods.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(periods[0]).toEqual({ id: 'c', title: 'C', date: '2017-03/2017-04', start: '2017-03-01', end: '2017-04-30', label: 'March–April 2017', citations: [{ source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/', provenance: { kind: 'outlet' } }] });
  });

  test('an unverified quote, source or date is a programming error that names it', () => {
    expect(() => buildChronology(input({ events: [event('e', '2018', { citations: [{ source: 'b-source', quote: 'not there', provenance: { kind: 'outlet' as const } }] })] }))).toThrow('unverified citation of "b-source": not there');
    expect(() => buildChronology(input({ events: [event('e', '2018', { citations: [{ source: 'nope', quote: 'Third.', provenance: { kind: 'outlet' as const } }] })] }))).toThrow('unverified citation of "nope"');
    expect(() => buildChronology(input({ events: [event('e', '2018', { citations: [{ source: 'b-source', quote: '  ', provenance: { kind: 'outlet' as const } }] })] }))).toThrow('unverified citation');
    expect(() => buildChronology(input({ events: [event('e', 'May 2018')] }))).toThrow('unverified date "May 2018"');
  });
});

describe('citedSources', () => {
  test('each source once, in the order first cited', () => {
    expect(citedSources([{ source: 'b' }, { source: 'a' }, { source: 'b' }, { source: 'c' }])).toEqual(['b', 'a', 'c']);
    expect(citedSources([])).toEqual([]);
  });
});
