// spanishPairs: every English text of a story beside its Spanish one (or the lack of one), with the
// field each stands in; the one walk the Spanish rules share.
import { describe, expect, test } from 'vitest';
import { prepareIndex, type ContentInput } from '../../src/lib/rules/content-index.ts';
import { spanishPairs, type TextPair } from '../../src/lib/rules/spanish-pairs.ts';

const cite = (quote: string, es?: string) => ({ source: 's', quote, ...(es === undefined ? {} : { es }) });

/** A story with nothing to translate: one source, no entries. */
function story(overrides: Record<string, unknown> = {}): ContentInput {
  return {
    sources: [{ id: 's', file: 'content/sources/s.md', data: { published: '2020-03-10', body: 'Body.' } }],
    events: [], actors: [], themes: [], disputes: [], periods: [],
    ...overrides,
  } as unknown as ContentInput;
}

const pairsOf = (overrides: Record<string, unknown>) => spanishPairs(prepareIndex(story(overrides)));

/** A pair as the walk gives it: `spanish` is always there, undefined when the Spanish is missing. */
const pair = (file: string, field: string, englishField: string, english: string | undefined, spanish: string | undefined, extra: Partial<TextPair> = {}): TextPair =>
  ({ file, field, englishField, english, spanish, ...extra });

const SITE_FIELDS = ['title', 'tagline', 'description', 'aboutAttribution', 'aboutWeekday', 'aboutDisputes', 'disputesExercise'];

