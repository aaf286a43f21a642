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

// Events do not change once loaded: their values are worked out once each, not on every keystroke,
// and so is the list of every value of each facet, which the counts start from (at zero).
const valuesOf = new WeakMap<FacetEvent, Record<FacetName, string[]>>();
const zerosOf = new WeakMap<readonly FacetEvent[], Record<FacetName, Record<string, number>>>();

/** An event's facet values, each listed once. */
function cachedValues(event: FacetEvent): Record<FacetName, string[]> {
  let values = valuesOf.get(event);
  if (!values) {
    const all = facetValues(event);
    values = { actor: [...new Set(all.actor)], theme: [...new Set(all.theme)], outlet: [...new Set(all.outlet)], year: all.year };
    valuesOf.set(event, values);
  }
  return values;
}

/** Every value any of the events has, per facet, counted zero. */
function zeros(events: readonly FacetEvent[]): Record<FacetName, Record<string, number>> {
  let counts = zerosOf.get(events);
  if (!counts) {
    counts = { actor: {}, theme: {}, outlet: {}, year: {} };
    for (const event of events) {
      const values = cachedValues(event);
      for (const name of FACETS) for (const v of values[name]) counts[name][v] = 0;
    }
    zerosOf.set(events, counts);
  }
  return counts;
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

/** The filters as wanted values by facet (undefined: no filter on it). */
function wantedValues(filters: SearchFilters): Record<FacetName, string | undefined> {
  const want = (v: SearchFilters[FacetName]) => (v === undefined || v === '' ? undefined : String(v));
  return { actor: want(filters.actor), theme: want(filters.theme), outlet: want(filters.outlet), year: want(filters.year) };
}

/**
 * Applies filters to the events (all of them when `hits` is null, else only the hits) and counts, for
 * every value of every facet, how many events that choice would leave. Events keep the given order,
 * which for `Chronology.events` or `Searcher.events` is date order. Only the events a query hit are
 * looked at, and the counts are worked out when first read: while the reader types, the menus show
 * none of them (src/client/search/menus.ts reads them when the reader comes to a menu).
 */
export function filterEvents<E extends FacetEvent>(
  events: readonly E[],
  hits: readonly EventHit[] | null,
  filters: SearchFilters = {},
): { events: FilteredEvent<E>[]; facets: FacetCounts } {
  const hitById = hits ? new Map(hits.map((h) => [h.id, h])) : null;
  const want = wantedValues(filters);
  const result: FilteredEvent<E>[] = [];
  // The events that count for some choice: those that pass, and those that fail one facet only
  // (they count for that facet's other values, which would replace the choice they fail).
  const counted: Record<FacetName, string[]>[] = [];
  const failedOnly: (FacetName | null)[] = [];
  for (const event of events) {
    const hit = hitById?.get(event.id);
    if (hitById && !hit) continue;
    const values = cachedValues(event);
    let failed = 0;
    let failedFacet: FacetName | null = null;
    for (const name of FACETS) {
      const wanted = want[name];
      if (wanted !== undefined && !values[name].includes(wanted)) {
        failed++;
        failedFacet = name;
      }
    }
    if (failed === 0) result.push(hit ? { event, hit } : { event });
    if (failed > 1) continue;
    counted.push(values);
    failedOnly.push(failedFacet);
  }
  let counts: FacetCounts | undefined;
  const count = (): FacetCounts => {
    if (counts) return counts;
    const zero = zeros(events);
    counts = { actor: { ...zero.actor }, theme: { ...zero.theme }, outlet: { ...zero.outlet }, year: { ...zero.year } };
    counted.forEach((values, i) => {
      const failed = failedOnly[i];
      for (const name of FACETS) {
        if (failed !== null && failed !== name) continue;
        const tally = counts![name];
        for (const v of values[name]) tally[v] = (tally[v] ?? 0) + 1;
      }
    });
    return counts;
  };
  const facets = {} as FacetCounts;
  for (const name of FACETS) Object.defineProperty(facets, name, { get: () => count()[name], enumerable: true });
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
