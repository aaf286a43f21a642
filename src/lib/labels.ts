// Small words shown beside dates and sources: precision badges, machine dates, outlet names.
// No date library here: the search island imports outletName, and must stay small.
import type { EventRecord, SourceRecord } from './records.ts';

/** The value for `<time datetime>`: the first point of the EDTF date without qualifiers. */
export function machineDate(edtf: string): string {
  return (edtf.split('/')[0] ?? edtf).replace(/[~?%]/g, '');
}

/** A short visible mark for dates that are not a single known day, with a longer tooltip. */
export function precisionBadge(event: Pick<EventRecord, 'precision' | 'approximate'>): { text: string; title: string } | undefined {
  if (event.approximate) return { text: 'approximate', title: 'The sources place this date only roughly.' };
  if (event.precision === 'month') return { text: 'month only', title: 'The sources give the month, not the day.' };
  if (event.precision === 'year') return { text: 'year only', title: 'The sources give the year only.' };
  if (event.precision === 'interval') return { text: 'span', title: 'The sources give a span of time.' };
  return undefined;
}

/** The outlet as readers should see it: "The Seattle Times (from The Washington Post)". */
export function outletName(source: Pick<SourceRecord, 'outlet' | 'republishedFrom'>): string {
  return source.republishedFrom ? `${source.outlet} (from ${source.republishedFrom})` : source.outlet;
}


