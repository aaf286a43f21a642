// <timeline-search>: the tiny starter. The box is already on screen (CSS hides it where scripts do
// not run); this builds its filter menus (they work only with scripts, so the page does not carry
// them; CSS keeps their room) and loads the search code and its index only when the reader first
// uses it, or arrives with a search in the address.
import { FILTER_PARAMS, hasFilter, hasSearchState, readSearchState } from '../lib/search/params.ts';
import { filterWordsFor, type FilterWords } from '../i18n/filter-words.ts';

/**
 * Fills the filters' empty fieldset: a labelled menu per filter parameter, each holding only its
 * "any" choice (the island adds the rest from the search index), and the clear button.
 */
export function buildFilters(fieldset: HTMLElement, words: FilterWords): void {
  const legend = document.createElement('legend');
  legend.className = 'sr-only';
  legend.textContent = words.narrowBy;
  const menus = FILTER_PARAMS.map(({ name }) => {
    const label = document.createElement('label');
    label.className = 'filter';
    const select = document.createElement('select');
    select.name = name;
    select.dataset['filter'] = name;
    select.append(new Option(words.menus[name].all, ''));
    label.append(words.menus[name].label, select);
    return label;
  });
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.dataset['clear'] = '';
  clear.textContent = words.clearAll;
  fieldset.replaceChildren(legend, ...menus, clear);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class TimelineSearch extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    const filters = this.querySelector<HTMLElement>('[data-filters]');
    if (filters) buildFilters(filters, filterWordsFor(this.dataset['locale']));
    // Filters fold behind one control on narrow screens; on wide ones they start open.
    const fold = this.querySelector<HTMLDetailsElement>('[data-filter-fold]');
    if (fold && (window.matchMedia('(min-width: 48rem)').matches || hasFilter(readSearchState(window.location.search)))) fold.open = true;
    const load = () => {
      this.#loading ??= import('./search-app.ts').then((app) => app.startSearch(this));
      return this.#loading;
    };
    this.addEventListener('focusin', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    // The filters' choices come with the index: start fetching it as the pointer comes to them.
    fold?.addEventListener('pointerover', load, { once: true });
    this.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void load();
    });
    if (hasSearchState(window.location.search)) void load();
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
        event.preventDefault();
        input.focus();
      }
    });
  }
}

if (!customElements.get('timeline-search')) customElements.define('timeline-search', TimelineSearch);
