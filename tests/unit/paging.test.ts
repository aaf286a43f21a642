// The paging decisions: when a chronology is paged, how lists are cut, what embeds and the feed keep.
import { describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/routes.ts';
import { capList, feedSelection, isPaged, laterPages, overviewGroups, paginate, PAGING, type PagingPolicy } from '../../src/lib/paging.ts';

const SMALL: PagingPolicy = { threshold: 10, perPage: 4, feedLatest: 3 };
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('isPaged', () => {
  test.each([
    [0, false],
    [10, false],
    [11, true],
    [5000, true],
  ])('%i events → %s', (count, paged) => {
    expect(isPaged(count, SMALL)).toBe(paged);
  });

  test('the real 39-event chronology is far below the default threshold', () => {
    expect(isPaged(39)).toBe(false);
    expect(PAGING.perPage).toBeLessThanOrEqual(PAGING.threshold);
  });
});

describe('paginate', () => {
  test('a small chronology keeps each list whole, however long', () => {
    const pages = paginate(range(9), false, SMALL);
    expect(pages).toEqual([{ number: 1, count: 1, items: range(9) }]);
  });

  test.each([
    [0, [0]],
    [1, [1]],
    [4, [4]],
    [5, [4, 1]],
    [12, [4, 4, 4]],
    [13, [4, 4, 4, 1]],
  ])('a paged list of %i items is cut into pages of %j', (n, sizes) => {
    const pages = paginate(range(n), true, SMALL);
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => p.number)).toEqual(range(sizes.length));
    expect(pages.every((p) => p.count === sizes.length)).toBe(true);
    // Every item once, in order.
    expect(pages.flatMap((p) => p.items)).toEqual(range(n));
  });

  test('laterPages leaves out the first page, which has the list\'s own address', () => {
    expect(laterPages(paginate(range(9), true, SMALL)).map((p) => p.number)).toEqual([2, 3]);
    expect(laterPages(paginate(range(3), true, SMALL))).toEqual([]);
  });
});

describe('capList', () => {
  test('keeps a small chronology\'s list whole', () => {
    expect(capList(range(9), false, SMALL)).toEqual({ items: range(9), omitted: 0 });
  });

  test('keeps a paged list to one page and counts the rest', () => {
    expect(capList(range(9), true, SMALL)).toEqual({ items: [1, 2, 3, 4], omitted: 5 });
    expect(capList(range(4), true, SMALL)).toEqual({ items: range(4), omitted: 0 });
  });
});

describe('feedSelection', () => {
  test('every event of a small chronology, the latest of a paged one', () => {
    expect(feedSelection(range(9), false, SMALL)).toEqual(range(9));
    expect(feedSelection(range(9), true, SMALL)).toEqual([7, 8, 9]);
    expect(feedSelection(range(2), true, SMALL)).toEqual([1, 2]);
  });
});

describe('overviewGroups', () => {
  test('each group with its total and its pages', () => {
    const groups = overviewGroups([{ key: '2017', items: range(9) }, { key: '2018', items: range(2) }], SMALL);
    expect(groups.map((g) => [g.key, g.total, g.pages.length])).toEqual([
      ['2017', 9, 3],
      ['2018', 2, 1],
    ]);
  });
});

describe('page addresses', () => {
  test.each([
    [paths.yearPage('2018', 1), '/years/2018/'],
    [paths.yearPage('2018', 3), '/years/2018/3/'],
    [paths.themePage('warnings', 2), '/themes/warnings/2/'],
    [paths.personPage('jeff-sessions', 1), '/people/jeff-sessions/'],
    [paths.handoutYear('2018'), '/handout/2018/'],
    [paths.handoutYear('2018', 2), '/handout/2018/2/'],
  ])('%s is %s', (got, want) => {
    expect(got).toBe(want);
  });

  test('page 1 of a list is the list\'s own page', () => {
    expect(paths.yearPage('2019', 1)).toBe(paths.year('2019'));
    expect(paths.themePage('x', 1)).toBe(paths.theme('x'));
    expect(paths.personPage('x', 1)).toBe(paths.person('x'));
  });
});
