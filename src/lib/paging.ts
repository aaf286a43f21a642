// When a chronology is too big for one page, and how its lists are cut: the paging decisions every
// page that lists events follows, so no page grows past a fixed budget of events.

/** How a big chronology is cut into pages. */
export interface PagingPolicy {
  /**
   * Above this many events the site is paged: the timeline becomes an overview of the years, each
   * list is cut into pages, per-event share images give way to the site's image, and the feed keeps
   * the latest events. At or below it every page is exactly as a small chronology's.
   */
  threshold: number;
  /** The most events one list page shows (a year, a theme, a person, a handout part, an embed). */
  perPage: number;
  /** The events the feed keeps when the site is paged: the latest in the chronology's order. */
  feedLatest: number;
}

/**
 * Measured with the synthetic generator (tests/bench/build-bench.ts): the home page costs about
 * 0.6 KB gzip and 20 elements an event, so 150 events are about 100 KB raw and 3,000 elements,
 * where Lighthouse mobile stays in the nineties; 100 events a page keep every list page near
 * 2,000 elements and 60 KB gzip. The real chronology (39 events) is far below the threshold.
 */
export const PAGING: PagingPolicy = { threshold: 150, perPage: 100, feedLatest: 100 };

/**
 * The most bytes of HTML one page of a paged chronology may weigh (checked by tests/build/): a page of
 * 100 events is about 120 KB raw, so this leaves room for long titles without letting a list run on.
 */
export const PAGE_BUDGET_BYTES = 256 * 1024;

/** Whether a chronology of `count` events is paged. */
export function isPaged(count: number, policy: PagingPolicy = PAGING): boolean {
  return count > policy.threshold;
}

/** One page of a list: its number (from 1), how many pages the list has, and its items. */
export interface ListPage<T> {
  number: number;
  count: number;
  items: T[];
}

/**
 * The pages of a list. A small chronology's lists are never cut (one page holding every item,
 * however long); a paged chronology's are cut into pages of at most `perPage`. An empty list is one
 * empty page, so every list has a first page to link to.
 */
export function paginate<T>(items: readonly T[], paged: boolean, policy: PagingPolicy = PAGING): ListPage<T>[] {
  const size = paged ? policy.perPage : Math.max(1, items.length);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** Page numbers after the first: the pages that need an address of their own (`/years/2018/2/`). */
export function laterPages<T>(pages: readonly ListPage<T>[]): ListPage<T>[] {
  return pages.slice(1);
}

/** The first `limit` items when paged, and whether some were left out (for embeds: "N more on the site"). */
export function capList<T>(items: readonly T[], paged: boolean, policy: PagingPolicy = PAGING): { items: T[]; omitted: number } {
  if (!paged || items.length <= policy.perPage) return { items: [...items], omitted: 0 };
  return { items: items.slice(0, policy.perPage), omitted: items.length - policy.perPage };
}

/** The events the feed carries: all of a small chronology's, the latest `feedLatest` of a paged one. */
export function feedSelection<T>(events: readonly T[], paged: boolean, policy: PagingPolicy = PAGING): T[] {
  return paged ? events.slice(-policy.feedLatest) : [...events];
}

/** A group of the overview (a year): its name, its event count and the pages of its list. */
export interface OverviewGroup<T> {
  key: string;
  total: number;
  pages: ListPage<T>[];
}

/** The overview of a paged timeline: each group (a year) with its count and its pages. */
export function overviewGroups<T>(groups: readonly { key: string; items: readonly T[] }[], policy: PagingPolicy = PAGING): OverviewGroup<T>[] {
  return groups.map(({ key, items }) => ({ key, total: items.length, pages: paginate(items, true, policy) }));
}
