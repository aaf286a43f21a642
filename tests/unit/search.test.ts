// Search: typo-tolerant words, quoted phrases, dates as words, paragraph hits, filters, facets, JSON.
import { describe, expect, test } from 'vitest';
import type { ActorRecord, EventRecord, SourceRecord, ThemeRecord } from '../../src/lib/records.ts';
import {
  buildSearchIndex,
  filterChoices,
  filterEvents,
  facetValues,
  loadSearchIndex,
  markRanges,
  mergeRanges,
  parseQuery,
  type SearchResults,
} from '../../src/lib/search.ts';
import { eventRecord } from './records-fixtures.ts';

const NYT = 'nyt-2018-06-13';
const ABC = 'abc-2021-01-14';

const sources: SourceRecord[] = [
  {
    id: NYT,
    outlet: 'The New York Times',
    headline: 'How the separations began',
    published: '2018-06-13',
    url: 'https://example.org/nyt',
    paragraphs: [
      'In the summer of 2017 the El Paso sector began prosecuting parents who crossed with children.',
      'Officials described a shortfall of beds for families in detention.',
      'Reporters saw a warehouse where families waited behind chain-link fences for days.',
      'A memo set out the 72-hour rule for holding children at Border Patrol stations.',
    ],
  },
  {
    id: ABC,
    outlet: 'ABC News',
    headline: 'Report faults Justice Department leaders',
    published: '2021-01-14T20:32',
    url: 'https://example.org/abc',
    paragraphs: [
      'On a May 2018 conference call, one prosecutor recalled being told: "we need to take away children."',
      'Kirstjen Nielsen signed the memo that referred parents for prosecution.',
      'The inspector general faulted Rod Rosenstein and others for failing to prepare.',
    ],
  },
];

const actors: ActorRecord[] = [
  { id: 'rosenstein', name: 'Rod Rosenstein', kind: 'person', role: 'Deputy Attorney General', aliases: ['Rosenstein'], citations: [] },
  { id: 'nielsen', name: 'Kirstjen Nielsen', kind: 'person', role: 'Secretary of Homeland Security', aliases: [], citations: [] },
  { id: 'sessions', name: 'Jeff Sessions', kind: 'person', role: 'Attorney General', aliases: [], citations: [] },
  { id: 'cbp', name: 'Customs and Border Protection', kind: 'organisation', role: 'Federal agency', aliases: ['CBP'], citations: [] },
];

const themes: ThemeRecord[] = [
  { id: 'policy', title: 'Policy decisions', description: '' },
  { id: 'detention', title: 'Detention conditions', description: '' },
  { id: 'oversight', title: 'Oversight and accountability', description: '' },
];

function event(
  id: string,
  date: string,
  title: string,
  summary: string,
  extra: { actors?: string[]; tags?: string[]; quotes?: [string, string, number][] } = {},
): EventRecord {
  return eventRecord(id, date, {
    title,
    summary,
    actors: extra.actors,
    tags: extra.tags,
    citations: (extra.quotes ?? []).map(([source, quote, paragraph]) => ({ source, quote, paragraph, url: '', provenance: { kind: 'outlet' as const } })),
  });
}

