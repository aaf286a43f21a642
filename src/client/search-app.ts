// The search island proper, loaded on first use: narrows the timeline in place as the reader types
// or filters, marks the matched words, lists matching article paragraphs, and keeps it all in the URL.
// Its parts: search/hooks.ts (the page's elements), search/render.ts, search/history.ts (the address);
// on a page that does not list the events (a paged chronology), search/results.ts shows them as cards
// read by search/cards.ts.
import { filterChoices, openSearchIndex, type Chunk, type ChunkedSearcher, type SearchIndexData, type SearchResults } from '../lib/search.ts';
import { readSearchState, type SearchState } from '../lib/search/params.ts';
import { connectForm } from './search/history.ts';
import { readSearchHooks, readTimelineHooks, type SearchHooks } from './search/hooks.ts';
import { PASSAGES_SHOWN, render, viewOf, type RenderContext, type ShownCards, type View } from './search/render.ts';
import { cardReader, type CardReader } from './search/cards.ts';
import { RESULTS_SHOWN } from './search/results.ts';
import { fill } from './ui-text.ts';

async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  return (await response.json()) as T;
}

/** The index's head from the address on the page, and a searcher that fetches chunks beside it. */
async function openIndex(search: SearchHooks): Promise<{ searcher: ChunkedSearcher; head: SearchIndexData; cards: CardReader | null }> {
  const headUrl = new URL(search.indexUrl, window.location.href);
  const head = await fetchJson<SearchIndexData>(headUrl);
  const load = (name: string) => fetchJson<Chunk>(new URL(`${head.chunkPath}${name}.json`, headUrl));
  return { searcher: openSearchIndex(head, load), head, cards: cardReader(head, load) };
}

/** The cards the first `limit` events of a state's results show, when the page shows results as cards. */
async function cardsFor(ctx: RenderContext, read: CardReader | null, view: View, limit: number): Promise<ShownCards | undefined> {
  if (!read || !ctx.timeline.results) return undefined;
  const numbers = numbering(ctx);
  const first = view.events.slice(0, limit).map(({ event }) => numbers.get(event.id) ?? -1);
  return { limit, cards: await read(first), numbers };
}

const numberings = new WeakMap<RenderContext, Map<string, number>>();
/** Event number (its place in the index's head) by id. */
function numbering(ctx: RenderContext): Map<string, number> {
  let numbers = numberings.get(ctx);
  if (!numbers) numberings.set(ctx, (numbers = new Map(ctx.events.map((e, i) => [e.id, i]))));
  return numbers;
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
  const { searcher, head, cards } = opened;
  // The filters' choices come with the index; each option keeps its own label for its counts.
  const choices = filterChoices(head);
  for (const [name, select] of search.selects) {
    select.append(...choices[name].map((c) => menuOption(c.label, c.value)));
  }
  const ctx: RenderContext = { search, timeline: readTimelineHooks(document), events: searcher.events, outlets: new Map(head.sources.map((s) => [s.id, s.outlet])) };
  // Each state shown is numbered: results arriving for an older one (chunks still loading) are dropped.
  let shown = 0;
  // Results shown as cards (a paged page): how many, and the state they are for ("more" adds to it).
  let limit = RESULTS_SHOWN;
  let current: SearchState | null = null;
  const lazyPassages = Object.keys(head.inline).length === 0;
  const show = (state: SearchState): void => {
    const ticket = ++shown;
    if (state !== current) limit = RESULTS_SHOWN;
    current = state;
    const query = state.q.trim();
    // A chunked index fetches paragraph texts only for passages the reader opens (they start folded).
    const snippets = !lazyPassages || search.paragraphs.open;
    const answer: Promise<SearchResults | null> = query ? searcher.search(query, { paragraphLimit: PASSAGES_SHOWN, snippets }) : Promise.resolve(null);
    void answer
      .then(async (results) => {
        // A newer state is on its way: nothing to work out for this one.
        if (ticket !== shown) return;
        const view = viewOf(ctx, state, results);
        const shownCards = await cardsFor(ctx, cards, view, limit);
        if (ticket === shown) render(ctx, state, results, shownCards, view);
      })
      .catch(() => ticket === shown && (search.status.textContent = fill(search.words['failed'], {})));
  };
  search.paragraphs.addEventListener('toggle', () => {
    if (lazyPassages && search.paragraphs.open && current) show(current);
  });
  ctx.timeline.results?.more?.addEventListener('click', () => {
    if (!current) return;
    limit += RESULTS_SHOWN;
    show(current);
  });
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
