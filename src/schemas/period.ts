// A period: a span the overview graphic draws as a band (e.g. a pilot programme), sourced like an event.
import { z } from 'astro/zod';
import { periodEsSchema } from './es.ts';
import { parseEventDate } from '../lib/dates.ts';
import { citationsField } from './citation.ts';
import { dateTextField, textField } from './fields.ts';

export const periodSchema = z
  .strictObject({
    /** Short name shown beside the band. */
    title: textField('a short name', '"Pilot programme"', 120),
    /** The span in EDTF, "START/END". */
    date: dateTextField,
    /** How the bounds were derived, where they are not printed as such. */
    dateNote: textField('how the dates were derived', '"The end is approximate: …"', 800).optional(),
    /** The exact words that place the span. */
    citations: citationsField,
    /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
    es: periodEsSchema.optional(),
  })
  .superRefine((period, ctx) => {
    const parsed = parseEventDate(period.date);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: `${parsed.message}; ${parsed.fix}` });
    else if (!parsed.date.to) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a period must be a span (got "${period.date}"); write "START/END", e.g. "2017-03/2017-11"` });
    }
  });

export type PeriodData = z.output<typeof periodSchema>;