const events: EventRecord[] = [
  event('2017-07-el-paso-initiative', '2017-07', 'El Paso initiative begins', 'Border Patrol agents in one sector start referring parents for prosecution and hold their sons and daughters separately.', {
    actors: ['cbp'],
    tags: ['policy'],
    quotes: [[NYT, 'the El Paso sector began prosecuting parents', 1]],
  }),
  event('2017-11-advocates-report', '2017-11', 'Advocates report separations', 'Immigrant advocates describe families split at the border while officials deny a policy.', { tags: ['policy'] }),
  event('2018-04-06-zero-tolerance', '2018-04-06', 'Zero tolerance announced', 'The attorney general tells prosecutors along the border to charge every adult who crosses illegally.', {
    actors: ['sessions'],
    tags: ['policy'],
  }),
  event('2018-05-conference-call', '2018-05', 'Conference call with U.S. attorneys', 'Senior Justice Department officials speak with border prosecutors about cases involving parents.', {
    actors: ['rosenstein', 'sessions'],
    tags: ['policy'],
    quotes: [[ABC, 'we need to take away children', 1]],
  }),
  event('2018-05-04-referral-memo', '2018-05-04', 'Referral memo signed', 'The homeland security secretary approves referring parents who cross with children for prosecution.', {
    actors: ['nielsen'],
    tags: ['policy'],
    quotes: [[ABC, 'signed the memo that referred parents for prosecution', 2]],
  }),
  event('2018-06-beds-shortfall', '2018-06', 'Shortfall of beds', 'Shelters run out of room and agencies scramble for space as separations grow.', {
    actors: ['cbp'],
    tags: ['detention'],
    quotes: [[NYT, 'a shortfall of beds for families in detention', 2]],
  }),
  event('2018-06-20-executive-order', '2018-06-20', 'Executive order ends separations', 'The order did not take effect right away for children already separated from their parents.', {
    tags: ['policy'],
  }),
  event('2018-72-hour-rule', '2018', '72-hour rule memo circulates', 'A memo restates that children may be held in Border Patrol stations only briefly.', {
    actors: ['cbp'],
    tags: ['detention'],
    quotes: [[NYT, 'the 72-hour rule for holding children', 4]],
  }),
  event('2018-06-26-court-order', '2018-06-26', 'Court orders reunification', 'A federal judge orders the government to reunite families within 30 days.', { tags: ['oversight'] }),
  event('2019-04-nielsen-resigns', '2019-04', 'Nielsen resigns', 'The secretary leaves office after months of criticism.', { actors: ['nielsen'], tags: ['oversight'] }),
  event('2020-10-inspector-general', '2020-10', 'Inspector general report on planning', 'Auditors find that agencies lacked a system to track separated families.', { tags: ['oversight'] }),
  event('2021-01-14-doj-report', '2021-01-14', 'Justice Department report released', 'The report faults senior leaders for failing to prepare.', {
    actors: ['rosenstein'],
    tags: ['oversight'],
    quotes: [[ABC, 'faulted Rod Rosenstein and others for failing to prepare', 3]],
  }),
];

const chronology = { events, sources, actors, themes };
const index = buildSearchIndex(chronology);
const searcher = loadSearchIndex(index);
const ids = (r: SearchResults) => r.events.map((h) => h.id);
const top = (query: string) => searcher.search(query, { order: 'score' }).events[0]?.id;

describe('finding events', () => {
  test.each([
    ['take away children', '2018-05-conference-call'],
    ['"take away children"', '2018-05-conference-call'],
    ['we need to take away children', '2018-05-conference-call'],
    ['El Paso', '2017-07-el-paso-initiative'],
    ['el paso initiative', '2017-07-el-paso-initiative'],
    ['72-hour', '2018-72-hour-rule'],
    ['72 hour rule', '2018-72-hour-rule'],
    ['beds', '2018-06-beds-shortfall'],
    ['shortfal', '2018-06-beds-shortfall'],
    ['Zero tolerence', '2018-04-06-zero-tolerance'],
    ['reunificaton', '2018-06-26-court-order'],
    ['Justice report', '2021-01-14-doj-report'],
  ])('%s → top hit %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  test.each([
    ['Rosenstien', ['2018-05-conference-call', '2021-01-14-doj-report']],
    ['Rosenstein', ['2018-05-conference-call', '2021-01-14-doj-report']],
    ['rod rosenstein', ['2018-05-conference-call', '2021-01-14-doj-report']],
    ['Deputy Attorney General', ['2018-05-conference-call', '2021-01-14-doj-report']],
    ['Nielson', ['2018-05-04-referral-memo', '2019-04-nielsen-resigns']],
    ['Kirstjen', ['2018-05-04-referral-memo', '2019-04-nielsen-resigns']],
    ['CBP', ['2017-07-el-paso-initiative', '2018-06-beds-shortfall', '2018-72-hour-rule']],
    ['detention conditions', ['2018-06-beds-shortfall', '2018-72-hour-rule']],
    ['ABC News', ['2018-05-conference-call', '2018-05-04-referral-memo', '2021-01-14-doj-report']],
  ])('%s finds exactly %j', (query, expected) => {
    expect(ids(searcher.search(query))).toEqual(expected);
  });

  test.each([
    ['May 2018', ['2018-05-conference-call', '2018-05-04-referral-memo'], ['2018-72-hour-rule', '2018-04-06-zero-tolerance']],
    ['may 2018', ['2018-05-conference-call', '2018-05-04-referral-memo'], ['2018-06-beds-shortfall']],
    ['2017', ['2017-07-el-paso-initiative', '2017-11-advocates-report'], ['2018-04-06-zero-tolerance']],
    ['June 2018', ['2018-06-beds-shortfall', '2018-06-20-executive-order', '2018-06-26-court-order'], ['2018-05-conference-call']],
    ['2019', ['2019-04-nielsen-resigns'], ['2021-01-14-doj-report']],
  ])('date words: %s includes %j, not %j', (query, included, excluded) => {
    const found = ids(searcher.search(query));
    for (const id of included) expect(found).toContain(id);
    for (const id of excluded) expect(found).not.toContain(id);
  });

  test('events come in date order, with scores kept', () => {
    const result = searcher.search('children');
    const order = events.map((e) => e.id).filter((id) => ids(result).includes(id));
    expect(ids(result)).toEqual(order);
    expect(result.events.every((h) => h.score > 0)).toBe(true);
  });

  test('a title or quote match outranks a summary match', () => {
    // "separations" is in the title of two events and in the summary of others.
    const ranked = searcher.search('separations', { order: 'score' }).events.map((h) => h.id);
    expect(ranked.slice(0, 2).sort()).toEqual(['2017-11-advocates-report', '2018-06-20-executive-order']);
  });
});

