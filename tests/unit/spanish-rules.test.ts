// The Spanish content rules on small in-memory stories: figures, names, pairing, the translation files.
import { describe, expect, test } from 'vitest';
import { prepareIndex, type BrokenIds } from '../../src/lib/rules/content-index.ts';
import {
  isCognate, namesIn, numbersIn, spanishAddsNothing, spanishTextPresent, translationParagraphsMatch, translationSourceExists,
} from '../../src/lib/rules/spanish.ts';
import { findContentProblems, type ContentInput } from '../../src/lib/verify.ts';

describe('numbersIn', () => {
  test.each([
    ['más de 3000 niños', ['3000']],
    ['more than 3,000 children', ['3000']],
    ['26 000 personas y 3.000 más', ['26000', '3000']],
    ['el 14 de enero de 2021', ['14', '2021']],
    ['Jan. 14, 2021', ['14', '2021']],
    ['en 2018 3000 niños', ['2018', '3000']],
    ['sin cifras', []],
    // No-break and narrow no-break spaces separate thousands too.
    ['26\u00a0000 y 26\u202f000', ['26000', '26000']],
    // A separator counts only before exactly three digits: "1,2345" is 1 and 2345, not 1234 and 5.
    ['1,2345 y 1,23', ['1', '2345', '1', '23']],
    ['1.000.000 de pesos', ['1000000']],
  ])('%s', (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers);
  });
});

describe('namesIn', () => {
  test.each([
    ['Según el informe, Sessions impulsó la política.', ['Sessions']],
    ['Dijo: “Tenemos que actuar”. Luego se fue.', []],
    ['WASHINGTON – El informe concluye', []],
    ['en Washington – El informe', ['Washington']],
    ['el gobierno de Trump y la Casa Blanca', ['Trump', 'Casa', 'Blanca']],
    ['¿Quién lo sabía? Nadie.', []],
    // After each mark that ends a sentence or opens a quote, a capital starts a sentence.
    ['uno. Dos! Tres? Cuatro… Cinco: Seis “Siete "Ocho ‘Nueve «Diez', []],
    ['uno — Dos -- Tres', []],
    // Brackets and opening marks between the end and the word are passed over.
    ['uno. (Dos. ¡Tres! [Cuatro? ¿Cinco', []],
    ['uno (Dos ¡Tres', ['Dos', 'Tres']],
    // A comma or a dash written against the word ends nothing.
    ['uno, Dos y–Tres', ['Dos', 'Tres']],
    // The first word of the text, after nothing but spaces and brackets, starts it.
    ['  (Hola', []],
    // Only the 24 characters before a word are read: spaces after a word are not a text's start…
    [`x${' '.repeat(30)}Trump`, ['Trump']],
    // …nor is a lone dash at the edge of those 24 characters a dateline's.
    [`dijo Washington –${' '.repeat(23)}El`, ['Washington', 'El']],
    ['– El informe', []],
    // What ends a sentence must end the text before the word, not stand somewhere in it.
    ['Dijo: que vino Trump', ['Trump']],
    // A dateline's dash far into a text still starts the sentence after it.
    ['La nota fechada en Washington – El informe', ['Washington']],
    // At the window's edge only a lone dash is in doubt: a full stop there, or a dash that opens a longer stretch, still ends a sentence.
    [`dijo algo.${' '.repeat(23)}El`, []],
    [`en Washington ${'– dijo y se fue.'.padEnd(24)}Luego`, ['Washington']],
    ['Ésta es Ánfora y Élite', ['Ánfora', 'Élite']],
  ])('%s', (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });
});

describe('isCognate', () => {
  test.each([
    ['México', 'Mexico', true],
    ['Comité', 'Committee', true],
    ['Centroamérica', 'Central', true],
    ['NO', 'NOT', true],
    ['Obama', 'Office', false],
    ['Trump', 'Trust', false],
    ['Reuters', 'Rosenstein', false],
    // The same first five letters, however the rest differs.
    ['abcde', 'abcdeqrstuv', true],
    ['abcdeqrstuv', 'abcde', true],
    ['abcdx', 'abcdeqrstuv', false],
    // Otherwise up to a third of the longer name's letters, rounded down, may differ.
    ['abcd', 'abce', true],
    ['abcd', 'abxy', false],
    ['abcdef', 'abcdxy', true],
    ['abcdef', 'abxyzf', false],
  ])('%s ~ %s: %s', (spanish, english, same) => {
    expect(isCognate(spanish, english)).toBe(same);
  });
});

