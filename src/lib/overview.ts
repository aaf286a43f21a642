// Geometry of the overview graphic. Horizontal positions are PERCENTAGES of the graphic's width and
// vertical ones CSS pixels, so the SVG (drawn without a viewBox) stretches to any width while its
// text stays at its CSS size: readable on a phone, not huge on a desktop. Pure: no DOM, no date-fns.
import type { ChapterRecord, EventRecord } from './records.ts';
import { fragment } from './routes.ts';

/** One event drawn on the axis: a dot for a known day, a faint range for a vaguer date. */
export interface OverviewMark {
  id: string;
  /** The event's anchor in the list on the same page (`#2018-04-06-announcement`). */
  anchor: string;
  /** Date in words and title: the accessible name and the label shown when it has focus. */
  label: string;
  /** Left edge, percent of the width. */
  x: number;
  /** Width in percent; 0 for a known day. */
  width: number;
  /** Lane (row) of the range, so ranges do not overlap. */
  lane: number;
  y: number;
  /** Known to the day and not approximate: drawn solid. */
  exact: boolean;
  key: boolean;
  /** Days from the axis origin to the start and past the end, for the island's zoom. */
  from: number;
  to: number;
}

/** A touch target: one or more marks close together, linking to the first of them in the list. */
export interface OverviewTarget {
  anchor: string;
  /** What the target holds, in words. */
  label: string;
  /** Left edge and width in percent: never narrower than the minimum target at the design width. */
  x: number;
  width: number;
  /** Ids of the events it holds, in order. */
  events: string[];
  from: number;
  to: number;
}

export interface OverviewBand {
  id: string;
  /** 1-based chapter number, drawn in the band. */
  number: number;
  title: string;
  label: string;
  anchor: string;
  x: number;
  width: number;
  /** Row of the number, so close numbers do not collide. */
  row: number;
  from: number;
  to: number;
}

export interface OverviewTick {
  year: string;
  /** Where the year starts (percent); the first year starts at the axis origin. */
  x: number;
  /** Middle of the year's visible part, where its label goes. */
  labelX: number;
  from: number;
  /** Whether the year's stretch of the axis is wide enough at the design width to carry its label. */
  labelled: boolean;
}

/** A key moment's label: a row of its own below the axis, with a leader line from the mark. */
export interface OverviewLabel {
  id: string;
  anchor: string;
  text: string;
  /** Where the leader starts (the mark's middle), percent. */
  x: number;
  y: number;
  /** Text grows rightwards from a mark in the left half, leftwards from one in the right half. */
  align: 'start' | 'end';
  at: number;
}

export interface Overview {
  /** Height in CSS pixels. */
  height: number;
  /** Top of the lanes, the axis line, and the bottom of the bands. */
  lanesTop: number;
  axisY: number;
  /** ISO days the axis runs between: the first event's first day, the last event's last day. */
  start: string;
  end: string;
  /** Length of the axis in days. */
  days: number;
  marks: OverviewMark[];
  targets: OverviewTarget[];
  bands: OverviewBand[];
  ticks: OverviewTick[];
  labels: OverviewLabel[];
}

export interface OverviewOptions {
  /** The narrowest width (CSS px) the graphic must work at: targets are sized for it. */
  designWidth?: number;
  /** Smallest touch target, CSS px (WCAG 2.2, 2.5.8: 24). */
  minTarget?: number;
  /** Longest label of a key moment, in characters, so it fits at the design width. */
  labelChars?: number;
  /** A group target's name, in the page's language (default English: "3 events, the first …"). */
  groupLabel?: (count: number, first: string) => string;
}

const groupLabelEn = (count: number, first: string): string => `${count} events, the first ${first}`;

const DAY = 86_400_000;
const LANE = 7;
const DOT_ROW = 10;
const LABEL_ROW = 24;
/** From the axis to the first label's baseline: clear of the year labels (baseline 20 px below it). */
const LABELS_TOP = 40;
/** Average width of a character of the 13 px label text, generously (system sans fonts run 6–6.5 px). */
const CHAR_WIDTH = 7;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A title cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortenLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The axis: day numbers of its two ends and a function from a day to its position in percent. */
interface Axis {
  origin: number;
  last: number;
  days: number;
  pct: (day: number) => number;
}

function axisOf(events: readonly EventRecord[]): Axis {
  const origin = Math.min(...events.map((e) => dayNumber(e.start)));
  const last = Math.max(...events.map((e) => dayNumber(e.end))) + 1;
  const days = last - origin;
  return { origin, last, days, pct: (day) => round(((Math.min(Math.max(day, origin), last) - origin) / days) * 100) };
}

/**
 * The first row whose end `fits` (rows fill left to right), or a new row while fewer than `maxRows`
 * exist, or else the row that ends first. Returns the row's index; the caller records its new end.
 */
export function pickRow(ends: number[], fits: (end: number) => boolean, maxRows = Infinity): number {
  const free = ends.findIndex(fits);
  if (free !== -1) return free;
  if (ends.length < maxRows) return ends.push(Number.NEGATIVE_INFINITY) - 1;
  return ends.indexOf(Math.min(...ends));
}

