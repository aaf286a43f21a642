// The search island proper, loaded on first use: narrows the timeline in place as the reader types
// or filters, marks the matched words, lists matching article paragraphs, and keeps it all in the URL.
import { filterEvents, loadSearchIndex, markRanges, type SearchIndexData, type TextRange } from '../lib/search.ts';
import { localized, paths, withBase } from '../lib/routes.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/locale.ts';
import { fill, uiText } from './ui-text.ts';
import { nestInnerQuotes } from '../lib/labels.ts';

const KEYS = ['q', 'person', 'theme', 'outlet', 'year'] as const;
type Key = (typeof KEYS)[number];
type State = Record<Key, string>;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? ''])) as State;
}

function stateUrl(state: State): string {
  // Keep what is not search state (the view, ?view=compact) as it is.
  const params = new URLSearchParams(window.location.search);
  for (const key of KEYS) params.delete(key);
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

function sameState(a: State, b: State): boolean {
  return KEYS.every((key) => a[key] === b[key]);
}

/** Replaces an element's text with the same text, the given ranges wrapped in <mark>; never parses HTML. */
function markText(element: Element, text: string, ranges: readonly TextRange[]): void {
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

export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const base = root.dataset['base'] ?? '/';
  const selects = new Map([...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((s) => [s.dataset['filter'] as Key, s]));
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const paragraphSection = root.querySelector<HTMLElement>('[data-paragraphs]')!;
  const paragraphList = paragraphSection.querySelector('ol')!;

  const words = uiText<Record<string, string>>(root);
  const locale = isLocale(root.dataset['locale']) ? root.dataset['locale'] : DEFAULT_LOCALE;
  status.textContent = fill(words['loading'], {});
  let data: SearchIndexData;
  try {
    const response = await fetch(root.dataset['index'] ?? withBase(base, paths.searchIndex()));
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as SearchIndexData;
  } catch {
    status.textContent = fill(words['failed'], {});
    return;
  }
  const searcher = loadSearchIndex(data);
  const outlets = new Map(data.sources.map((s) => [s.id, s.outlet]));
  const paragraphSummary = paragraphSection.querySelector('summary')!;
  const items = new Map([...document.querySelectorAll<HTMLElement>('[data-event-item]')].map((li) => [li.dataset['eventItem']!, li]));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-month-group], [data-year-group]')];
  const overviewMarks = [...document.querySelectorAll<SVGElement>('.overview [data-mark]')];
  const chapterBlocks = [...document.querySelectorAll<HTMLElement>('[data-chapter]')];
  const printFilter = document.querySelector<HTMLElement>('[data-print-filter]');
  const originals = new Map<Element, string>();
  for (const li of items.values()) {
    for (const el of li.querySelectorAll('.event-title a, .event-summary')) originals.set(el, el.textContent ?? '');
  }
  const total = searcher.events.length;
  const totalCount = document.querySelector<HTMLElement>('[data-total-count]');

  function render(state: State): void {
    if (input.value !== state.q && document.activeElement !== input) input.value = state.q;
    for (const [key, select] of selects) select.value = state[key];
    const query = state.q.trim();
    const results = query ? searcher.search(query) : null;
    const hits = results && !results.blank ? results.events : null;
    const filters = {
      actor: state.person || undefined,
      theme: state.theme || undefined,
      outlet: state.outlet || undefined,
      year: state.year ? Number(state.year) : undefined,
    };
    const { events, facets } = filterEvents(searcher.events, hits, filters);
    const filtering = KEYS.some((key) => key !== 'q' && state[key]);
    const active = hits !== null || filtering;
    const shown = new Map(events.map(({ event, hit }) => [event.id, hit]));

    for (const [id, li] of items) {
      li.hidden = active && !shown.has(id);
      const terms = shown.get(id)?.terms ?? [];
      for (const el of li.querySelectorAll('.event-title a, .event-summary')) {
        const text = originals.get(el) ?? '';
        markText(el, text, terms.length > 0 ? markRanges(text, terms) : []);
      }
    }
    // Hide months and years left empty (inner groups first, then the years that hold them).
    for (const group of [...groups].reverse()) {
      group.hidden = active && !group.querySelector('[data-event-item]:not([hidden])');
    }
    for (const mark of overviewMarks) mark.classList.toggle('dim', active && !shown.has(mark.dataset['mark'] ?? ''));
    // Chapter introductions speak of the whole story; a narrowed list shows the events alone.
    for (const block of chapterBlocks) block.hidden = active;

    const facetOf: Record<Key, keyof typeof facets | undefined> = { q: undefined, person: 'actor', theme: 'theme', outlet: 'outlet', year: 'year' };
    for (const [key, select] of selects) {
      const counts = facets[facetOf[key]!];
      for (const option of select.options) {
        if (!option.value) continue;
        const label = option.dataset['label'] ?? option.value;
        option.textContent = `${label} (${counts[option.value] ?? 0})`;
      }
    }

    const count = events.length;
    if (!active) status.textContent = fill(words['idle'], { total });
    else {
      const what = query ? fill(words['what'], { query }) : '';
      const partial = results?.partial ? fill(words['partial'], {}) : '';
      status.textContent = fill(words['match'], { count, total, what, partial });
    }
    empty.hidden = !(active && count === 0);
    if (printFilter) {
      // What a printed page is narrowed by, in words (shown only in print).
      const parts: string[] = [];
      if (query) parts.push(fill(words['searchPart'], { query }));
      for (const [key, select] of selects) {
        if (state[key]) parts.push(`${select.closest('label')?.querySelector('span')?.textContent ?? key}: ${select.selectedOptions[0]?.dataset['label'] ?? state[key]}`);
      }
      printFilter.textContent = active ? fill(words['filtered'], { parts: parts.join('; '), count, total }) : '';
      printFilter.hidden = !active;
    }
    if (totalCount) totalCount.hidden = active;

    const paragraphs = results?.paragraphs.slice(0, 12) ?? [];
    paragraphSection.hidden = paragraphs.length === 0;
    paragraphSummary.textContent = fill(paragraphs.length === 12 ? words['passagesBest'] : paragraphs.length === 1 ? words['passagesOne'] : words['passagesMany'], { n: paragraphs.length });
    paragraphList.replaceChildren(
      ...paragraphs.map((hit) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = withBase(base, localized(paths.paragraph(hit.source, hit.paragraph), locale));
        link.textContent = fill(words['paragraphLink'], { outlet: outlets.get(hit.source) ?? hit.source, n: hit.paragraph });
        // The marks are added here, inner quotation marks turned to single ones: never “““.
        const snippet = document.createElement('span');
        snippet.className = 'passage';
        markText(snippet, nestInnerQuotes(hit.snippet), hit.ranges);
        li.append(link, ': “', snippet, '”');
        return li;
      }),
    );
  }

  // Typing replaces the current history entry after the first keystroke pushed one, so Back
  // returns to the state before the reader began typing, not letter by letter.
  let typing = false;
  function commit(mode: 'push' | 'replace'): void {
    const next: State = { ...readState(''), q: input.value };
    for (const [key, select] of selects) next[key] = select.value;
    const current = readState(window.location.search);
    if (!sameState(next, current)) {
      if (mode === 'push') window.history.pushState(null, '', stateUrl(next));
      else window.history.replaceState(null, '', stateUrl(next));
    }
    render(next);
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      commit(typing ? 'replace' : 'push');
      typing = true;
    }, 150);
  });
  input.addEventListener('change', () => {
    typing = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      window.clearTimeout(timer);
      input.value = '';
      typing = false;
      commit('push');
    }
  });
  for (const select of selects.values()) {
    select.addEventListener('change', () => {
      typing = false;
      commit('push');
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    commit(typing ? 'replace' : 'push');
    typing = false;
  });
  root.querySelector('[data-clear]')?.addEventListener('click', () => {
    input.value = '';
    for (const select of selects.values()) select.value = '';
    typing = false;
    commit('push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = readState(window.location.search);
    input.value = state.q;
    render(state);
  });

  const initial = readState(window.location.search);
  if (input.value.trim() && input.value !== initial.q) {
    // The reader typed while the index was loading: search for what they typed.
    commit('push');
    typing = true;
  } else {
    input.value = initial.q;
    render(initial);
  }
}