function story(overrides: Partial<ContentInput> = {}): ContentInput {
  return {
    sources: [{ id: 's-2020', file: 'content/sources/s-2020.md', data: { published: '2020-03-10', body: 'Ann met Bob on March 9, 2020.\n\nThey spoke.' } }],
    events: [{
      id: '2020-03-09-meeting', file: 'content/events/2020-03-09-meeting.md',
      data: {
        title: 'Ann meets Bob', date: '2020-03-09', actors: [], tags: [],
        citations: [{ source: 's-2020', quote: 'Ann met Bob on March 9, 2020', es: 'Ann se reunió con Bob el 9 de marzo de 2020' }],
        es: { title: 'Ann se reúne con Bob' },
      } as unknown as ContentInput['events'][number]['data'],
    }],
    actors: [], themes: [], disputes: [], periods: [],
    translations: [{ id: 'es/sources/s-2020', file: 'content/translations/es/sources/s-2020.md', data: { source: 's-2020', locale: 'es', body: 'Ann se reunió con Bob el 9 de marzo de 2020.\n\nHablaron.' } }],
    ...overrides,
  };
}

const spanishProblems = (content: ContentInput) =>
  findContentProblems(content).filter((p) => p.rule?.startsWith('spanish') || p.rule?.startsWith('translation')).map((p) => `${p.file} ${p.field} ${p.rule}`);

describe('the Spanish rules', () => {
  test('a story with its Spanish passes', () => {
    expect(spanishProblems(story())).toEqual([]);
  });
  test('a source with no translation file is named by the file to create', () => {
    expect(spanishProblems(story({ translations: [] }))).toEqual(['content/translations/es/sources/s-2020.md (file) spanish-text-present']);
  });
  test('a Spanish date note with no English one, and a misnamed translation file', () => {
    const base = story();
    const event = base.events[0]!;
    const problems = spanishProblems(story({
      events: [{ ...event, data: { ...event.data, es: { title: 'Ann se reúne con Bob', dateNote: 'Una nota.' } } as typeof event.data }],
      translations: [{ ...base.translations![0]!, file: 'content/translations/es/sources/s-2021.md' }],
    }));
    expect(problems).toEqual([
      'content/events/2020-03-09-meeting.md es.dateNote spanish-text-present',
      'content/translations/es/sources/s-2021.md source translation-source-exists',
    ]);
  });
  test('a source note with no Spanish, and a Spanish note the source lacks', () => {
    const base = story();
    const source = base.sources[0]!;
    expect(spanishProblems(story({ sources: [{ ...source, data: { ...source.data, note: 'Our note.' } as typeof source.data }] })))
      .toEqual(['content/translations/es/sources/s-2020.md note translation-paragraphs-match']);
    expect(spanishProblems(story({ translations: [{ ...base.translations![0]!, data: { ...base.translations![0]!.data, publishedNote: 'Una nota.' } }] })))
      .toEqual(['content/translations/es/sources/s-2020.md publishedNote translation-paragraphs-match']);
  });
  test('a glossary expansion in Spanish ends with the English name in parentheses', () => {
    const entry = (es: string) => ({
      id: 'orr', file: 'content/glossary/orr.md',
      data: { term: 'ORR', forms: [], expansion: 'Office of Refugee Resettlement', explanation: 'An office.', citations: [], es: { expansion: es, explanation: 'Una oficina.' } },
    });
    const problems = (es: string) => spanishProblems(story({ glossary: [entry(es)] as unknown as ContentInput['glossary'] }));
    expect(problems('Oficina de Reasentamiento de Refugiados (Office of Refugee Resettlement)')).toEqual([]);
    expect(problems('Oficina de Reasentamiento de Refugiados')).toEqual(['content/glossary/orr.md es.expansion spanish-text-present']);
  });
  test('a paragraph translation that adds a year is named by its paragraph', () => {
    const base = story();
    const problems = spanishProblems(story({ translations: [{ ...base.translations![0]!, data: { ...base.translations![0]!.data, body: 'Ann se reunió con Bob el 9 de marzo de 2020.\n\nHablaron en 2019.' } }] }));
    expect(problems).toEqual(['content/translations/es/sources/s-2020.md (body) paragraph 2 spanish-adds-nothing']);
  });
});

