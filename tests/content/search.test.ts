// Search over the real chronology: the phrases, names and misspellings readers actually type.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex, filterEvents, loadSearchIndex, type Searcher } from '../../src/lib/search.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { loadRealSearch } from './real-search.ts';

let chronology: Chronology;
let searcher: Searcher;

beforeAll(async () => {
  ({ chronology, searcher } = await loadRealSearch());
});

const top = (query: string) => searcher.search(query, { order: 'score' }).events[0]?.id;
const ids = (query: string) => searcher.search(query).events.map((h) => h.id);
const eventsWithActor = (actor: string) => chronology.events.filter((e) => e.actors.includes(actor)).map((e) => e.id);

describe('top hits', () => {
  test.each([
    ['take away children', '2018-05-conference-call'],
    ['"take away children"', '2018-05-conference-call'],
    ['El Paso', '2017-03-el-paso-initiative'],
    ['72-hour', '2018-05-sentencing-memo'],
    ['beds', '2018-marshals-service-shortfall'],
    ['caravans', '2018-04-white-house-meeting-policy-memo'],
  ])('%s finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });
});

describe('misspelt names find that person’s events', () => {
  test.each([
    ['Rosenstien', 'rod-rosenstein'],
    ['Nielson', 'kirstjen-nielsen'],
    ['Gelernt', 'lee-gelernt'],
    ['Whittaker', 'matthew-whitaker'],
  ])('%s', (query, actor) => {
    const found = ids(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(eventsWithActor(actor)));
  });
});

test('dates as words: "May 2018" finds May’s events and "2019" the events of 2019', () => {
  const may = ids('May 2018');
  for (const e of chronology.events.filter((x) => x.start.startsWith('2018-05') && x.end.startsWith('2018-05'))) expect(may).toContain(e.id);
  const in2019 = ids('2019');
  for (const e of chronology.events.filter((x) => x.start.startsWith('2019'))) expect(in2019).toContain(e.id);
});

test('results come in date order, as the timeline shows them', () => {
  const found = ids('Sessions');
  const order = chronology.events.map((e) => e.id).filter((id) => found.includes(id));
  expect(found).toEqual(order);
});

test('a quoted phrase requires the exact words', () => {
  expect(ids('"take children away"').length).toBeGreaterThan(0);
  expect(ids('"children take away"')).toEqual([]);
});

test('a phrase only in an article’s text leads to its paragraph', () => {
  const { paragraphs } = searcher.search('Latest redistricting of ideas nowhere');
  expect(paragraphs.every((p) => p.paragraph >= 1)).toBe(true);
  const found = searcher.search('Officer of Inspector General').paragraphs;
  expect(found[0]).toMatchObject({ source: 'upi-2021-01-14', paragraph: 1 });
});

test('filters combine with the query, and facet counts say what each choice would leave', () => {
  const hits = searcher.search('report').events;
  const { events, facets } = filterEvents(searcher.events, hits, { actor: 'rod-rosenstein', year: 2021 });
  expect(events.length).toBeGreaterThan(0);
  for (const { event } of events) {
    expect(event.actors).toContain('rod-rosenstein');
    expect(event.end >= '2021').toBe(true);
  }
  expect(facets.actor['rod-rosenstein']).toBe(events.length);
});

describe('acronyms and their full names find the same events (glossary synonyms)', () => {
  const entry = (term: string) => {
    const found = chronology.glossary?.find((g) => g.term === term);
    if (!found) throw new Error(`no glossary entry for ${term}`);
    return found;
  };
  /** Events about a body: those listing it as an actor, and those whose own words use its name or abbreviation. */
  const about = (term: string, actor: string | undefined) => {
    const g = entry(term);
    const names = [g.term, ...g.forms, ...(g.expansion ? [g.expansion] : [])];
    return chronology.events
      .filter((e) => (actor && e.actors.includes(actor)) || [e.title, e.summary, ...e.citations.map((c) => c.quote)].some((t) => names.some((n) => new RegExp(`\\b${n.replace(/[.']/g, '\\$&')}\\b`, n === n.toUpperCase() ? '' : 'i').test(t))))
      .map((e) => e.id);
  };
  test.each([
    ['ORR', 'office-of-refugee-resettlement'],
    ['EOUSA', 'executive-office-for-united-states-attorneys'],
    ['OAG', 'office-of-the-attorney-general'],
    ['USMS', 'us-marshals-service'],
    ['CBP', undefined],
  ])('%s finds the events about that body', (term, actor) => {
    const expected = about(term, actor);
    expect(expected.length).toBeGreaterThan(0);
    const found = ids(term);
    expect(found).toEqual(expect.arrayContaining(expected));
    // ...and the full name finds the same events as the abbreviation.
    const g = entry(term);
    if (g.expansion && actor) expect(ids(g.expansion)).toEqual(expect.arrayContaining(expected));
  });

  test('without the glossary, the abbreviations the articles never write find no event', () => {
    const bare = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex({ ...chronology, glossary: [] }))));
    expect(bare.search('ORR').events).toEqual([]);
    expect(bare.search('EOUSA').events).toEqual([]);
  });
});