describe('quoted phrases', () => {
  test('a quoted phrase requires the exact words in order', () => {
    expect(ids(searcher.search('"take away children"'))).toEqual(['2018-05-conference-call']);
    // Unquoted, the executive order (take… away… children, apart) also matches, below the call.
    const loose = searcher.search('take away children', { order: 'score' });
    expect(ids(loose)).toContain('2018-06-20-executive-order');
    expect(loose.events[0]?.id).toBe('2018-05-conference-call');
  });

  test.each(['"take children away"', '"take away kids"', '"Rosenstien"'])('%s finds no event', (query) => {
    expect(searcher.search(query).events).toEqual([]);
  });

  test('a phrase plus a word must satisfy both', () => {
    expect(ids(searcher.search('"take away children" Rosenstein'))).toEqual(['2018-05-conference-call']);
    expect(ids(searcher.search('"take away children" Nielsen'))).toEqual([]);
  });
});

describe('paragraph hits', () => {
  test('a phrase only the article holds leads to its paragraph', () => {
    const result = searcher.search('chain-link fences');
    expect(result.events).toEqual([]);
    expect(result.paragraphs[0]).toMatchObject({ source: NYT, paragraph: 3 });
    const hit = result.paragraphs[0]!;
    expect(hit.ranges.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['chain-link fences']);
  });

  test('the quoted call leads to its paragraph too', () => {
    const result = searcher.search('"we need to take away children"');
    expect(result.paragraphs.map((p) => [p.source, p.paragraph])).toEqual([[ABC, 1]]);
  });

  test('long paragraphs are cut around the match', () => {
    const long = buildSearchIndex({
      ...chronology,
      sources: [{ ...sources[0]!, paragraphs: [`${'filler words here '.repeat(40)}the needle is here ${'and more '.repeat(40)}`] }],
    });
    const hit = loadSearchIndex(long).search('needle').paragraphs[0]!;
    expect(hit.snippet.length).toBeLessThan(260);
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.ranges.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['needle']);
  });
});

describe('multi-word queries', () => {
  test('AND: every word must match', () => {
    expect(ids(searcher.search('Nielsen resigns'))).toEqual(['2019-04-nielsen-resigns']);
  });

  test('falls back to the best partial match rather than nothing', () => {
    const result = searcher.search('Nielsen xyzzyplugh');
    expect(result.partial).toBe(true);
    expect(ids(result)).toContain('2019-04-nielsen-resigns');
  });

  test('the last word matches as a prefix while typing, not after a space', () => {
    expect(ids(searcher.search('reunif'))).toContain('2018-06-26-court-order');
    expect(ids(searcher.search('reunif '))).toEqual([]);
  });
});

