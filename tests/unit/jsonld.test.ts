// schema.org JSON-LD: dates honest to precision, citations, dataset downloads, and script-safe serialisation.
import { describe, expect, test } from 'vitest';
import { datasetJsonLd, eventJsonLd, serializeJsonLd, sourceJsonLd } from '../../src/lib/jsonld.ts';
import { ABC_NEWS as ABC, SEATTLE_TIMES as SEATTLE, eventRecord } from './records-fixtures.ts';

const SOURCES = [ABC, SEATTLE];
const SITE = 'https://example.org/timeline/';

const event = (id: string, date: string, sources: string[] = [ABC.id]) => eventRecord(id, date, { sources });

/** What a page would embed, read back. */
function roundTrip<T>(value: T): T {
  return JSON.parse(serializeJsonLd(value)) as T;
}

describe('eventJsonLd', () => {
  test.each([
    ['2018-04-06', '2018-04-06', undefined],
    ['2018-05', '2018-05', undefined],
    ['2017', '2017', undefined],
    ['2018-06~', '2018-06', undefined],
    ['2017-03/2017-11', '2017-03', '2017-11'],
    ['2018-04-06/2018-06', '2018-04-06', '2018-06'],
    ['2017/2018-11-30', '2017', '2018-11-30'],
  ])('%s → startDate %s, endDate %s', (date, startDate, endDate) => {
    const ld = roundTrip(eventJsonLd(event('e', date), SOURCES, SITE));
    expect(ld.startDate).toBe(startDate);
    expect(ld.endDate).toBe(endDate);
    expect('endDate' in ld).toBe(endDate !== undefined);
  });

  test('required fields and citations, each article once', () => {
    const ld = roundTrip(eventJsonLd(event('2018-05-call', '2018-05', [ABC.id, SEATTLE.id, ABC.id]), SOURCES, SITE));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://example.org/timeline/events/2018-05-call/#event',
      name: 'Title of 2018-05-call',
      description: 'Summary of 2018-05-call.',
      url: 'https://example.org/timeline/events/2018-05-call/',
    });
    expect(ld.citation.map((c) => c.headline)).toEqual([ABC.headline, SEATTLE.headline]);
    for (const article of ld.citation) {
      expect(article['@type']).toBe('NewsArticle');
      expect(article.url).toMatch(/^https:\/\//);
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(article.publisher).toEqual({ '@type': 'Organization', name: expect.any(String) });
    }
  });

  test('an unknown source is a programming error', () => {
    expect(() => eventJsonLd(event('e', '2018', ['nope']), SOURCES, SITE)).toThrow('unknown source "nope"');
  });
});

describe('sourceJsonLd', () => {
  test.each([
    [ABC, { datePublished: '2021-01-14T20:32', publisher: { '@type': 'Organization', name: 'ABC News' }, description: ABC.dek }],
    [
      SEATTLE,
      {
        datePublished: '2021-01-14',
        publisher: { '@type': 'Organization', name: 'The Seattle Times' },
        sourceOrganization: { '@type': 'Organization', name: 'The Washington Post' },
      },
    ],
  ])('$id', (source, expected) => {
    const ld = roundTrip(sourceJsonLd(source));
    expect(ld).toMatchObject({ '@type': 'NewsArticle', '@id': source.url, headline: source.headline, url: source.url, ...expected });
  });

  test('no sourceOrganization for a story in its own outlet', () => {
    expect('sourceOrganization' in sourceJsonLd(ABC)).toBe(false);
  });
});

describe('datasetJsonLd', () => {
  const ld = roundTrip(
    datasetJsonLd({
      name: 'Chronology data',
      description: 'Every event of the chronology with its dates, summaries and cited sources, as CSV, JSON and iCalendar.',
      siteUrl: SITE,
      path: '/data/',
      dateModified: '2025-02-11',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      keywords: ['chronology'],
      creator: 'The editors',
      sources: SOURCES,
      files: [
        { path: '/data/events.csv', encodingFormat: 'text/csv', name: 'Events (CSV)' },
        { path: '/data/citations.csv', encodingFormat: 'text/csv' },
        { path: '/data/events.ics', encodingFormat: 'text/calendar' },
        { path: '/data/chronology.json', encodingFormat: 'application/json', description: 'Everything' },
      ],
    }),
  );

  test('required fields', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Chronology data',
      url: 'https://example.org/timeline/data/',
      dateModified: '2025-02-11',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'The editors' },
    });
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.citation?.map((c) => c.url)).toEqual([ABC.url, SEATTLE.url]);
  });

  test.each([
    [0, 'https://example.org/timeline/data/events.csv', 'text/csv'],
    [1, 'https://example.org/timeline/data/citations.csv', 'text/csv'],
    [2, 'https://example.org/timeline/data/events.ics', 'text/calendar'],
    [3, 'https://example.org/timeline/data/chronology.json', 'application/json'],
  ])('distribution %i: %s (%s)', (i, contentUrl, encodingFormat) => {
    expect(ld.distribution[i]).toMatchObject({ '@type': 'DataDownload', contentUrl, encodingFormat });
  });

  test('optional fields are absent, not undefined', () => {
    const bare = datasetJsonLd({ name: 'n', description: 'd', siteUrl: SITE, files: [{ path: '/a.csv', encodingFormat: 'text/csv' }] });
    expect(Object.keys(bare).sort()).toEqual(['@context', '@type', 'description', 'distribution', 'name', 'url']);
    expect(bare.url).toBe(SITE);
    expect(Object.keys(bare.distribution[0]!).sort()).toEqual(['@type', 'contentUrl', 'encodingFormat']);
  });
});

describe('serializeJsonLd', () => {
  test.each([
    ['</script><script>alert(1)</script>', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
    ['<!-- comment', '\\u003c!-- comment'],
    ['Q&A', 'Q\\u0026A'],
    ['line\u2028separator\u2029paragraph', 'line\\u2028separator\\u2029paragraph'],
    ['“curly” café', '“curly” café'],
  ])('%j is escaped and reads back the same', (text, escaped) => {
    const json = serializeJsonLd({ name: text });
    expect(json).toBe(`{"name":"${escaped}"}`);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: text });
  });

  test('a whole event embeds safely', () => {
    const e = { ...event('e', '2018-05'), title: 'A </script> title' };
    const json = serializeJsonLd(eventJsonLd(e, SOURCES, SITE));
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('A </script> title');
  });
});
