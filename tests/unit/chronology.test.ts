// buildChronology: verified entries in, the records every page and data file uses out.
import { describe, expect, test } from 'vitest';
import { buildChronology, citedSources, type ChronologyInput } from '../../src/lib/chronology.ts';
import { parseEventDate } from '../../src/lib/dates.ts';
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

const OUTLET = { kind: 'outlet' as const };
/** The one citation most entries below carry, and its record: "Only one." is a-source's one paragraph. */
const ONLY = { source: 'a-source', quote: 'Only one.', provenance: OUTLET };
const ONLY_RECORD = { source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/', provenance: { kind: 'outlet' } };
const THIRD_RECORD = { source: 'b-source', quote: 'Third.', paragraph: 3, url: 'https://b.example/', provenance: { kind: 'outlet' } };

function parsed(text: string, part?: 'early' | 'mid' | 'late') {
  const result = parseEventDate(text, part);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe('buildChronology: event records', () => {
  test('every field of a full event, its Spanish block left out', () => {
    const { events } = buildChronology(input({
      events: [event('e', '2018-04', {
        part: 'early', dateNote: 'Counted back.', key: true, formerIds: ['e-old'], actors: ['amy'], tags: ['t1'],
        corrections: [{ date: '2026-12-01', was: 'Was one.', now: 'Now one.' }, { date: '2026-12-02', was: 'Was two.', now: 'Now two.' }],
        es: { title: 'Título', summary: 'Resumen.' },
      } as Partial<EventData>)],
    }));
    expect(events).toStrictEqual([{
      id: 'e', title: 'Title e', summary: 'Summary e.', date: '2018-04',
      start: '2018-04-01', end: '2018-04-30', precision: 'month', approximate: false, label: 'early April 2018', when: parsed('2018-04', 'early'),
      sources: ['b-source'], actors: ['amy'], tags: ['t1'], url: '/events/e/', citations: [THIRD_RECORD],
      corrections: [{ date: '2026-12-01', was: 'Was one.', now: 'Now one.' }, { date: '2026-12-02', was: 'Was two.', now: 'Now two.' }],
      part: 'early', dateNote: 'Counted back.', key: true, formerIds: ['e-old'],
    }]);
  });

  test.each([
    ['none of them', {}],
    ['key: false and no former ids', { key: false, formerIds: [] }],
    ['no corrections list at all', { corrections: undefined }],
  ])('an event with %s has no optional keys and an empty corrections list', (_case, extra) => {
    const [record] = buildChronology(input({ events: [event('e', '2018', extra as Partial<EventData>)] })).events;
    expect(record).toStrictEqual({
      id: 'e', title: 'Title e', summary: 'Summary e.', date: '2018',
      start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: false, label: '2018', when: parsed('2018'),
      sources: ['b-source'], actors: [], tags: [], url: '/events/e/', citations: [THIRD_RECORD], corrections: [],
    });
  });

  test('a citation’s provenance keeps only the fields given', () => {
    const [record] = buildChronology(input({
      events: [event('e', '2018', { citations: [{ source: 'a-source', quote: 'Only one.', provenance: { kind: 'person', by: 'amy', via: undefined } }] } as Partial<EventData>)],
    })).events;
    expect(record!.citations).toStrictEqual([{ ...ONLY_RECORD, provenance: { kind: 'person', by: 'amy' } }]);
  });

  test('an event of unknown date is a programming error that quotes the parser', () => {
    expect(() => buildChronology(input({ events: [event('e', 'May 2018')] }))).toThrow(new Error(`unverified date "May 2018": ${(parseEventDate('May 2018') as { message: string }).message}`));
  });

  test('a quote that is not in its source names the source and the quote, and nothing else', () => {
    expect(() => buildChronology(input({ events: [event('e', '2018', { citations: [{ source: 'b-source', quote: 'not there', provenance: OUTLET }] })] })))
      .toThrow(new Error('unverified citation of "b-source": not there'));
    expect(() => buildChronology(input({ events: [event('e', '2018', { citations: [{ source: 'nope', quote: 'Only one.', provenance: OUTLET }] })] })))
      .toThrow(new Error('unverified citation of "nope": Only one.'));
  });
});

describe('buildChronology: the other collections', () => {
  test('an actor record: Spanish block and undefined fields left out', () => {
    const { actors } = buildChronology(input({
      actors: [{ id: 'amy', file: 'a.md', data: { name: 'Amy', kind: 'person', role: 'r', aliases: [], partOf: undefined, citations: [ONLY], es: { name: 'Ami', role: 'p' } } }] as ChronologyInput['actors'],
    }));
    expect(actors).toStrictEqual([{ id: 'amy', name: 'Amy', kind: 'person', role: 'r', aliases: [], citations: [ONLY_RECORD] }]);
  });

  test('disputes are sorted by id', () => {
    const dispute = (id: string): ChronologyInput['disputes'][number] => ({ id, file: `${id}.md`, data: { question: `${id}?`, note: 'n', questions: [], events: [], readings: [] } });
    const { disputes } = buildChronology(input({ disputes: [dispute('z'), dispute('b'), dispute('m')] }));
    expect(disputes.map((d) => d.id)).toEqual(['b', 'm', 'z']);
  });

  test('a theme and a dispute record: their Spanish blocks left out', () => {
    const chronology = buildChronology(input({
      themes: [{ id: 't', file: 't.md', data: { title: 'T', description: 'd', es: { title: 'T es', description: 'd es' } } }] as ChronologyInput['themes'],
      disputes: [{
        id: 'q', file: 'q.md',
        data: { question: 'How many?', note: 'n', questions: ['Which?'], events: ['e'], readings: [{ reading: 'One', citations: [ONLY] }], es: { question: '¿Cuántos?', readings: ['Uno'] } },
      }] as ChronologyInput['disputes'],
    }));
    expect(chronology.themes).toStrictEqual([{ id: 't', title: 'T', description: 'd' }]);
    expect(chronology.disputes).toStrictEqual([{ id: 'q', question: 'How many?', note: 'n', questions: ['Which?'], events: ['e'], readings: [{ reading: 'One', citations: [ONLY_RECORD] }] }]);
  });

  test('periods with the same start are ordered by id; a period’s Spanish block and undefined fields are left out', () => {
    const { periods } = buildChronology(input({
      periods: [
        { id: 'z', file: 'z.md', data: { title: 'Z', date: '2017-07/2017-08', citations: [ONLY] } },
        { id: 'y', file: 'y.md', data: { title: 'Y', date: '2017-07/2017-09', dateNote: 'Noted.', citations: [ONLY], es: { title: 'Y es' } } },
        { id: 'x', file: 'x.md', data: { title: 'X', date: '2018', dateNote: undefined, citations: [ONLY] } },
      ] as ChronologyInput['periods'],
    }));
    expect(periods.map((p) => p.id)).toEqual(['y', 'z', 'x']);
    expect(periods[0]).toStrictEqual({ id: 'y', title: 'Y', date: '2017-07/2017-09', dateNote: 'Noted.', start: '2017-07-01', end: '2017-09-30', label: 'July–September 2017', citations: [ONLY_RECORD] });
    expect(periods[2]).toStrictEqual({ id: 'x', title: 'X', date: '2018', start: '2018-01-01', end: '2018-12-31', label: '2018', citations: [ONLY_RECORD] });
  });

  test('chapters are ordered by end, then start, then id; a chapter record has its bounds, label and located citations', () => {
    const chapter = (id: string, date: string) => ({ id, file: `${id}.md`, data: { title: id.toUpperCase(), intro: 'i', date, citations: [ONLY] } });
    const { chapters } = buildChronology(input({
      chapters: [
        chapter('late-end', '2017-01/2019-06'),
        chapter('b-same', '2018-01/2018-06'),
        chapter('a-same', '2018-01/2018-06'),
        chapter('later-start', '2018-03/2018-06'),
        chapter('early-end', '2018-02/2018-03'),
      ] as NonNullable<ChronologyInput['chapters']>,
    }));
    expect(chapters!.map((c) => c.id)).toEqual(['early-end', 'a-same', 'b-same', 'later-start', 'late-end']);
    expect(chapters![0]).toStrictEqual({ id: 'early-end', title: 'EARLY-END', intro: 'i', date: '2018-02/2018-03', start: '2018-02-01', end: '2018-03-31', label: 'February–March 2018', citations: [ONLY_RECORD] });
  });

  test('a story with no chapters and no glossary has empty lists of both', () => {
    const chronology = buildChronology(input());
    expect(chronology.chapters).toStrictEqual([]);
    expect(chronology.glossary).toStrictEqual([]);
  });

  test('a period or chapter of unknown date is a programming error', () => {
    expect(() => buildChronology(input({ periods: [{ id: 'p', file: 'p.md', data: { title: 'P', date: 'soon', citations: [ONLY] } }] as ChronologyInput['periods'] })))
      .toThrow('unverified date "soon": ');
    expect(() => buildChronology(input({ chapters: [{ id: 'c', file: 'c.md', data: { title: 'C', intro: 'i', date: 'soon', citations: [ONLY] } }] as NonNullable<ChronologyInput['chapters']> })))
      .toThrow('unverified date "soon": ');
  });

  test('the glossary is ordered by term whatever its case, then id; a usage keeps its provenance only when given', () => {
    const term = (id: string, t: string, extra: object = {}) => ({ id, file: `${id}.md`, data: { term: t, forms: [], explanation: 'x', citations: [{ source: 'a-source', quote: 'Only one.' }], ...extra } });
    const { glossary } = buildChronology(input({
      glossary: [
        // Ids in another order than the terms, so that the terms decide.
        term('a-usao', 'usao'),
        term('cbp', 'CBP'),
        // One term in two cases: the same term, so the ids decide (a case-sensitive order puts "orr" first).
        term('orr-a', 'ORR'),
        term('orr-b', 'orr'),
        term('asylum', 'asylum', {
          expansion: undefined, es: { explanation: 'y' },
          citations: [{ source: 'b-source', quote: 'Third.', provenance: { kind: 'person', by: 'amy', via: undefined } }, { source: 'a-source', quote: 'Only one.', provenance: undefined }],
        }),
      ] as NonNullable<ChronologyInput['glossary']>,
    }));
    expect(glossary!.map((g) => g.id)).toEqual(['asylum', 'cbp', 'orr-a', 'orr-b', 'a-usao']);
    expect(glossary![0]).toStrictEqual({
      id: 'asylum', term: 'asylum', forms: [], explanation: 'x',
      citations: [
        { source: 'b-source', quote: 'Third.', paragraph: 3, url: 'https://b.example/', provenance: { kind: 'person', by: 'amy' } },
        { source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/' },
      ],
    });
    expect(glossary![1]!.citations).toStrictEqual([{ source: 'a-source', quote: 'Only one.', paragraph: 1, url: 'https://a.example/' }]);
  });

  test('a glossary usage whose words are not in the source is a programming error', () => {
    expect(() => buildChronology(input({ glossary: [{ id: 'g', file: 'g.md', data: { term: 'G', forms: [], explanation: 'x', citations: [{ source: 'a-source', quote: 'Not here.' }] } }] as NonNullable<ChronologyInput['glossary']> })))
      .toThrow(new Error('unverified citation of "a-source": Not here.'));
  });
});
