// The Spanish content rules on small in-memory stories: figures, names, pairing, the translation files.
import { describe, expect, test } from 'vitest';
import { isCognate, namesIn, numbersIn } from '../../src/lib/rules/spanish.ts';
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
