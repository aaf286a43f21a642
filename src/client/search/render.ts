// Shows a search state on the page: the timeline narrowed and marked, counts, menus, passages.
import { nestInnerQuotes } from '../../lib/labels.ts';
import { localized, paths, withBase } from '../../lib/routes.ts';
import { filterEvents, markRanges, type EventCard, type EventDoc, type FacetCounts, type FilteredEvent, type SearchResults, type TextRange } from '../../lib/search.ts';
import { FILTER_PARAMS, filtersOf, hasFilter, type SearchState } from '../../lib/search/params.ts';
import type { SearchHooks, TimelineHooks } from './hooks.ts';
import { fill } from '../ui-text.ts';
import { renderResults } from './results.ts';
import { showMenuCounts } from './menus.ts';

/** The passages shown under the box, best first. */
export const PASSAGES_SHOWN = 12;

export interface RenderContext {
  search: SearchHooks;
  timeline: TimelineHooks;
  events: readonly EventDoc[];
  outlets: ReadonlyMap<string, string>;
}

/** The cards a results list shows (a page that does not list its events): the first `limit`, by event number. */
export interface ShownCards {
  limit: number;
  cards: ReadonlyMap<number, EventCard>;
  /** Event number by id. */
  numbers: ReadonlyMap<string, number>;
}

/** What a state shows: the events left (in the list's order, with their hits), the menus' counts, and whether anything narrows. */
export interface View {
  events: FilteredEvent<EventDoc>[];
  facets: FacetCounts;
  active: boolean;
}

export function viewOf(ctx: RenderContext, state: SearchState, results: SearchResults | null): View {
  const hits = results && !results.blank ? results.events : null;
  const { events, facets } = filterEvents(ctx.events, hits, filtersOf(state));
  return { events, facets, active: hits !== null || hasFilter(state) };
}

/** Replaces an element's text with the same text, the given ranges wrapped in <mark>; never parses HTML. */
export function markText(element: Element, text: string, ranges: readonly TextRange[]): void {
  if (ranges.length === 0) {
    element.textContent = text;
    return;
  }
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  element.replaceChildren(fragment);
}

/** The terms each entry is marked with now ('' for none). */
const marked = new WeakMap<HTMLElement, string>();

/** Hides the events not shown (all shown when the search is not active) and marks the matched words. */
function renderTimeline(timeline: TimelineHooks, active: boolean, shown: Map<string, { terms: string[] } | undefined>): void {
  for (const [id, li] of timeline.items) {
    const hidden = active && !shown.has(id);
    if (li.hidden !== hidden) li.hidden = hidden;
    const terms = shown.get(id)?.terms ?? [];
    // Only entries whose marks change are rewritten: most keystrokes touch a few of thousands.
    const key = terms.join('\u0000');
    if ((marked.get(li) ?? '') === key) continue;
    marked.set(li, key);
    for (const { element, text } of timeline.texts.get(li) ?? []) markText(element, text, terms.length > 0 ? markRanges(text, terms) : []);
  }
  // Hide months and years left empty (inner groups first, then the years that hold them).
  for (const group of [...timeline.groups].reverse()) {
    const hidden = active && !group.querySelector('li:not([hidden]) > article');
    if (group.hidden !== hidden) group.hidden = hidden;
  }
  const ids = [...timeline.items.keys()];
  timeline.overviewMarks.forEach((mark, i) => mark.classList.toggle('dim', active && !shown.has(ids[i] ?? '')));
  // Chapter introductions speak of the whole story; a narrowed list shows the events alone.
  for (const block of timeline.chapters) if (block.hidden !== active) block.hidden = active;
  if (timeline.totalCount) timeline.totalCount.hidden = active;
}

const FACET_OF = new Map(FILTER_PARAMS.map((p) => [p.name, p.facet]));

