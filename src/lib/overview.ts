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
}

const DAY = 86_400_000;
const LANE = 7;
const DOT_ROW = 10;
const LABEL_ROW = 24;
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

/**
 * Lays out events and chapters on one axis from the first event's first day to the last event's
 * last day. Marks whose middles lie closer than the minimum target at the design width share one
 * target, so every target is at least `minTarget` px wide at that width and wider on larger screens.
 */
export function layoutOverview(events: readonly EventRecord[], chapters: readonly ChapterRecord[] = [], options: OverviewOptions = {}): Overview {
  const designWidth = options.designWidth ?? 300;
  const minTarget = options.minTarget ?? 24;
  const labelChars = options.labelChars ?? 44;
  const empty: Overview = { height: 40, lanesTop: 0, axisY: 20, start: '', end: '', days: 0, marks: [], targets: [], bands: [], ticks: [], labels: [] };
  if (events.length === 0) return empty;
  const origin = Math.min(...events.map((e) => dayNumber(e.start)));
  const last = Math.max(...events.map((e) => dayNumber(e.end))) + 1;
  const days = last - origin;
  const pct = (day: number) => round(((Math.min(Math.max(day, origin), last) - origin) / days) * 100);

  // Bands first: their numbers sit in rows above the lanes.
  const numberWidth = (16 / designWidth) * 100;
  const rowEnds: number[] = [];
  const bands: OverviewBand[] = chapters.map((chapter, index) => {
    const from = dayNumber(chapter.start) - origin;
    const to = dayNumber(chapter.end) + 1 - origin;
    const x = pct(from + origin);
    const width = round(pct(to + origin) - x);
    const middle = x + width / 2;
    let row = rowEnds.findIndex((end) => end <= middle - numberWidth / 2);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = middle + numberWidth / 2;
    return { id: chapter.id, number: index + 1, title: chapter.title, label: chapter.label, anchor: fragment(`chapter-${chapter.id}`), x, width, row, from, to };
  });
  const lanesTop = 8 + Math.max(rowEnds.length, 1) * 16;

  // Days are dots in up to three rows at the top; vaguer dates are faint bars in lanes below them.
  const dotGap = (9 / designWidth) * 100;
  const dotEnds: number[] = [];
  const laneEnds: number[] = [];
  const placed = events.map((event) => {
    const from = dayNumber(event.start) - origin;
    const to = dayNumber(event.end) + 1 - origin;
    const x = pct(from + origin);
    const exactDay = event.precision === 'day';
    const width = exactDay ? 0 : Math.max(round(pct(to + origin) - x), 0.5);
    let lane: number;
    if (exactDay) {
      lane = dotEnds.findIndex((end) => end + dotGap <= x);
      if (lane === -1) lane = dotEnds.length < 3 ? dotEnds.push(0) - 1 : dotEnds.indexOf(Math.min(...dotEnds));
      dotEnds[lane] = x;
    } else {
      lane = laneEnds.findIndex((end) => end + 0.8 <= x);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = x + width;
    }
    return { event, from, to, x, width, exactDay, lane };
  });
  const rangesTop = lanesTop + 6 + Math.max(dotEnds.length, 1) * DOT_ROW;
  const marks: OverviewMark[] = placed.map(({ event, from, to, x, width, exactDay, lane }) => ({
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
  const axisY = rangesTop + 4 + Math.max(laneEnds.length, 1) * LANE + 2;

  // Group marks by the middle of their range, left to right, into targets at least minTarget wide.
  const minWidth = (minTarget / designWidth) * 100;
  const byMiddle = [...marks].sort((a, b) => a.x + a.width / 2 - (b.x + b.width / 2));
  const groups: OverviewMark[][] = [];
  for (const mark of byMiddle) {
    const group = groups[groups.length - 1];
    const middle = mark.x + mark.width / 2;
    if (group && middle - (group[0]!.x + group[0]!.width / 2) < minWidth) group.push(mark);
    else groups.push([mark]);
  }
  const order = new Map(events.map((e, i) => [e.id, i]));
  const targets: OverviewTarget[] = groups.map((group) => {
    group.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const middles = group.map((m) => m.x + m.width / 2);
    const centre = (Math.min(...middles) + Math.max(...middles)) / 2;
    const width = Math.max(minWidth, Math.max(...middles) - Math.min(...middles));
    const x = round(Math.min(Math.max(centre - width / 2, 0), 100 - width));
    const first = group[0]!;
    return {
      anchor: first.anchor,
      label: group.length === 1 ? first.label : `${group.length} events, the first ${first.label}`,
      x,
      width: round(width),
      events: group.map((m) => m.id),
      from: Math.min(...group.map((m) => m.from)),
      to: Math.max(...group.map((m) => m.to)),
    };
  });
  // Targets may overlap where groups touch: trim each to start where the previous one ends.
  for (let i = 1; i < targets.length; i += 1) {
    const previous = targets[i - 1]!;
    const current = targets[i]!;
    const overlap = previous.x + previous.width - current.x;
    if (overlap > 0) {
      previous.width = round(previous.width - overlap / 2);
      current.x = round(current.x + overlap / 2);
      current.width = round(current.width - overlap / 2);
    }
  }

  const ticks: OverviewTick[] = [];
  const firstYear = Number(events.reduce((a, e) => (e.start < a ? e.start : a), events[0]!.start).slice(0, 4));
  const lastYear = Number(events.reduce((a, e) => (e.end > a ? e.end : a), events[0]!.end).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const from = Math.max(dayNumber(`${year}-01-01`), origin);
    const to = Math.min(dayNumber(`${year + 1}-01-01`), last);
    ticks.push({ year: String(year), x: pct(from), labelX: round((pct(from) + pct(to)) / 2), from: from - origin, labelled: ((pct(to) - pct(from)) / 100) * designWidth >= 34 });
  }

  const labels: OverviewLabel[] = marks
    .filter((m) => m.key)
    .map((mark, row) => {
      const middle = round(mark.x + mark.width / 2);
      const event = events[order.get(mark.id)!]!;
      const align = middle <= 50 ? 'start' : 'end';
      // As many characters as fit between the mark and the edge it grows towards, at the design width.
      const room = ((align === 'start' ? 100 - middle : middle) / 100) * designWidth;
      return {
        id: mark.id,
        anchor: mark.anchor,
        text: shortenLabel(event.title, Math.max(8, Math.min(labelChars, Math.floor(room / CHAR_WIDTH)))),
        x: middle,
        y: axisY + 34 + row * LABEL_ROW,
        align,
        at: mark.from + (mark.to - mark.from) / 2,
      };
    });
  const height = axisY + 34 + labels.length * LABEL_ROW;
  return { height, lanesTop, axisY, start: events.reduce((a, e) => (e.start < a ? e.start : a), events[0]!.start), end: events.reduce((a, e) => (e.end > a ? e.end : a), events[0]!.end), days, marks, targets, bands, ticks, labels };
}
