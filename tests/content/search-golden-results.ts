// What the golden test compares: every observable part of a search result, scores left out.
import { filterEvents, type Searcher } from '../../src/lib/search.ts';
import type { GoldenQuery } from './search-golden-queries.ts';

export function goldenResult(searcher: Searcher, q: GoldenQuery) {
  const options = q.prefix === undefined ? {} : { prefix: q.prefix };
  const results = searcher.search(q.query, options);
  const byScore = searcher.search(q.query, { ...options, order: 'score' });
  const hits = q.query.trim() && !results.blank ? results.events : null;
  const filtered = filterEvents(searcher.events, hits, q.filters ?? {});
  return {
    query: q.query,
    ...(q.filters ? { filters: q.filters } : {}),
    ...(q.prefix === undefined ? {} : { prefix: q.prefix }),
    blank: results.blank,
    partial: results.partial,
    events: results.events.map((h) => ({ id: h.id, terms: h.terms, fields: h.fields })),
    byScore: byScore.events.map((h) => h.id),
    paragraphs: results.paragraphs.map((p) => ({ source: p.source, paragraph: p.paragraph, snippet: p.snippet, ranges: p.ranges, terms: p.terms })),
    filtered: filtered.events.map((e) => e.event.id),
    ...(q.filters ? { facets: filtered.facets } : {}),
  };
}