/** Each menu's choice, and each option's label with the count of events that choosing it would leave (search/menus.ts). */
function renderMenus(search: SearchHooks, facets: FacetCounts, state: SearchState): void {
  for (const [name, select] of search.selects) {
    if (select.value !== state[name]) select.value = state[name];
    const facet = FACET_OF.get(name)!;
    showMenuCounts(select, () => facets[facet]);
  }
}

/** The status line, the empty notice and the print-only line saying what narrows the list. */
function renderStatus(ctx: RenderContext, state: SearchState, active: boolean, count: number, partial: boolean): void {
  const { search, timeline } = ctx;
  const total = ctx.events.length;
  const query = state.q.trim();
  const words = search.words;
  if (!active) search.status.textContent = fill(words['idle'], { total });
  else {
    const what = query ? fill(words['what'], { query }) : '';
    const most = partial ? fill(words['partial'], {}) : '';
    search.status.textContent = fill(words['match'], { count, total, what, partial: most });
  }
  search.empty.hidden = !(active && count === 0);
  if (!timeline.printFilter) return;
  const parts: string[] = [];
  if (query) parts.push(fill(words['searchPart'], { query }));
  for (const [name, select] of search.selects) {
    if (state[name]) parts.push(`${select.closest('label')?.firstChild?.textContent ?? name}: ${select.selectedOptions[0]?.dataset['label'] ?? state[name]}`);
  }
  timeline.printFilter.textContent = active ? fill(words['filtered'], { parts: parts.join('; '), count, total }) : '';
  timeline.printFilter.hidden = !active;
}

/** The best passages in the articles' own words, linked to their paragraphs. */
function renderPassages(ctx: RenderContext, results: SearchResults | null): void {
  const { search } = ctx;
  const passages = results?.paragraphs.slice(0, PASSAGES_SHOWN) ?? [];
  search.paragraphs.hidden = passages.length === 0;
  const n = passages.length;
  const words = search.words;
  search.paragraphSummary.textContent = fill(n === PASSAGES_SHOWN ? words['passagesBest'] : n === 1 ? words['passagesOne'] : words['passagesMany'], { n });
  search.paragraphList.replaceChildren(
    ...passages.map((hit) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = withBase(search.base, localized(paths.paragraph(hit.source, hit.paragraph), search.locale));
      link.textContent = fill(words['paragraphLink'], { outlet: ctx.outlets.get(hit.source) ?? hit.source, n: hit.paragraph });
      // A passage not fetched yet (search-app fetches them when the fold opens) is its link alone.
      if (!hit.snippet) {
        li.append(link);
        return li;
      }
      // The marks are added here, inner quotation marks turned to single ones: never “““.
      const snippet = document.createElement('span');
      snippet.className = 'passage';
      markText(snippet, nestInnerQuotes(hit.snippet), hit.ranges);
      li.append(link, ': “', snippet, '”');
      return li;
    }),
  );
}

/** Shows `state`, given the search results for its query (null when it has none) and, on a page without the events, their cards. */
export function render(ctx: RenderContext, state: SearchState, results: SearchResults | null, shown?: ShownCards, view: View = viewOf(ctx, state, results)): void {
  const { input } = ctx.search;
  if (input.value !== state.q && document.activeElement !== input) input.value = state.q;
  const { events, facets, active } = view;
  renderTimeline(ctx.timeline, active, new Map(events.map(({ event, hit }) => [event.id, hit])));
  if (ctx.timeline.results && shown) {
    const first = events.slice(0, shown.limit).map(({ event, hit }) => ({ id: event.id, card: shown.cards.get(shown.numbers.get(event.id) ?? -1), terms: hit?.terms ?? [] }));
    renderResults(ctx.timeline.results, active, first, events.length, { base: ctx.search.base, locale: ctx.search.locale, words: ctx.search.words });
  }
  renderMenus(ctx.search, facets, state);
  renderStatus(ctx, state, active, events.length, results?.partial ?? false);
  renderPassages(ctx, results);
}