/** Chapters as bands; their numbers sit in rows above the lanes so close numbers do not collide. */
function layoutBands(chapters: readonly ChapterRecord[], axis: Axis, designWidth: number): { bands: OverviewBand[]; rows: number } {
  const numberWidth = (16 / designWidth) * 100;
  const rowEnds: number[] = [];
  const bands = chapters.map((chapter, index) => {
    const from = dayNumber(chapter.start) - axis.origin;
    const to = dayNumber(chapter.end) + 1 - axis.origin;
    const x = axis.pct(from + axis.origin);
    const width = round(axis.pct(to + axis.origin) - x);
    const middle = x + width / 2;
    const row = pickRow(rowEnds, (end) => end <= middle - numberWidth / 2);
    rowEnds[row] = middle + numberWidth / 2;
    return { id: chapter.id, number: index + 1, title: chapter.title, label: chapter.label, anchor: fragment(`chapter-${chapter.id}`), x, width, row, from, to };
  });
  return { bands, rows: rowEnds.length };
}

/** Days are dots in up to three rows at the top; vaguer dates are faint bars in lanes below them. */
function placeMarks(events: readonly EventRecord[], axis: Axis, lanesTop: number, designWidth: number): { marks: OverviewMark[]; axisY: number } {
  const dotGap = (9 / designWidth) * 100;
  const dotEnds: number[] = [];
  const laneEnds: number[] = [];
  const placed = events.map((event) => {
    const from = dayNumber(event.start) - axis.origin;
    const to = dayNumber(event.end) + 1 - axis.origin;
    const x = axis.pct(from + axis.origin);
    const exactDay = event.precision === 'day';
    const width = exactDay ? 0 : Math.max(round(axis.pct(to + axis.origin) - x), 0.5);
    const lane = exactDay ? pickRow(dotEnds, (end) => end + dotGap <= x, 3) : pickRow(laneEnds, (end) => end + 0.8 <= x);
    if (exactDay) dotEnds[lane] = x;
    else laneEnds[lane] = x + width;
    return { event, from, to, x, width, exactDay, lane };
  });
  const rangesTop = lanesTop + 6 + Math.max(dotEnds.length, 1) * DOT_ROW;
  const marks = placed.map(({ event, from, to, x, width, exactDay, lane }) => ({
    id: event.id,
    anchor: fragment(event.id),
    label: `${event.label}: ${event.title}`,
    x,
    width,
    lane,
    y: exactDay ? lanesTop + 6 + lane * DOT_ROW : rangesTop + 4 + lane * LANE,
    exact: exactDay && !event.approximate,
    key: event.key === true,
    from,
    to,
  }));
  return { marks, axisY: rangesTop + 4 + Math.max(laneEnds.length, 1) * LANE + 2 };
}

/** Marks grouped left to right by the middle of their range, each group spanning less than `minWidth`. */
export function groupByMiddle<T extends { x: number; width: number }>(marks: readonly T[], minWidth: number): T[][] {
  const middle = (m: T) => m.x + m.width / 2;
  const groups: T[][] = [];
  for (const mark of [...marks].sort((a, b) => middle(a) - middle(b))) {
    const group = groups[groups.length - 1];
    if (group && middle(mark) - middle(group[0]!) < minWidth) group.push(mark);
    else groups.push([mark]);
  }
  return groups;
}

/** Where neighbouring spans overlap, each gives up half of the overlap (in place; spans in order). */
export function trimOverlaps(spans: { x: number; width: number }[]): void {
  for (let i = 1; i < spans.length; i += 1) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    const overlap = previous.x + previous.width - current.x;
    if (overlap > 0) {
      previous.width = round(previous.width - overlap / 2);
      current.x = round(current.x + overlap / 2);
      current.width = round(current.width - overlap / 2);
    }
  }
}

/** One touch target per group of marks, at least `minWidth` wide, linking to the group's first event. */
function groupTargets(marks: readonly OverviewMark[], order: Map<string, number>, minWidth: number, groupLabel = groupLabelEn): OverviewTarget[] {
  const targets = groupByMiddle(marks, minWidth).map((group) => {
    group.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const middles = group.map((m) => m.x + m.width / 2);
    const centre = (Math.min(...middles) + Math.max(...middles)) / 2;
    const width = Math.max(minWidth, Math.max(...middles) - Math.min(...middles));
    const first = group[0]!;
    return {
      anchor: first.anchor,
      label: group.length === 1 ? first.label : groupLabel(group.length, first.label),
      x: round(Math.min(Math.max(centre - width / 2, 0), 100 - width)),
      width: round(width),
      events: group.map((m) => m.id),
      from: Math.min(...group.map((m) => m.from)),
      to: Math.max(...group.map((m) => m.to)),
    };
  });
  trimOverlaps(targets);
  return targets;
}