const SEE = 'see “The Spanish edition” in README.md';
const EVENT = 'content/events/2020-03-09-meeting.md';
const TRANSLATION = 'content/translations/es/sources/s-2020.md';

/** The story with its one event's data changed. */
function withEvent(data: Record<string, unknown>, overrides: Partial<ContentInput> = {}): ContentInput {
  const base = story();
  const event = base.events[0]!;
  return story({ events: [{ ...event, data: { ...event.data, ...data } as typeof event.data }], ...overrides });
}

/** The story with its one translation's data changed. */
function withTranslation(data: Record<string, unknown>, file = TRANSLATION): ContentInput {
  const t = story().translations![0]!;
  return story({ translations: [{ ...t, file, data: { ...t.data, ...data } }] });
}

const index = (content: ContentInput, broken: BrokenIds = {}) => prepareIndex(content, broken);

/** A second source, listed first, with notes of its own, so that each translation's notes must be its own source's. */
const OTHER_SOURCE = {
  id: 'a-2019', file: 'content/sources/a-2019.md',
  data: { published: '2019-01-01', publishedNote: 'Other note, 2019.', body: 'Other.' },
} as ContentInput['sources'][number];

describe('spanishTextPresent', () => {
  test.each([
    ['a Spanish text with no English one', withEvent({ es: { title: 'Ann se reúne con Bob', dateNote: 'Una nota.' } }), [
      { file: EVENT, field: 'es.dateNote', message: 'translates a dateNote the English does not have', fix: 'remove es.dateNote, or write dateNote in English first' },
    ]],
    ['an English text with no Spanish one', withEvent({ summary: 'They met.' }), [
      { file: EVENT, field: 'es.summary', message: 'has no Spanish text (the English summary is "They met.")', fix: `write it in Spanish as es.summary; ${SEE}` },
    ]],
    ['a quote with no Spanish translation', withEvent({ citations: [{ source: 's-2020', quote: 'Ann met Bob' }] }), [
      { file: EVENT, field: 'citations[0].es', message: 'has no Spanish translation of the quote "Ann met Bob"', fix: `write es: "…" under the quote: our own Spanish translation, shown as “traducción nuestra”; ${SEE}` },
    ]],
  ])('%s', (_case, content, problems) => {
    expect(spanishTextPresent(index(content))).toStrictEqual(problems);
  });

  test.each([
    // Up to 50 characters an English text is shown whole; past that, its first 49 and an ellipsis.
    ['x'.repeat(50), `"${'x'.repeat(50)}"`],
    ['x'.repeat(51), `"${'x'.repeat(49)}…"`],
    ['He said "no"', '"He said \\"no\\""'],
  ])('the English text %s is shown as %s', (summary, shownText) => {
    expect(spanishTextPresent(index(withEvent({ summary }))).map((p) => p.message)).toEqual([`has no Spanish text (the English summary is ${shownText})`]);
  });

  const dispute = (es: Record<string, unknown>, questions?: string[]) => ({
    id: 'd', file: 'content/disputes/d.md',
    data: { question: 'How many?', events: [], ...(questions ? { questions } : {}), readings: [{ reading: 'Three', citations: [] }, { reading: 'One', citations: [] }], es: { question: '¿Cuántos?', ...es } },
  }) as unknown as ContentInput['disputes'][number];

  test.each([
    ['as many readings and questions as the English', { readings: ['Tres', 'Uno'], questions: ['¿Cuál?'] }, ['Which?'], []],
    ['a reading too many', { readings: ['Tres', 'Uno', 'Dos'], questions: ['¿Cuál?'] }, ['Which?'], [
      { file: 'content/disputes/d.md', field: 'es.readings', message: 'lists 3 readings, but readings: has 2', fix: 'write one Spanish label per reading, in the same order' },
    ]],
    ['a question too many', { readings: ['Tres', 'Uno'], questions: ['¿Cuál?', '¿Por qué?'] }, ['Which?'], [
      { file: 'content/disputes/d.md', field: 'es.questions', message: 'lists 2 questions, but questions: has 1', fix: 'write one Spanish question per question, in the same order' },
    ]],
    ['Spanish questions for a dispute with none', { readings: ['Tres', 'Uno'], questions: ['¿Cuál?'] }, undefined, [
      { file: 'content/disputes/d.md', field: 'es.questions', message: 'lists 1 questions, but questions: has 0', fix: 'write one Spanish question per question, in the same order' },
    ]],
  ])('a dispute with %s', (_case, es, questions, problems) => {
    expect(spanishTextPresent(index(story({ disputes: [dispute(es, questions)] })))).toStrictEqual(problems);
  });

  test('a dispute with no Spanish block: each text is missing, and no count is compared', () => {
    const d = { id: 'd', file: 'content/disputes/d.md', data: { question: 'How many?', events: [], readings: [{ reading: 'Three', citations: [] }] } } as unknown as ContentInput['disputes'][number];
    expect(spanishTextPresent(index(story({ disputes: [d] }))).map((p) => p.field)).toEqual(['es.question', 'es.readings[0]']);
  });

  const glossary = (expansion: string | undefined, es: string | undefined) => story({
    glossary: [{
      id: 'orr', file: 'content/glossary/orr.md',
      data: { term: 'ORR', forms: [], ...(expansion ? { expansion } : {}), explanation: 'An office.', citations: [], es: { ...(es ? { expansion: es } : {}), explanation: 'Una oficina.' } },
    }] as unknown as ContentInput['glossary'],
  });

  test.each([
    ['ends with the English name in parentheses', 'Office of Refugee Resettlement', 'Oficina de Reasentamiento de Refugiados (Office of Refugee Resettlement)', []],
    ['is the English name itself', 'Office of Refugee Resettlement', 'Office of Refugee Resettlement', []],
    ['lacks the English name', 'Office of Refugee Resettlement', 'Oficina de Reasentamiento de Refugiados', [{
      file: 'content/glossary/orr.md', field: 'es.expansion',
      message: 'does not end with the English name in parentheses, “(Office of Refugee Resettlement)”',
      fix: 'write the Spanish name, then the English one: "… (Office of Refugee Resettlement)"',
    }]],
    ['has the English name, but not at the end', 'Office of Refugee Resettlement', 'Oficina (Office of Refugee Resettlement) de Refugiados', [{
      file: 'content/glossary/orr.md', field: 'es.expansion',
      message: 'does not end with the English name in parentheses, “(Office of Refugee Resettlement)”',
      fix: 'write the Spanish name, then the English one: "… (Office of Refugee Resettlement)"',
    }]],
  ])('a Spanish glossary expansion that %s', (_case, english, spanish, problems) => {
    expect(spanishTextPresent(index(glossary(english, spanish)))).toStrictEqual(problems);
  });

  test('a glossary expansion in one language only is a missing or orphan text, not a misnamed one', () => {
    expect(spanishTextPresent(index(glossary('Office of Refugee Resettlement', undefined))).map((p) => p.message))
      .toEqual(['has no Spanish text (the English expansion is "Office of Refugee Resettlement")']);
    expect(spanishTextPresent(index(glossary(undefined, 'Oficina')))).toStrictEqual([
      { file: 'content/glossary/orr.md', field: 'es.expansion', message: 'translates a expansion the English does not have', fix: 'remove es.expansion, or write expansion in English first' },
    ]);
  });

  test('a source with no translation file: the file to create, with its source and paragraph count', () => {
    expect(spanishTextPresent(index(story({ translations: [] })))).toStrictEqual([{
      file: TRANSLATION, field: '(file)',
      message: 'is missing: the article content/sources/s-2020.md has no Spanish translation',
      fix: `create it with source: s-2020 in its frontmatter and the 2 paragraphs in Spanish, in order; ${SEE}`,
    }]);
  });

  test('a story read without translations asks for every source’s file', () => {
    expect(spanishTextPresent(index(story({ translations: undefined }))).map((p) => p.file)).toEqual([TRANSLATION]);
  });
});

