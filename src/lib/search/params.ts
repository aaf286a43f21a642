// The search state a reader can put in the address: one list, read by the page, the starter, the island and the engine.

/** A facet the engine can filter and count by. */
export type FacetName = 'actor' | 'theme' | 'outlet' | 'year';

export interface SearchParam {
  /** The URL parameter and the form control's name (`?person=…`). */
  name: string;
  /** The engine's facet it filters by; none for the query itself. */
  facet?: FacetName;
}

/** In URL order. A parameter left empty (the default) is left out of the address. */
export const SEARCH_PARAMS = [
  { name: 'q' },
  { name: 'person', facet: 'actor' },
  { name: 'theme', facet: 'theme' },
  { name: 'outlet', facet: 'outlet' },
  { name: 'year', facet: 'year' },
] as const satisfies readonly SearchParam[];

export type SearchParamName = (typeof SEARCH_PARAMS)[number]['name'];
/** The filters alone, without the query. */
export const FILTER_PARAMS = SEARCH_PARAMS.filter((p): p is Extract<(typeof SEARCH_PARAMS)[number], { facet: FacetName }> => 'facet' in p);
export type FilterParamName = (typeof FILTER_PARAMS)[number]['name'];

/** Every parameter's value, '' when absent. */
export type SearchState = Record<SearchParamName, string>;

/** The search state in a query string (`location.search`); anything else in it is ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return Object.fromEntries(SEARCH_PARAMS.map((p) => [p.name, params.get(p.name) ?? ''])) as SearchState;
}

/** True when the address asks for a search or a filter. */
export function hasSearchState(search: string): boolean {
  const state = readSearchState(search);
  return SEARCH_PARAMS.some((p) => state[p.name] !== '');
}

/** True when a filter (not only the query) is set. */
export function hasFilter(state: SearchState): boolean {
  return FILTER_PARAMS.some((p) => state[p.name] !== '');
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return SEARCH_PARAMS.every((p) => a[p.name] === b[p.name]);
}

/** `search` with the search state replaced by `state`, other parameters (`?view=compact`) kept. */
export function withSearchState(search: string, state: SearchState): string {
  const params = new URLSearchParams(search);
  for (const p of SEARCH_PARAMS) params.delete(p.name);
  for (const p of SEARCH_PARAMS) if (state[p.name]) params.set(p.name, state[p.name]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The engine's filters for a state: facet name → chosen value. */
export function filtersOf(state: SearchState): Partial<Record<FacetName, string>> {
  const filters: Partial<Record<FacetName, string>> = {};
  for (const p of FILTER_PARAMS) if (state[p.name]) filters[p.facet] = state[p.name];
  return filters;
}
