// Results as a list of cards, for a page that does not list the events itself (a paged chronology's
// home page): the first results in the list's order, each its date and linked title with the matched
// words marked, and a button for more. Only these few elements change per keystroke.
import { localized, paths, withBase } from '../../lib/routes.ts';
import { markRanges, type EventCard } from '../../lib/search.ts';
import type { Locale } from '../../lib/locale.ts';
import { markText } from './render.ts';
import { fill } from '../ui-text.ts';

/** How many results a page of them shows; "more" adds as many again. */
export const RESULTS_SHOWN = 20;

export interface ResultHooks {
  /** `<ol data-search-results>`: where the cards go. */
  list: HTMLElement;
  /** `<button data-search-more>`. */
  more: HTMLButtonElement | null;
  /** What the page shows when no search is active (`data-paged-overview`): hidden while results show. */
  overview: HTMLElement | null;
}

export interface ShownResult {
  id: string;
  card: EventCard | undefined;
  terms: readonly string[];
}

function resultItem(result: ShownResult, card: EventCard, link: { base: string; locale: Locale }): HTMLLIElement {
  const [title, label] = card;
  const li = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'event-card';
  const date = document.createElement('p');
  date.textContent = label;
  const heading = document.createElement('h3');
  const a = document.createElement('a');
  a.href = withBase(link.base, localized(paths.event(result.id), link.locale));
  markText(a, title, result.terms.length > 0 ? markRanges(title, [...result.terms]) : []);
  heading.append(a);
  article.append(date, heading);
  li.append(article);
  return li;
}

/**
 * Shows `shown` (the first of `count` results) as cards, or nothing when no search is active. The
 * more button says how many it would add and how many are left.
 */
export function renderResults(hooks: ResultHooks, active: boolean, shown: readonly ShownResult[], count: number, context: { base: string; locale: Locale; words: Partial<Record<string, string>> }): void {
  hooks.list.hidden = !active || shown.length === 0;
  if (hooks.overview) hooks.overview.hidden = active;
  hooks.list.replaceChildren(...(active ? shown.flatMap((r) => (r.card ? [resultItem(r, r.card, context)] : [])) : []));
  if (!hooks.more) return;
  const left = count - shown.length;
  hooks.more.hidden = !active || left <= 0;
  hooks.more.textContent = fill(context.words['more'], { n: Math.min(RESULTS_SHOWN, left), left });
}
