// The search island proper, loaded on first use: narrows the timeline in place as the reader types
// or filters, marks the matched words, lists matching article paragraphs, and keeps it all in the URL.
// Its parts: search/hooks.ts (the page's elements), search/render.ts, search/history.ts (the address).
import { filterChoices, openSearchIndex, type Chunk, type ChunkedSearcher, type SearchIndexData, type SearchResults } from '../lib/search.ts';
import { readSearchState, type SearchState } from '../lib/search/params.ts';
import { connectForm } from './search/history.ts';
import { readSearchHooks, readTimelineHooks, type SearchHooks } from './search/hooks.ts';
import { PASSAGES_SHOWN, render, type RenderContext } from './search/render.ts';
import { fill } from './ui-text.ts';

async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  return (await response.json()) as T;
}

/** The index's head from the address on the page, and a searcher that fetches chunks beside it. */
async function openIndex(search: SearchHooks): Promise<{ searcher: ChunkedSearcher; head: SearchIndexData }> {
  const headUrl = new URL(search.indexUrl, window.location.href);
  const head = await fetchJson<SearchIndexData>(headUrl);
  const searcher = openSearchIndex(head, (name) => fetchJson<Chunk>(new URL(`${head.chunkPath}${name}.json`, headUrl)));
  return { searcher, head };
}

/** A menu choice; its own label stays in `data-label` while the shown text gains a count. */
function menuOption(label: string, value: string): HTMLOptionElement {
  const option = new Option(label, value);
  option.dataset['label'] = label;
  return option;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const search = readSearchHooks(root);
  search.status.textContent = fill(search.words['loading'], {});
  let opened: Awaited<ReturnType<typeof openIndex>>;
  try {
    opened = await openIndex(search);
  } catch {
    search.status.textContent = fill(search.words['failed'], {});
    return;
  }
  const { searcher, head } = opened;
  // The filters' choices come with the index; each option keeps its own label for its counts.
  const choices = filterChoices(head);
  for (const [name, select] of search.selects) {
    select.append(...choices[name].map((c) => menuOption(c.label, c.value)));
  }
  const ctx: RenderContext = { search, timeline: readTimelineHooks(document), events: searcher.events, outlets: new Map(head.sources.map((s) => [s.id, s.outlet])) };
  // Each state shown is numbered: results arriving for an older one (chunks still loading) are dropped.
  let shown = 0;
  const show = (state: SearchState): void => {
    const ticket = ++shown;
    const query = state.q.trim();
    const answer: Promise<SearchResults | null> = query ? searcher.search(query, { paragraphLimit: PASSAGES_SHOWN }) : Promise.resolve(null);
    void answer.then(
      (results) => ticket === shown && render(ctx, state, results),
      () => ticket === shown && (search.status.textContent = fill(search.words['failed'], {})),
    );
  };
  const form = connectForm(search, show);
  const initial = readSearchState(window.location.search);
  if (search.input.value.trim() && search.input.value !== initial.q) {
    // The reader typed while the index was loading: search for what they typed.
    form.commit('push');
    form.typing(true);
  } else {
    search.input.value = initial.q;
    show(initial);
  }
}
