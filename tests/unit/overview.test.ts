// The overview's geometry: the axis ends where the story ends, targets are big enough to touch,
// key moments are labelled within the width, vague dates are ranges, chapters are bands.
import { describe, expect, test } from 'vitest';
import { bandsByNumber, groupByMiddle, labelRoom, tickYears, layoutOverview, pickRow, shortenLabel, showsInZoom, trimOverlaps } from '../../src/lib/overview.ts';
import type { ChapterRecord } from '../../src/lib/records.ts';
import { eventRecord } from './records-fixtures.ts';

const event = (id: string, date: string, key = false, title = id) => ({ ...eventRecord(id, date, { title, summary: '' }), ...(key ? { key: true } : {}) });
const chapter = (id: string, start: string, end: string): ChapterRecord => ({ id, title: id, date: `${start}/${end}`, start, end, label: id, intro: '', citations: [] });

// Dense on purpose: a cluster of days in April 2018 that no finger could tell apart at 300 px.
const events = [
  event('2017-03-span', '2017-03/2017-11', true, 'A pilot runs in one city for most of a year'),
  event('2017-x', '2017'),
  event('2018-04-06-a', '2018-04-06', true, 'The policy is announced in a speech'),
  event('2018-04-07-b', '2018-04-07'),
  event('2018-04-09-c', '2018-04-09'),
  event('2018-05-month', '2018-05'),
  event('2019-06-01-d', '2019-06-01'),
  event('2021-01-14-e', '2021-01-14', true, 'The final report is released after a long investigation'),
];
const chapters = [chapter('pilot', '2017-03-01', '2017-11-30'), chapter('announcement', '2018-04-01', '2018-04-30'), chapter('report', '2020-10-01', '2021-01-31')];