describe('spanishPairs', () => {
  test('a story with no entries and no site has nothing to translate', () => {
    expect(pairsOf({})).toStrictEqual([]);
  });

  test('one entry of each kind, Spanish partly missing: every pair in order, events to site', () => {
    const E = 'content/events/e.md';
    const A = 'content/actors/a.md';
    const T = 'content/themes/t.md';
    const C = 'content/chapters/c.md';
    const P = 'content/periods/p.md';
    const D = 'content/disputes/d.md';
    const G = 'content/glossary/g.md';
    const S = 'content/site.md';
    const pairs = pairsOf({
      events: [{ id: 'e', file: E, data: { title: 'Event title', summary: 'Event summary.', date: '2020', dateNote: 'Event note.', actors: [], tags: [], citations: [cite('Quote one', 'Cita uno'), cite('Quote two')], es: { title: 'Título' } } }],
      actors: [{ id: 'a', file: A, data: { name: 'Office of Things', role: 'An office.', citations: [cite('Actor quote')], es: { name: 'Oficina de Cosas', role: 'Una oficina.' } } }],
      themes: [{ id: 't', file: T, data: { title: 'Theme', description: 'About it.' } }],
      chapters: [{ id: 'c', file: C, data: { title: 'Chapter', intro: 'Intro.', date: '2020', dateNote: 'Chapter note.', citations: [cite('Chapter quote')], es: { intro: 'Introducción.' } } }],
      periods: [{ id: 'p', file: P, data: { title: 'Period', date: '2020', dateNote: 'Period note.', citations: [cite('Period quote', 'Cita del periodo')], es: { title: 'Periodo', dateNote: 'Nota del periodo.' } } }],
      disputes: [{
        id: 'd', file: D,
        data: {
          question: 'How many?', note: 'A note.', events: [], questions: ['Which?', 'Why?'],
          readings: [{ reading: 'Three', citations: [cite('Reading quote', 'Cita de lectura')] }, { reading: 'One', citations: [cite('Other quote')] }],
          es: { question: '¿Cuántos?', readings: ['Tres'], questions: ['¿Cuál?'] },
        },
      }],
      glossary: [{ id: 'g', file: G, data: { term: 'OT', forms: [], expansion: 'Office of Things', expansionNote: 'Not in the articles.', explanation: 'An office.', citations: [cite('Usage')], es: { expansion: 'Oficina de Cosas (Office of Things)', explanation: 'Una oficina.' } } }],
      site: { id: 'site', file: S, data: { body: 'The introduction.', site: { ...Object.fromEntries(SITE_FIELDS.map((f) => [f, `Site ${f}`])), es: { title: 'Sitio', intro: 'La introducción.' } } } },
    });
    expect(pairs).toStrictEqual([
      pair(E, 'es.title', 'title', 'Event title', 'Título'),
      pair(E, 'es.summary', 'summary', 'Event summary.', undefined),
      pair(E, 'es.dateNote', 'dateNote', 'Event note.', undefined),
      pair(E, 'citations[0].es', 'citations[0].quote', 'Quote one', 'Cita uno', { quote: true }),
      pair(E, 'citations[1].es', 'citations[1].quote', 'Quote two', undefined, { quote: true }),
      pair(A, 'es.role', 'role', 'An office.', 'Una oficina.'),
      pair(A, 'es.name', 'name', 'Office of Things', 'Oficina de Cosas', { definesNames: true }),
      pair(A, 'citations[0].es', 'citations[0].quote', 'Actor quote', undefined, { quote: true }),
      pair(T, 'es.title', 'title', 'Theme', undefined),
      pair(T, 'es.description', 'description', 'About it.', undefined),
      pair(C, 'es.title', 'title', 'Chapter', undefined),
      pair(C, 'es.intro', 'intro', 'Intro.', 'Introducción.'),
      pair(C, 'es.dateNote', 'dateNote', 'Chapter note.', undefined),
      pair(C, 'citations[0].es', 'citations[0].quote', 'Chapter quote', undefined, { quote: true }),
      pair(P, 'es.title', 'title', 'Period', 'Periodo'),
      pair(P, 'es.dateNote', 'dateNote', 'Period note.', 'Nota del periodo.'),
      pair(P, 'citations[0].es', 'citations[0].quote', 'Period quote', 'Cita del periodo', { quote: true }),
      pair(D, 'es.question', 'question', 'How many?', '¿Cuántos?'),
      pair(D, 'es.note', 'note', 'A note.', undefined),
      pair(D, 'es.readings[0]', 'readings[0].reading', 'Three', 'Tres'),
      pair(D, 'es.readings[1]', 'readings[1].reading', 'One', undefined),
      pair(D, 'es.questions[0]', 'questions[0]', 'Which?', '¿Cuál?'),
      pair(D, 'es.questions[1]', 'questions[1]', 'Why?', undefined),
      pair(D, 'readings[0].citations[0].es', 'readings[0].citations[0].quote', 'Reading quote', 'Cita de lectura', { quote: true }),
      pair(D, 'readings[1].citations[0].es', 'readings[1].citations[0].quote', 'Other quote', undefined, { quote: true }),
      pair(G, 'es.expansion', 'expansion', 'Office of Things', 'Oficina de Cosas (Office of Things)', { definesNames: true }),
      pair(G, 'es.expansionNote', 'expansionNote', 'Not in the articles.', undefined),
      pair(G, 'es.explanation', 'explanation', 'An office.', 'Una oficina.'),
      pair(G, 'citations[0].es', 'citations[0].quote', 'Usage', undefined, { quote: true }),
      pair(S, 'es.title', 'title', 'Site title', 'Sitio'),
      ...SITE_FIELDS.slice(1).map((f) => pair(S, `es.${f}`, f, `Site ${f}`, undefined)),
      pair(S, 'es.intro', '(body)', 'The introduction.', 'La introducción.'),
    ]);
  });

  // An English field left out: a pair only when the field may be left out (a date note, a glossary
  // expansion, a site text) and the Spanish has it anyway, so the rules can name the orphan.
  test.each([
    ['event dateNote', { events: [{ id: 'e', file: 'e.md', data: { title: 'T', summary: 'S', date: '2020', actors: [], tags: [], citations: [], es: { title: 'T', summary: 'S', dateNote: 'Nota.' } } }] }, [
      pair('e.md', 'es.title', 'title', 'T', 'T'), pair('e.md', 'es.summary', 'summary', 'S', 'S'), pair('e.md', 'es.dateNote', 'dateNote', undefined, 'Nota.'),
    ]],
    ['chapter dateNote', { chapters: [{ id: 'c', file: 'c.md', data: { title: 'T', intro: 'I', date: '2020', citations: [], es: { title: 'T', intro: 'I', dateNote: 'Nota.' } } }] }, [
      pair('c.md', 'es.title', 'title', 'T', 'T'), pair('c.md', 'es.intro', 'intro', 'I', 'I'), pair('c.md', 'es.dateNote', 'dateNote', undefined, 'Nota.'),
    ]],
    ['period dateNote', { periods: [{ id: 'p', file: 'p.md', data: { title: 'T', date: '2020', citations: [], es: { title: 'T', dateNote: 'Nota.' } } }] }, [
      pair('p.md', 'es.title', 'title', 'T', 'T'), pair('p.md', 'es.dateNote', 'dateNote', undefined, 'Nota.'),
    ]],
    ['glossary expansion and expansionNote', { glossary: [{ id: 'g', file: 'g.md', data: { term: 'X', forms: [], explanation: 'E', citations: [], es: { expansion: 'Equis', expansionNote: 'Nota.', explanation: 'E' } } }] }, [
      pair('g.md', 'es.expansion', 'expansion', undefined, 'Equis', { definesNames: true }),
      pair('g.md', 'es.expansionNote', 'expansionNote', undefined, 'Nota.'),
      pair('g.md', 'es.explanation', 'explanation', 'E', 'E'),
    ]],
    ['site tagline', { site: { id: 'site', file: 'site.md', data: { body: 'B', site: { es: { tagline: 'Lema' } } } } }, [
      pair('site.md', 'es.tagline', 'tagline', undefined, 'Lema'),
      pair('site.md', 'es.intro', '(body)', 'B', undefined),
    ]],
  ])('a Spanish %s with no English one is an orphan pair', (_kind, overrides, expected) => {
    expect(pairsOf(overrides)).toStrictEqual(expected);
  });

  test.each([
    ['a date note neither language has', { events: [{ id: 'e', file: 'e.md', data: { title: 'T', summary: 'S', date: '2020', actors: [], tags: [], citations: [], es: { title: 'T', summary: 'S' } } }] }, [
      pair('e.md', 'es.title', 'title', 'T', 'T'),
      pair('e.md', 'es.summary', 'summary', 'S', 'S'),
    ]],
    // A required field: its absence is the schema's to report, not a Spanish orphan.
    ['a Spanish role whose actor has none', { actors: [{ id: 'a', file: 'a.md', data: { name: 'Ann', citations: [], es: { role: 'Papel' } } }] }, []],
    ['a Spanish description whose theme has none', { themes: [{ id: 't', file: 't.md', data: { title: 'T', es: { title: 'T', description: 'D' } } }] }, [pair('t.md', 'es.title', 'title', 'T', 'T')]],
    ['a Spanish note whose dispute has none', { disputes: [{ id: 'd', file: 'd.md', data: { question: 'Q', events: [], readings: [], es: { question: 'P', note: 'N' } } }] }, [pair('d.md', 'es.question', 'question', 'Q', 'P')]],
  ])('no pair for %s', (_kind, overrides, expected) => {
    expect(pairsOf(overrides)).toStrictEqual(expected);
  });

  test('entries with no Spanish block at all: every text is a pair with no Spanish, and an actor has no name pair', () => {
    expect(pairsOf({
      actors: [{ id: 'a', file: 'a.md', data: { name: 'Ann', role: 'R', citations: [] } }],
      themes: [{ id: 't', file: 't.md', data: { title: 'T', description: 'D' } }],
      disputes: [{ id: 'd', file: 'd.md', data: { question: 'Q', events: [], questions: ['W?'], readings: [{ reading: 'R', citations: [cite('q')] }] } }],
      site: { id: 'site', file: 'site.md', data: { body: 'B', site: { title: 'Site' } } },
    })).toStrictEqual([
      pair('a.md', 'es.role', 'role', 'R', undefined),
      pair('t.md', 'es.title', 'title', 'T', undefined),
      pair('t.md', 'es.description', 'description', 'D', undefined),
      pair('d.md', 'es.question', 'question', 'Q', undefined),
      pair('d.md', 'es.readings[0]', 'readings[0].reading', 'R', undefined),
      pair('d.md', 'es.questions[0]', 'questions[0]', 'W?', undefined),
      pair('d.md', 'readings[0].citations[0].es', 'readings[0].citations[0].quote', 'q', undefined, { quote: true }),
      pair('site.md', 'es.title', 'title', 'Site', undefined),
      pair('site.md', 'es.intro', '(body)', 'B', undefined),
    ]);
  });

  test('an actor with a Spanish block but no es.name has no name pair', () => {
    expect(pairsOf({ actors: [{ id: 'a', file: 'a.md', data: { name: 'Ann', role: 'R', citations: [], es: { role: 'P' } } }] }))
      .toStrictEqual([pair('a.md', 'es.role', 'role', 'R', 'P')]);
  });

  test('a dispute with no questions: only its question, readings and their quotes', () => {
    expect(pairsOf({ disputes: [{ id: 'd', file: 'd.md', data: { question: 'Q', events: [], readings: [{ reading: 'R', citations: [] }], es: { question: 'P', readings: ['L'] } } }] }))
      .toStrictEqual([pair('d.md', 'es.question', 'question', 'Q', 'P'), pair('d.md', 'es.readings[0]', 'readings[0].reading', 'R', 'L')]);
  });

  test('a glossary entry read without a citations list has no quote pairs', () => {
    expect(pairsOf({ glossary: [{ id: 'g', file: 'g.md', data: { term: 'X', forms: [], explanation: 'E' } }] }))
      .toStrictEqual([pair('g.md', 'es.explanation', 'explanation', 'E', undefined)]);
  });

  test('a site read without its fields (site.md with no frontmatter fields) has no pairs', () => {
    expect(pairsOf({ site: { id: 'site', file: 'site.md', data: { body: 'B' } } })).toStrictEqual([]);
  });

  test('a field that is not text counts as missing, in English and in Spanish', () => {
    expect(pairsOf({ themes: [{ id: 't', file: 't.md', data: { title: ['T'], description: 'D', es: { description: 7 } } }] }))
      .toStrictEqual([pair('t.md', 'es.description', 'description', 'D', undefined)]);
  });
});