/** First and last day (ISO) of all the events. */
function storySpan(events: readonly EventRecord[]): { start: string; end: string } {
  return {
    start: events.reduce((a, e) => (e.start < a ? e.start : a), events[0]!.start),
    end: events.reduce((a, e) => (e.end > a ? e.end : a), events[0]!.end),
  };
}

/** A tick at the start of each year on the axis; labelled where its stretch is wide enough. */
function yearTicks(span: { start: string; end: string }, axis: Axis, designWidth: number): OverviewTick[] {
  const ticks: OverviewTick[] = [];
  for (let year = Number(span.start.slice(0, 4)); year <= Number(span.end.slice(0, 4)); year += 1) {
    const from = Math.max(dayNumber(`${year}-01-01`), axis.origin);
    const to = Math.min(dayNumber(`${year + 1}-01-01`), axis.last);
    const [left, right] = [axis.pct(from), axis.pct(to)];
    ticks.push({ year: String(year), x: left, labelX: round((left + right) / 2), from: from - axis.origin, labelled: ((right - left) / 100) * designWidth >= 34 });
  }
  return ticks;
}

/** How many characters of a label fit between a mark at `middle` (percent) and the edge it grows to. */
export function labelRoom(middle: number, designWidth: number, labelChars: number): { align: 'start' | 'end'; chars: number } {
  const align = middle <= 50 ? 'start' : 'end';
  const room = ((align === 'start' ? 100 - middle : middle) / 100) * designWidth;
  return { align, chars: Math.max(8, Math.min(labelChars, Math.floor(room / CHAR_WIDTH))) };
}

/** A label row below the axis for each key moment, its title shortened to fit. */
function keyLabels(marks: readonly OverviewMark[], titles: Map<string, string>, axisY: number, designWidth: number, labelChars: number): OverviewLabel[] {
  return marks
    .filter((m) => m.key)
    .map((mark, row) => {
      const middle = round(mark.x + mark.width / 2);
      const { align, chars } = labelRoom(middle, designWidth, labelChars);
      return {
        id: mark.id,
        anchor: mark.anchor,
        text: shortenLabel(titles.get(mark.id)!, chars),
        x: middle,
        y: axisY + LABELS_TOP + row * LABEL_ROW,
        align,
        at: mark.from + (mark.to - mark.from) / 2,
      };
    });
}

/**
 * Lays out events and chapters on one axis from the first event's first day to the last event's
 * last day. Marks whose middles lie closer than the minimum target at the design width share one
 * target, so every target is at least `minTarget` px wide at that width and wider on larger screens.
 */
export function layoutOverview(events: readonly EventRecord[], chapters: readonly ChapterRecord[] = [], options: OverviewOptions = {}): Overview {
  const designWidth = options.designWidth ?? 300;
  const minTarget = options.minTarget ?? 24;
  if (events.length === 0) return { height: 40, lanesTop: 0, axisY: 20, start: '', end: '', days: 0, marks: [], targets: [], bands: [], ticks: [], labels: [] };
  const axis = axisOf(events);
  const { bands, rows } = layoutBands(chapters, axis, designWidth);
  const lanesTop = 8 + Math.max(rows, 1) * 16;
  const { marks, axisY } = placeMarks(events, axis, lanesTop, designWidth);
  const order = new Map(events.map((e, i) => [e.id, i]));
  const targets = groupTargets(marks, order, (minTarget / designWidth) * 100, options.groupLabel);
  const span = storySpan(events);
  const labels = keyLabels(marks, new Map(events.map((e) => [e.id, e.title])), axisY, designWidth, options.labelChars ?? 44);
  const height = axisY + LABELS_TOP + labels.length * LABEL_ROW;
  return { height, lanesTop, axisY, ...span, days: axis.days, marks, targets, bands, ticks: yearTicks(span, axis, designWidth), labels };
}

/** Whether a mark from `left` to `right` (percent) shows in a zoom to [a, b]: a point when it lies in
 * the range, a range when some of it does (touching is not enough). */
export function showsInZoom(left: number, right: number, a: number, b: number): boolean {
  return right === left ? left >= a - 0.01 && left <= b + 0.01 : right > a + 0.01 && left < b - 0.01;
}

/**
 * For each chapter number drawn at `centres[i]` (percent), the band among `bands` whose middle is
 * nearest: the graphic paints bands widest first, so the page order is not the chapters' order.
 */
export function bandsByNumber<T extends { x: number; width: number }>(bands: readonly T[], centres: readonly number[]): T[] {
  const distance = (band: T, centre: number) => Math.abs(band.x + band.width / 2 - centre);
  return centres.map((centre) => bands.reduce((best, band) => (distance(band, centre) < distance(best, centre) ? band : best)));
}

/**
 * The year each tick (its x, percent, in order) starts, from one labelled year: the label sits in
 * the stretch after the last tick at or before it, and the ticks are consecutive years.
 */
export function tickYears(ticks: readonly number[], label: { x: number; year: number }): number[] {
  const at = Math.max(0, ticks.filter((x) => x <= label.x).length - 1);
  return ticks.map((_, i) => label.year - at + i);
}