describe('layoutOverview', () => {
  const designWidth = 300;
  const view = layoutOverview(events, chapters, { designWidth, minTarget: 24 });
  const px = (percent: number) => (percent / 100) * designWidth;

  test('the axis runs from the first event to the last, not to the end of the last year', () => {
    expect(view.start).toBe('2017-01-01');
    expect(view.end).toBe('2021-01-14');
    expect(view.ticks.map((t) => t.year)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    // 2021 has a fortnight on the axis: too short to carry its label at 300 px.
    expect(view.ticks.find((t) => t.year === '2021')!.labelled).toBe(false);
    expect(view.ticks.find((t) => t.year === '2019')!.labelled).toBe(true);
  });

  test('every touch target is at least 24 px wide at the design width, and targets do not overlap', () => {
    for (const target of view.targets) expect(px(target.width)).toBeGreaterThanOrEqual(24 - 0.01);
    for (let i = 1; i < view.targets.length; i += 1) {
      expect(view.targets[i]!.x).toBeGreaterThanOrEqual(view.targets[i - 1]!.x + view.targets[i - 1]!.width - 0.01);
    }
    for (const target of view.targets) {
      expect(target.x).toBeGreaterThanOrEqual(0);
      expect(target.x + target.width).toBeLessThanOrEqual(100.01);
    }
  });

  test('marks too close to touch apart share one target, which links to the first of them in the list', () => {
    const april = view.targets.find((t) => t.events.includes('2018-04-07-b'))!;
    expect(april.events).toEqual(expect.arrayContaining(['2018-04-06-a', '2018-04-07-b', '2018-04-09-c']));
    expect(april.anchor).toBe('#2018-04-06-a');
    expect(april.label).toMatch(/^\d+ events, the first April 6, 2018: The policy is announced/);
    // Every event is reachable through exactly one target.
    expect(view.targets.flatMap((t) => t.events).sort()).toEqual(events.map((e) => e.id).sort());
  });

  test('a day is a dot; a month, a year or a span is a range as wide as its dates', () => {
    const byId = new Map(view.marks.map((m) => [m.id, m]));
    expect(byId.get('2018-04-06-a')!.width).toBe(0);
    expect(byId.get('2018-04-06-a')!.exact).toBe(true);
    expect(byId.get('2017-x')!.width).toBeGreaterThan(byId.get('2018-05-month')!.width * 10);
    expect(byId.get('2018-05-month')!.exact).toBe(false);
    for (const mark of view.marks) expect(mark.y).toBeLessThan(view.axisY);
  });

  test('each key moment has a label of its own row, fitting between its mark and the edge it grows to', () => {
    expect(view.labels.map((l) => l.id)).toEqual(['2017-03-span', '2018-04-06-a', '2021-01-14-e']);
    expect(new Set(view.labels.map((l) => l.y)).size).toBe(3);
    for (const label of view.labels) {
      const room = label.align === 'start' ? px(100 - label.x) : px(label.x);
      expect(label.text.length * 7).toBeLessThanOrEqual(room);
      expect(label.y).toBeGreaterThan(view.axisY);
      expect(label.y).toBeLessThanOrEqual(view.height);
    }
    expect(view.labels.at(-1)!.align).toBe('end');
  });

  test('chapters are bands over their span, numbered in order, numbers of neighbours on different rows', () => {
    expect(view.bands.map((b) => [b.id, b.number])).toEqual([['pilot', 1], ['announcement', 2], ['report', 3]]);
    const pilot = view.bands[0]!;
    const span = view.marks.find((m) => m.id === '2017-03-span')!;
    expect(pilot.x).toBeCloseTo(span.x, 1);
    expect(pilot.x + pilot.width).toBeCloseTo(span.x + span.width, 1);
    const narrow = layoutOverview(events, [chapter('a', '2018-04-01', '2018-04-30'), chapter('b', '2018-05-01', '2018-05-31')]);
    expect(narrow.bands.map((b) => b.row)).toEqual([0, 1]);
  });

  test('no events, nothing to draw', () => {
    expect(layoutOverview([], []).marks).toEqual([]);
  });
});

test.each([
  ['Short title', 20, 'Short title'],
  ['Sessions announces “zero tolerance” in a speech', 30, 'Sessions announces “zero…'],
  ['Averyveryverylongwordwithoutspaces', 10, 'Averyvery…'],
])('shortenLabel(%j, %i) is %j', (text, max, expected) => {
  const result = shortenLabel(text, max);
  expect(result).toBe(expected);
  expect(result.length).toBeLessThanOrEqual(max);
});

describe('the layout helpers', () => {
  test.each([
    ['an empty list opens row 0', [], 5, Infinity, 0, 1],
    ['the first row that is free again', [10, 3, 1], 4, Infinity, 1, 3],
    ['a new row when none is free', [10, 9], 4, Infinity, 2, 3],
    ['at the row limit, the row that ends first', [10, 7, 9], 4, 3, 1, 3],
  ])('pickRow: %s', (_, ends, from, maxRows, row, rows) => {
    const list = [...ends];
    expect(pickRow(list, (end) => end <= from, maxRows)).toBe(row);
    expect(list).toHaveLength(rows);
  });

  test.each([
    ['one mark, one group', [{ x: 10, width: 0 }], 8, [[10]]],
    ['middles closer than the width share a group', [{ x: 10, width: 0 }, { x: 15, width: 0 }, { x: 30, width: 0 }], 8, [[10, 15], [30]]],
    ['a group is measured from its first middle', [{ x: 0, width: 0 }, { x: 5, width: 0 }, { x: 10, width: 0 }], 8, [[0, 5], [10]]],
    ['ranges are grouped by their middles, in order of them', [{ x: 40, width: 20 }, { x: 0, width: 100 }, { x: 20, width: 0 }], 8, [[20], [40, 0]]],
  ])('groupByMiddle: %s', (_, marks, minWidth, expected) => {
    expect(groupByMiddle(marks, minWidth).map((g) => g.map((m) => m.x))).toEqual(expected);
  });

  test.each([
    ['apart: untouched', [{ x: 0, width: 8 }, { x: 10, width: 8 }], [{ x: 0, width: 8 }, { x: 10, width: 8 }]],
    ['touching: untouched', [{ x: 0, width: 8 }, { x: 8, width: 8 }], [{ x: 0, width: 8 }, { x: 8, width: 8 }]],
    ['overlapping by 2: each gives up 1', [{ x: 0, width: 8 }, { x: 6, width: 8 }], [{ x: 0, width: 7 }, { x: 7, width: 7 }]],
  ])('trimOverlaps: %s', (_, spans, expected) => {
    const list = spans.map((s) => ({ ...s }));
    trimOverlaps(list);
    expect(list).toEqual(expected);
  });

  test.each([
    [10, 300, 44, 'start', 38],
    [30, 300, 44, 'start', 30],
    [50, 300, 44, 'start', 21],
    [90, 300, 44, 'end', 38],
    [99, 1000, 44, 'end', 44],
    [50, 50, 44, 'start', 8],
  ] as const)('labelRoom(%d%%, %d px, %d) grows towards the %s edge, %d characters', (middle, width, max, align, chars) => {
    expect(labelRoom(middle, width, max)).toEqual({ align, chars });
  });
});

test.each([
  ['a point inside', 30, 30, 24.5, 49, true],
  ['a point on the edge', 24.5, 24.5, 24.5, 49, true],
  ['a point outside', 50, 50, 24.5, 49, false],
  ['a range overlapping the start', 20, 30, 24.5, 49, true],
  ['a range covering the zoom', 0, 100, 24.5, 49, true],
  ['a range that only touches the start', 0, 24.5, 24.5, 49, false],
  ['a range that only touches the end', 49, 60, 24.5, 49, false],
])('showsInZoom: %s', (_, left, right, a, b, expected) => {
  expect(showsInZoom(left, right, a, b)).toBe(expected);
});

describe('reading the zoom choices back from the drawing', () => {
  const bands = [
    { id: 'investigation', x: 24.5, width: 69.4 },
    { id: 'pilot', x: 4, width: 18.4 },
    { id: 'announcement', x: 30.5, width: 2 },
    { id: 'separations', x: 32.5, width: 2.1 },
  ];
  test.each([
    ['numbers at the exact middles', [13.2, 31.5, 33.6, 59.2], ['pilot', 'announcement', 'separations', 'investigation']],
    ['numbers rounded off the middles', [13.25, 31.45, 33.5, 59.1], ['pilot', 'announcement', 'separations', 'investigation']],
    ['one chapter', [31.4], ['announcement']],
  ])('bandsByNumber: %s', (_, centres, ids) => {
    expect(bandsByNumber(bands, centres).map((b) => b.id)).toEqual(ids);
  });

  test.each([
    ['the first year labelled', [0, 24.5, 48.9, 73.4, 97.9], { x: 12.2, year: 2017 }, [2017, 2018, 2019, 2020, 2021]],
    ['the first year too short to label', [0, 2, 26.5], { x: 14.2, year: 2018 }, [2017, 2018, 2019]],
    ['a label in the last stretch', [0, 50], { x: 75, year: 2020 }, [2019, 2020]],
  ])('tickYears: %s', (_, ticks, label, years) => {
    expect(tickYears(ticks, label)).toEqual(years);
  });
});
