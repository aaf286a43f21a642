// The page's hooks for search: every element the island reads or changes, found by its data- attribute,
// or, inside the timeline's event cards, by its place in the card (../card.ts).
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../lib/locale.ts';
import type { FilterParamName } from '../../lib/search/params.ts';
import { SEARCH_WORDS } from '../../i18n/search-words.ts';
import type { ResultHooks } from './results.ts';
import { CARD_TEXTS, TIMELINE_CARDS, TIMELINE_GROUPS } from '../card.ts';

export interface SearchHooks {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The filter menus by parameter name (`data-filter="person"`). */
  selects: Map<FilterParamName, HTMLSelectElement>;
  status: HTMLElement;
  empty: HTMLElement;
  paragraphs: HTMLDetailsElement;
  paragraphSummary: HTMLElement;
  paragraphList: HTMLElement;
  clear: HTMLElement | null;
  /** Index address and the site's base path. */
  indexUrl: string;
  base: string;
  /** The page's language, and the island's words in it (src/i18n/search-words.ts). */
  locale: Locale;
  words: Partial<Record<string, string>>;
}

export interface TimelineHooks {
  /** Event entries by event id: each list item holding a card (the card's id is the event's). */
  items: Map<string, HTMLElement>;
  /** In each entry, the texts where matched words are marked (the title and summary), with their original text. */
  texts: Map<HTMLElement, { element: HTMLElement; text: string }[]>;
  /** Month and year groups, outermost first. */
  groups: HTMLElement[];
  /** The overview's marks, one per event in the list's order. */
  overviewMarks: SVGElement[];
  chapters: HTMLElement[];
  printFilter: HTMLElement | null;
  totalCount: HTMLElement | null;
  /** On a page that does not list the events (paged): where results go as cards. */
  results: ResultHooks | null;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search: the page has no ${selector}`);
  return element;
}

/**
 * The fold for passages in the articles' own words, at the end of the box: made here, since only
 * the island fills it (the page carries no markup it could not use without JavaScript).
 */
function passagesFold(root: HTMLElement): HTMLDetailsElement {
  const fold = document.createElement('details');
  fold.className = 'paragraph-hits';
  fold.dataset['paragraphs'] = '';
  fold.hidden = true;
  const summary = document.createElement('summary');
  summary.dataset['paragraphSummary'] = '';
  const list = document.createElement('ol');
  list.dataset['paragraphList'] = '';
  fold.append(summary, list);
  root.append(fold);
  return fold;
}

/** The line a filtered timeline prints above the list (what it is filtered by); made here, like the fold. */
function printFilterLine(list: Element | null): HTMLElement | null {
  if (!list) return null;
  const line = document.createElement('p');
  line.className = 'print-only print-filter';
  line.dataset['printFilter'] = '';
  line.hidden = true;
  list.before(line);
  return line;
}

/** The search box's own parts, inside `<timeline-search>`. */
export function readSearchHooks(root: HTMLElement): SearchHooks {
  const paragraphs = passagesFold(root);
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const locale: Locale = isLocale(root.dataset['locale']) ? root.dataset['locale'] : DEFAULT_LOCALE;
  return {
    form: required(root, '[data-search-form]'),
    input: required(root, '[data-search-input]'),
    selects: new Map(selects.map((s) => [s.dataset['filter'] as FilterParamName, s])),
    status: required(root, '[data-search-status]'),
    empty: required(root, '[data-empty]'),
    paragraphs,
    paragraphSummary: required(paragraphs, '[data-paragraph-summary]'),
    paragraphList: required(paragraphs, '[data-paragraph-list]'),
    clear: root.querySelector('[data-clear]'),
    indexUrl: root.dataset['index'] ?? '',
    base: root.dataset['base'] ?? '/',
    locale,
    words: SEARCH_WORDS[locale],
  };
}

/** The timeline the search narrows, anywhere on the page. */
export function readTimelineHooks(page: ParentNode): TimelineHooks {
  const items = new Map([...page.querySelectorAll<HTMLElement>(TIMELINE_CARDS)].map((card) => [card.id, card.parentElement!]));
  const texts = new Map(
    [...items.values()].map((li) => [li, [...li.firstElementChild!.querySelectorAll<HTMLElement>(CARD_TEXTS)].map((element) => ({ element, text: element.textContent ?? '' }))]),
  );
  return {
    items,
    texts,
    groups: [...page.querySelectorAll<HTMLElement>(TIMELINE_GROUPS)],
    overviewMarks: [...page.querySelectorAll<SVGElement>('[data-overview] .marks > *')],
    chapters: [...page.querySelectorAll<HTMLElement>('[data-chapter]')],
    printFilter: printFilterLine(page.querySelector('[data-timeline]')),
    totalCount: page.querySelector('[data-total-count]'),
    results: readResultHooks(page),
  };
}

/** The results list of a page that does not list the events, with its more button and what it replaces. */
function readResultHooks(page: ParentNode): ResultHooks | null {
  const list = page.querySelector<HTMLElement>('[data-search-results]');
  if (!list) return null;
  return { list, more: page.querySelector('[data-search-more]'), overview: page.querySelector('[data-paged-overview]') };
}
