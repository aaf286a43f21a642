// The window of a long paragraph shown with a hit: around the first match, cut at spaces, marks moved along.
import { markRanges, type TextRange } from '../search-text.ts';

export const SNIPPET_LENGTH = 240;
/** How far before the first match the window starts. */
const LEAD = 60;

/** `text`, or a window of it around the first of `matched`, with "…" where cut and the ranges to mark. */
export function snippetOf(text: string, matched: readonly string[]): { snippet: string; ranges: TextRange[] } {
  const ranges = markRanges(text, matched);
  if (text.length <= SNIPPET_LENGTH) return { snippet: text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  // Never cut a surrogate pair in half.
  if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start++;
  if (end > start && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  const inside = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): TextRange => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { snippet: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: inside };
}
