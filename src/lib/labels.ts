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

/** The outlet as readers should see it: "The Evening Example (from The Example Herald)". */
export function outletName(source: Pick<SourceRecord, 'outlet' | 'republishedFrom'>): string {
  return source.republishedFrom ? `${source.outlet} (from ${source.republishedFrom})` : source.outlet;
}



/**
 * Words quoted inline: in “ ” marks, with the double quotation marks inside turned to single ones
 * (the usual rule for a quote within a quote), so “We need…” reads “‘We need…’” and never “““.
 * Character for character, so ranges found in the original text still apply to the result.
 */
export function nestInnerQuotes(text: string): string {
  let open = true;
  return text.replace(/[“”"]/g, (mark) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    // Straight marks alternate: the first opens, the next closes.
    return (open = !open) ? '’' : '‘';
  });
}