const FIGURES_FIX = 'give exactly the figures the English gives, in digits (“more than 3,000” is “más de 3000”)';
const NAMES_FIX = 'write only the names the English writes (months and weekdays in lower case), or give the Spanish name in the actor’s es.name or the glossary’s es.expansion';

describe('spanishAddsNothing', () => {
  test.each([
    ['a year the English lacks', 'Ann se reúne con Bob en 2019', [
      { file: EVENT, field: 'es.title', message: 'gives 2019, which the English title does not (its figures: none)', fix: FIGURES_FIX },
    ]],
    ['two figures, one repeated', 'Ann se reúne con Bob: 3 y 4, 3', [
      { file: EVENT, field: 'es.title', message: 'gives 3, 4, which the English title does not (its figures: none)', fix: FIGURES_FIX },
    ]],
    ['names the English lacks, each once', 'Ann se reúne con Bob y Carla, y Carla con Dora', [
      { file: EVENT, field: 'es.title', message: 'names “Carla”, “Dora”, which the English title does not', fix: NAMES_FIX },
    ]],
    ['a name in Spanish spelling and a lower-case month', 'Ánn se reúne con Bób en marzo', []],
  ])('a Spanish title with %s', (_case, title, problems) => {
    expect(spanishAddsNothing(index(withEvent({ es: { title } })))).toStrictEqual(problems);
  });

  test('a Spanish name may be any of the English names in Spanish spelling', () => {
    expect(spanishAddsNothing(index(withEvent({ title: 'Ann meets the Committee', es: { title: 'Ann se reúne con el Comité' } })))).toStrictEqual([]);
  });

  test('an English word in lower case lends no name: "Trump" is not "the trump card"', () => {
    expect(spanishAddsNothing(index(withEvent({ title: 'Ann plays the trump card', es: { title: 'Ann juega la carta Trump' } }))).map((p) => p.message))
      .toEqual(['names “Trump”, which the English title does not']);
  });

  test('a text in one language only is spanish-text-present’s to report, not compared here', () => {
    expect(spanishAddsNothing(index(withEvent({ summary: 'They met in 2020.', es: { title: 'Ann se reúne con Bob', dateNote: 'Eva, 2019.' } })))).toStrictEqual([]);
  });

  test('the figures the English does give are listed', () => {
    expect(spanishAddsNothing(index(withEvent({ title: 'Ann meets Bob, 3 and 4', es: { title: 'Ann se reúne con Bob, 3 y 5' } }))))
      .toStrictEqual([{ file: EVENT, field: 'es.title', message: 'gives 5, which the English title does not (its figures: 3, 4)', fix: FIGURES_FIX }]);
  });

  test('a quote’s translation is held to its quote', () => {
    expect(spanishAddsNothing(index(withEvent({ citations: [{ source: 's-2020', quote: 'Ann met Bob on March 9, 2020', es: 'Ann se reunió con Eva el 9 de marzo de 2021' }] })))).toStrictEqual([
      { file: EVENT, field: 'citations[0].es', message: 'gives 2021, which the English citations[0].quote does not (its figures: 9, 2020)', fix: FIGURES_FIX },
      { file: EVENT, field: 'citations[0].es', message: 'names “Eva”, which the English citations[0].quote does not', fix: NAMES_FIX },
    ]);
  });

  test('names the content defines may stand in any Spanish text: actors’ es.name, organisations, outlets, glossary terms, forms and expansions', () => {
    const content = withEvent({ es: { title: 'Ann se reúne con Bob, Cruz, Acme, Herald, Wire, ORR, ORRs y Oficina' } }, {
      actors: [
        { id: 'cruz', file: 'content/actors/cruz.md', data: { name: 'Carl', kind: 'person', citations: [], es: { name: 'Cruz' } } },
        { id: 'acme', file: 'content/actors/acme.md', data: { name: 'Acme', kind: 'organisation', citations: [] } },
        { id: 'zed', file: 'content/actors/zed.md', data: { name: 'Zed', kind: 'person', citations: [] } },
      ] as unknown as ContentInput['actors'],
      sources: [{ ...story().sources[0]!, data: { ...story().sources[0]!.data, outlet: 'Herald', republishedFrom: 'Wire' } as ContentInput['sources'][number]['data'] }],
      glossary: [{ id: 'orr', file: 'content/glossary/orr.md', data: { term: 'ORR', forms: ['ORRs'], expansion: 'Office', explanation: 'An office.', citations: [], es: { expansion: 'Oficina (Office)', explanation: 'Una oficina.' } } }] as unknown as ContentInput['glossary'],
    });
    expect(spanishAddsNothing(index(content)).filter((p) => p.file === EVENT)).toStrictEqual([]);
    // A person with no es.name lends no name: "Zed" is still an addition.
    const zed = withEvent({ es: { title: 'Ann se reúne con Bob y Zed' } }, { actors: content.actors });
    expect(spanishAddsNothing(index(zed)).map((p) => p.message)).toEqual(['names “Zed”, which the English title does not']);
  });

  test('a text that defines names is held to its figures, not its names', () => {
    const actor = (es: string) => ({ id: 'a', file: 'content/actors/a.md', data: { name: 'Office 1', role: 'An office.', citations: [], es: { name: es, role: 'Una oficina.' } } });
    expect(spanishAddsNothing(index(story({ actors: [actor('Oficina Nueva 1')] as unknown as ContentInput['actors'] })))).toStrictEqual([]);
    expect(spanishAddsNothing(index(story({ actors: [actor('Oficina 2')] as unknown as ContentInput['actors'] })))).toStrictEqual([
      { file: 'content/actors/a.md', field: 'es.name', message: 'gives 2, which the English name does not (its figures: 1)', fix: FIGURES_FIX },
    ]);
  });

  test('each paragraph of a translation is held to the article’s paragraph of the same number', () => {
    expect(spanishAddsNothing(index(withTranslation({ body: 'Ann se reunió con Eva el 9 de marzo de 2020.\n\nHablaron en 2019.' })))).toStrictEqual([
      { file: TRANSLATION, field: '(body) paragraph 1', message: 'names “Eva”, which the English paragraph 1 does not', fix: NAMES_FIX },
      { file: TRANSLATION, field: '(body) paragraph 2', message: 'gives 2019, which the English paragraph 2 does not (its figures: none)', fix: FIGURES_FIX },
    ]);
  });

  test('paragraphs that do not pair up, or a translation of no known source, are not compared', () => {
    expect(spanishAddsNothing(index(withTranslation({ body: 'Eva en 2019.' })))).toStrictEqual([]);
    expect(spanishAddsNothing(index(withTranslation({ source: 'nope', body: 'Eva en 2019.\n\nHablaron en 2018.' })))).toStrictEqual([]);
  });

  test('a translation’s notes are held to the source’s notes', () => {
    const source = story().sources[0]!;
    const content = story({
      sources: [OTHER_SOURCE, { ...source, data: { ...source.data, publishedNote: 'Updated in 2020.', note: 'Our note.' } as typeof source.data }],
      translations: [{ ...story().translations![0]!, data: { ...story().translations![0]!.data, publishedNote: 'Actualizado en 2021.', note: 'Nuestra nota de Eva.' } }],
    });
    expect(spanishAddsNothing(index(content))).toStrictEqual([
      { file: TRANSLATION, field: 'publishedNote', message: 'gives 2021, which the English publishedNote does not (its figures: 2020)', fix: FIGURES_FIX },
      { file: TRANSLATION, field: 'note', message: 'names “Eva”, which the English note does not', fix: NAMES_FIX },
    ]);
    // A note in one language only is translation-paragraphs-match's to report.
    expect(spanishAddsNothing(index(withTranslation({ note: 'Nota de Eva en 2019.' })))).toStrictEqual([]);
  });
});

