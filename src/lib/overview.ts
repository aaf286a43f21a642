// Geometry of the overview graphic: a time axis with a mark per event and bands for periods.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { EventRecord, PeriodRecord } from './records.ts';

export interface OverviewMark {
  id: string;
  url: string;
  /** Accessible name: the date in words and the title. */
  label: string;
  x: number;
  /** Width in viewBox units; a day-precise event is a dot (width 0). */
  width: number;
  lane: number;
  y: number;
  /** Whether the sources date it only roughly (drawn lighter). */
  broad: boolean;
}

export interface OverviewBand {
  id: string;
  title: string;
  label: string;
  x: number;
  width: number;
}

export interface OverviewTick {
  year: string;
  x: number;
}

export interface Overview {
  width: number;
  height: number;
  axisY: number;
  marks: OverviewMark[];
  bands: OverviewBand[];
  ticks: OverviewTick[];
}

export interface OverviewOptions {
  /** viewBox width. */
  width?: number;
  /** Vertical distance between lanes. */
  laneHeight?: number;
  /** Smallest horizontal gap between two marks in one lane. */
  gap?: number;
}

/**
 * Lays out events on a shared axis from January 1 of the first year to December 31 of the last.
 * Marks that would touch go to the next lane down, so every mark stays visible and clickable.
 */
export function layoutOverview(events: readonly EventRecord[], periods: readonly PeriodRecord[], options: OverviewOptions = {}): Overview {
  const width = options.width ?? 1000;
  const laneHeight = options.laneHeight ?? 14;
  const gap = options.gap ?? 10;
  const padding = 16;
  const all = [...events.map((e) => [e.start, e.end]), ...periods.map((p) => [p.start, p.end])].flat();
  if (all.length === 0) return { width, height: 40, axisY: 20, marks: [], bands: [], ticks: [] };
  const firstYear = Number(all.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  const lastYear = Number(all.reduce((a, b) => (a > b ? a : b)).slice(0, 4));
  const origin = parseISO(`${firstYear}-01-01`);
  const totalDays = differenceInCalendarDays(parseISO(`${lastYear + 1}-01-01`), origin);
  const scale = (width - 2 * padding) / totalDays;
  const x = (iso: string) => padding + differenceInCalendarDays(parseISO(iso), origin) * scale;
  const endX = (iso: string) => padding + differenceInCalendarDays(addDays(parseISO(iso), 1), origin) * scale;

  const bandTop = 24;
  const lanes: number[] = [];
  const marks: OverviewMark[] = events.map((event) => {
    const left = x(event.start);
    const span = event.precision === 'day' ? 0 : Math.max(endX(event.end) - left, 3);
    let lane = lanes.findIndex((rightEdge) => rightEdge + gap <= left);
    if (lane === -1) {
      lane = lanes.length;
      lanes.push(0);
    }
    lanes[lane] = left + span;
    return {
      id: event.id,
      url: event.url,
      label: `${event.label}: ${event.title}`,
      x: round(left),
      width: round(span),
      lane,
      y: bandTop + 8 + lane * laneHeight,
      broad: event.precision !== 'day' || event.approximate,
    };
  });
  const axisY = bandTop + 8 + Math.max(lanes.length, 1) * laneHeight + 4;
  const ticks: OverviewTick[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) ticks.push({ year: String(year), x: round(x(`${year}-01-01`)) });
  return {
    width,
    height: axisY + 24,
    axisY,
    marks,
    bands: periods.map((p) => ({ id: p.id, title: p.title, label: p.label, x: round(x(p.start)), width: round(endX(p.end) - x(p.start)) })),
    ticks,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