describe('parseQuery', () => {
  test.each([
    ['May 2018', [['may', true], ['2018', true]]],
    ['the El Paso', [['el', false], ['paso', false]]],
    ['the', [['the', false]]],
  ])('%s', (query, expected) => {
    expect(parseQuery(query).terms.map((t) => [t.term, t.dateOnly])).toEqual(expected);
  });

  test('quoted phrases are kept apart, curly quotes too', () => {
    expect(parseQuery('“take away children” now').phrases).toEqual([['take', 'away', 'children']]);
  });
});

describe('filterEvents', () => {
  test('filter only, without a query: all matching events in date order', () => {
    const { events: kept } = filterEvents(events, null, { actor: 'nielsen' });
    expect(kept.map((k) => k.event.id)).toEqual(['2018-05-04-referral-memo', '2019-04-nielsen-resigns']);
  });

  test.each([
    [{ theme: 'oversight' }, ['2018-06-26-court-order', '2019-04-nielsen-resigns', '2020-10-inspector-general', '2021-01-14-doj-report']],
    [{ theme: 'oversight', year: 2019 }, ['2019-04-nielsen-resigns']],
    [{ outlet: ABC }, ['2018-05-conference-call', '2018-05-04-referral-memo', '2021-01-14-doj-report']],
    [{ year: 2017 }, ['2017-07-el-paso-initiative', '2017-11-advocates-report']],
    [{ actor: 'rosenstein', outlet: NYT }, []],
    [{}, events.map((e) => e.id)],
  ])('%j', (filters, expected) => {
    expect(filterEvents(events, null, filters).events.map((k) => k.event.id)).toEqual(expected);
  });

  test('combined with a query; hits ride along', () => {
    const hits = searcher.search('parents').events;
    const { events: kept } = filterEvents(events, hits, { theme: 'policy', year: 2018 });
    expect(kept.map((k) => k.event.id)).toEqual(['2018-05-conference-call', '2018-05-04-referral-memo', '2018-06-20-executive-order']);
    expect(kept.every((k) => k.hit && k.hit.id === k.event.id)).toBe(true);
  });

  test('facet counts: what each choice would leave, other filters kept', () => {
    const { facets } = filterEvents(events, null, { theme: 'oversight' });
    // Within the chosen facet, counts show what switching to that value would give.
    expect(facets.theme).toEqual({ policy: 6, detention: 2, oversight: 4 });
    expect(facets.year).toEqual({ '2017': 0, '2018': 1, '2019': 1, '2020': 1, '2021': 1 });
    expect(facets.actor).toMatchObject({ nielsen: 1, rosenstein: 1, sessions: 0, cbp: 0 });
    expect(facets.outlet).toEqual({ [NYT]: 0, [ABC]: 1 });
  });

  test('facets with a query count only hits', () => {
    const hits = searcher.search('Nielsen').events;
    const { facets } = filterEvents(events, hits, {});
    expect(facets.year).toMatchObject({ '2018': 1, '2019': 1, '2017': 0 });
  });

  test.each([
    ['parents', { theme: 'policy', year: 2018 }],
    ['', { actor: 'nielsen', year: 2017 }],
    ['', { theme: 'oversight', outlet: ABC }],
    ['children', { actor: 'sessions', theme: 'detention', year: 2018 }],
  ] as const)('query %j, filters %j: every count is what choosing that value would leave, read in any order', (query, filters) => {
    const hits = query ? searcher.search(query).events : null;
    const hit = new Set((hits ?? events).map((h) => h.id));
    const wanted: Record<string, string | undefined> = { actor: undefined, theme: undefined, outlet: undefined, year: undefined };
    for (const [facet, value] of Object.entries(filters)) wanted[facet] = String(value);
    // By hand: the (hit) events that pass every filter but the value's own facet, and have the value.
    const expected = (facet: 'actor' | 'theme' | 'outlet' | 'year') => {
      const counts: Record<string, number> = {};
      for (const e of events) for (const v of facetValues(e)[facet]) counts[v] ??= 0;
      for (const e of events) {
        if (!hit.has(e.id)) continue;
        const values = facetValues(e);
        const passesOthers = (['actor', 'theme', 'outlet', 'year'] as const).every((f) => f === facet || wanted[f] === undefined || values[f].includes(wanted[f]!));
        if (passesOthers) for (const v of new Set(values[facet])) counts[v] = (counts[v] ?? 0) + 1;
      }
      return counts;
    };
    const { events: kept, facets } = filterEvents(events, hits, filters);
    expect(Object.keys(facets)).toEqual(['actor', 'theme', 'outlet', 'year']);
    for (const facet of ['year', 'outlet', 'actor', 'theme'] as const) expect(facets[facet], facet).toEqual(expected(facet));
    // Worked out once, when first read: the same counts again.
    expect(facets.theme).toBe(facets.theme);
    // The events kept are those that pass every filter.
    const passes = (e: (typeof events)[number]) => (['actor', 'theme', 'outlet', 'year'] as const).every((f) => wanted[f] === undefined || facetValues(e)[f].includes(wanted[f]!));
    expect(kept.map((k) => k.event.id)).toEqual(events.filter((e) => hit.has(e.id) && passes(e)).map((e) => e.id));
  });

  test('index event documents work as well as event records', () => {
    const fromDocs = filterEvents(searcher.events, null, { outlet: NYT }).events.map((k) => k.event.id);
    const fromRecords = filterEvents(events, null, { outlet: NYT }).events.map((k) => k.event.id);
    expect(fromDocs).toEqual(fromRecords);
  });
});