describe('translationParagraphsMatch', () => {
  test('a translation with a paragraph too few', () => {
    expect(translationParagraphsMatch(index(withTranslation({ body: 'Ann se reunió con Bob.' })))).toStrictEqual([{
      file: TRANSLATION, field: '(body)', message: 'has 1 paragraphs, but the article content/sources/s-2020.md has 2',
      fix: 'translate paragraph N as paragraph N: one block per paragraph of the article, blank lines between, none merged, split or left out',
    }]);
  });

  test('a source note with no Spanish one, and a Spanish note the source lacks', () => {
    const source = story().sources[0]!;
    const content = story({
      sources: [OTHER_SOURCE, { ...source, data: { ...source.data, note: 'Our note.' } as typeof source.data }],
      translations: [{ ...story().translations![0]!, data: { ...story().translations![0]!.data, publishedNote: 'Una nota.' } }],
    });
    expect(translationParagraphsMatch(index(content))).toStrictEqual([
      { file: TRANSLATION, field: 'publishedNote', message: 'translates a publishedNote the article content/sources/s-2020.md does not have', fix: 'remove publishedNote' },
      { file: TRANSLATION, field: 'note', message: 'has no Spanish text (the article’s note is "Our note.")', fix: `write it in Spanish as note; ${SEE}` },
    ]);
  });

  test('notes in both languages, or in neither, pass; a translation of no known source is not compared', () => {
    const source = story().sources[0]!;
    expect(translationParagraphsMatch(index(story({
      sources: [{ ...source, data: { ...source.data, note: 'Our note.' } as typeof source.data }],
      translations: [{ ...story().translations![0]!, data: { ...story().translations![0]!.data, note: 'Nuestra nota.' } }],
    })))).toStrictEqual([]);
    expect(translationParagraphsMatch(index(story()))).toStrictEqual([]);
    expect(translationParagraphsMatch(index(withTranslation({ source: 'nope', body: 'Uno.', note: 'Nota.' })))).toStrictEqual([]);
  });
});

