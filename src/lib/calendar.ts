// Calendar facts shared by the date, search and citation code, with no date library (the search
// island imports this and must stay small).

/** English month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Years a date range touches, as strings (a span counts in every year it covers). */
export function yearsBetween(start: string, end: string): string[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}
