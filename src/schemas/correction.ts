// A correction: a dated note on an event of what it said before a change of substance, and what it says now.
import { z } from 'astro/zod';
import { textField } from './fields.ts';

export const correctionSchema = z.strictObject({
  /** The day the correction was made, as an ISO day in quotes: "2026-12-02". */
  date: z
    .string({ error: 'must be the day of the correction in quotes; write e.g. date: "2026-12-02"' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a day written YYYY-MM-DD in quotes; write e.g. date: "2026-12-02"' }),
  /** What the event said before, in a sentence (quote the old words where they matter). */
  was: textField('what the event said before', '"The vote was dated March 3, 2020."', 800),
  /** What it says now, and why, in a sentence. */
  now: textField('what it says now', '"No article gives the day of the vote; it is now dated March 2020."', 800),
});

export const correctionsField = z
  .array(correctionSchema, { error: 'must be a list of corrections; write corrections: then - date: "…", was: "…" and now: "…"' })
  .default([]);

export type CorrectionData = z.output<typeof correctionSchema>;