describe('marking', () => {
  test.each([
    ['Rosenstein’s call: take away children.', ['rosenstein', 'take away children'], ['Rosenstein’s', 'take away children']],
    ['The 72-hour rule', ['72', 'hour'], ['72-hour']],
    ['Café CAFE cafe', ['cafe'], ['Café CAFE cafe']],
    ['nothing here', ['absent'], []],
    ['', ['x'], []],
  ])('%s', (text, terms, marked) => {
    const ranges = markRanges(text, terms);
    const joined = mergeRanges(ranges).map(([s, e]) => text.slice(s, e));
    // Adjacent words merge only when touching; compare the marked words.
    expect(joined.join(' ')).toBe(marked.join(' '));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThanOrEqual(ranges[i - 1]![1]);
  });

  test('mergeRanges joins overlapping and touching ranges', () => {
    expect(mergeRanges([[5, 8], [0, 3], [2, 4], [8, 9], [11, 12]])).toEqual([[0, 4], [5, 9], [11, 12]]);
  });

  test('event hits carry the terms to mark', () => {
    const hit = searcher.search('Rosenstien').events[0]!;
    expect(hit.terms).toContain('rosenstein');
    expect(hit.fields).toContain('people');
  });
});

describe('the index as JSON', () => {
  const queries = ['take away children', '"take away children"', 'Rosenstien', 'May 2018', '2017', 'chain-link', 'beds', 'reunif', ''];
  const revived = loadSearchIndex(JSON.parse(JSON.stringify(index)));

  test.each(queries)('%s gives identical results after a JSON round trip', (query) => {
    expect(revived.search(query)).toEqual(searcher.search(query));
  });

  test('a blank query is blank, not an error', () => {
    expect(searcher.search('   ')).toMatchObject({ events: [], paragraphs: [], blank: true });
  });

  test('a foreign object is refused with a message', () => {
    expect(() => loadSearchIndex({} as never)).toThrow(/rebuild/);
  });
});

describe('filterChoices', () => {
  const choices = filterChoices(index);
  test.each([
    ['person', ['Customs and Border Protection', 'Jeff Sessions', 'Kirstjen Nielsen', 'Rod Rosenstein']],
    ['theme', ['Policy decisions', 'Detention conditions', 'Oversight and accountability']],
    ['year', ['2017', '2018', '2019', '2020', '2021']],
  ] as const)('the %s filter lists %j', (name, labels) => {
    expect(choices[name].map((c) => c.label)).toEqual(labels);
  });
  test('each choice carries the id the address and the facets use', () => {
    expect(choices.person.find((c) => c.label === 'Jeff Sessions')!.value).toBe('sessions');
    expect(choices.outlet.map((c) => c.value).sort()).toEqual(sources.map((s) => s.id).sort());
    const labels = choices.outlet.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });
  test('a span counts in every year it touches', () => {
    const span = buildSearchIndex({ ...chronology, events: [event('2016-span', '2016-11/2019-02', 'A long span', 'Years of it.')] });
    expect(filterChoices(span).year.map((c) => c.value)).toEqual(['2016', '2017', '2018', '2019']);
  });
});
