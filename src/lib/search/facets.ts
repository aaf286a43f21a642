// Filters and facet counts over events: which events a choice leaves, and how many each other choice would.
import { yearsBetween } from '../calendar.ts';
import type { SearchIndexData } from './format.ts';
import { FILTER_PARAMS, type FacetName, type FilterParamName } from './params.ts';
import type { EventHit } from './types.ts';

export type { FacetName } from './params.ts';

/** Narrowing a result: every given filter must hold. */
export interface SearchFilters {
  /** Actor id. */
  actor?: string | undefined;
  /** Theme id. */
  theme?: string | undefined;
  /** Source id. */
  outlet?: string | undefined;
  year?: number | string | undefined;
}

export const FACETS: readonly FacetName[] = FILTER_PARAMS.map((p) => p.facet);

/** What filtering needs of an event: an `EventRecord` or an index `EventDoc` both fit. */
export interface FacetEvent {
  id: string;
  start: string;
  end: string;
  actors: readonly string[];
  tags: readonly string[];
  sources?: readonly string[];
  citations?: readonly { source: string }[];
}

/** For each facet, each value's count of events left if it were chosen (other filters kept). */
export type FacetCounts = Record<FacetName, Record<string, number>>;

export interface FilteredEvent<E> {
  event: E;
  /** The search hit, when there was a query. */
  hit?: EventHit;
}

// Events do not change once loaded: their values are worked out once each, not on every keystroke.
const valuesOf = new WeakMap<FacetEvent, Record<FacetName, string[]>>();

function cachedValues(event: FacetEvent): Record<FacetName, string[]> {
  let values = valuesOf.get(event);
  if (!values) valuesOf.set(event, (values = facetValues(event)));
  return values;
}

/** The values an event has for each facet; an event spanning years has each of them. */
export function facetValues(event: FacetEvent): Record<FacetName, string[]> {
  const years: string[] = [];
  const y0 = Number(event.start.slice(0, 4));
  const y1 = Number(event.end.slice(0, 4));
  for (let y = y0; y <= y1 && y - y0 < 50; y++) years.push(String(y));
  const sources = event.sources ?? [...new Set((event.citations ?? []).map((c) => c.source))];
  return { actor: [...event.actors], theme: [...event.tags], outlet: [...sources], year: years };
}

/** The facets a filter set fails for these values (empty: the event passes). */
function failedFacets(values: Record<FacetName, string[]>, filters: SearchFilters): FacetName[] {
  return FACETS.filter((name) => {
    const v = filters[name];
    const want = v === undefined || v === '' ? undefined : String(v);
    return want !== undefined && !values[name].includes(want);
  });
}

/**
 * Applies filters to the events (all of them when `hits` is null, else only the hits) and counts, for
 * every value of every facet, how many events that choice would leave. Events keep the given order,
 * which for `Chronology.events` or `Searcher.events` is date order.
 */
export function filterEvents<E extends FacetEvent>(
  events: readonly E[],
  hits: readonly EventHit[] | null,
  filters: SearchFilters = {},
): { events: FilteredEvent<E>[]; facets: FacetCounts } {
  const hitById = hits ? new Map(hits.map((h) => [h.id, h])) : null;
  const facets: FacetCounts = { actor: {}, theme: {}, outlet: {}, year: {} };
  const result: FilteredEvent<E>[] = [];
  for (const event of events) {
    const values = cachedValues(event);
    for (const name of FACETS) for (const v of values[name]) facets[name][v] ??= 0;
    const hit = hitById?.get(event.id);
    if (hitById && !hit) continue;
    const fails = failedFacets(values, filters);
    if (fails.length === 0) result.push(hit ? { event, hit } : { event });
    // A value's count applies every filter but its own facet's, which the value would replace.
    for (const name of FACETS) {
      if (fails.length === 0 || (fails.length === 1 && fails[0] === name)) {
        for (const v of new Set(values[name])) facets[name][v] = (facets[name][v] ?? 0) + 1;
      }
    }
  }
  return { events: result, facets };
}

/** One choice of a filter: the value in the address and the words shown. */
export interface FilterChoice {
  value: string;
  label: string;
}

/**
 * The choices of each filter, read from the index head the filters need anyway (so the page itself
 * need not carry them): people and outlets by name, themes as given, every year an event touches.
 */
export function filterChoices(head: Pick<SearchIndexData, 'actors' | 'themes' | 'sources' | 'events'>): Record<FilterParamName, FilterChoice[]> {
  const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label);
  const { start, end } = head.events;
  const years = new Set(start.flatMap((s, i) => yearsBetween(s, end[i] || s)));
  return {
    person: head.actors.map((a) => ({ value: a.id, label: a.name })).sort(byLabel),
    theme: head.themes.map((t) => ({ value: t.id, label: t.title })),
    outlet: head.sources.map((s) => ({ value: s.id, label: s.outlet })).sort(byLabel),
    year: [...years].sort().map((y) => ({ value: y, label: y })),
  };
}