test('a story read without translations: no translation file to compare or name', () => {
  const content = story({ translations: undefined });
  expect(spanishAddsNothing(index(content))).toStrictEqual([]);
  expect(translationParagraphsMatch(index(content))).toStrictEqual([]);
  expect(translationSourceExists(index(content))).toStrictEqual([]);
});

test('a glossary entry with no Spanish block: its texts are missing, and its names still count as defined', () => {
  const content = withEvent({ es: { title: 'Ann se reúne con Bob y ORR' } }, {
    glossary: [{ id: 'orr', file: 'content/glossary/orr.md', data: { term: 'ORR', forms: [], explanation: 'An office.', citations: [] } }] as unknown as ContentInput['glossary'],
  });
  expect(spanishTextPresent(index(content)).map((p) => `${p.file} ${p.field}`)).toEqual(['content/glossary/orr.md es.explanation']);
  expect(spanishAddsNothing(index(content))).toStrictEqual([]);
});

describe('translationSourceExists', () => {
  test('a translation named after the source it translates passes', () => {
    expect(translationSourceExists(index(story()))).toStrictEqual([]);
  });

  test('a misnamed translation file', () => {
    expect(translationSourceExists(index(withTranslation({}, 'content/translations/es/sources/s-2021.md')))).toStrictEqual([{
      file: 'content/translations/es/sources/s-2021.md', field: 'source',
      message: 'translates "s-2020", but the file is named s-2021.md', fix: 'rename the file s-2020.md, after the source it translates',
    }]);
  });

  test('a translation of an unknown source, with the likely id', () => {
    expect(translationSourceExists(index(withTranslation({ source: 's-2002' })))).toStrictEqual([{
      file: TRANSLATION, field: 'source', message: 'no source "s-2002" exists', fix: 'did you mean "s-2020"? write an id from content/sources/',
    }]);
  });

  test('a file whose name holds ".md" before its extension is named in full', () => {
    expect(translationSourceExists(index(withTranslation({}, 'content/translations/es/sources/s-2020.mdx.md'))).map((p) => p.message))
      .toEqual(['translates "s-2020", but the file is named s-2020.mdx.md']);
  });

  test('a translation of a source that exists but is broken is reported at the source, not here', () => {
    expect(translationSourceExists(index(withTranslation({ source: 's-bad' }), { sources: new Set(['s-bad']) }))).toStrictEqual([]);
  });
});
