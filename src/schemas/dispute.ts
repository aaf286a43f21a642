// A dispute: one question on which the sources differ, with each reading quoted and attributed.
import { z } from 'astro/zod';
import { disputeEsSchema } from './es.ts';
import { citationsField } from './citation.ts';
import { idField, textField } from './fields.ts';

export const readingSchema = z.strictObject({
  /** The reading in a few words ("More than 300 homes"). */
  reading: textField('the reading', '"More than 300 homes"', 200),
  /** Who says so and in which words. */
  citations: citationsField,
});

export const disputeSchema = z.strictObject({
  /** The question, as a reader would ask it. */
  question: textField('the question', '"How many homes were flooded?"', 200),
  /** A neutral note on the nature of the difference (a later count, a misquote, a different version). */
  note: textField('a note on the difference', '"The two versions of one story print different figures."', 1000),
  /** Ids of the events this question concerns. */
  events: z.array(idField, { error: 'must be a list of event ids; write events: [2020-03-council-vote]' }).default([]),
  /** At least two readings that differ. */
  readings: z
    .array(readingSchema, { error: 'must be a list of readings; write readings: then - reading: … citations: …' })
    .min(2, { error: 'needs at least two readings; a dispute compares two or more sources' }),
  /** Two or three questions for a class discussion, in our own words; shown on the lesson kit and worksheet. */
  questions: z
    .array(
      textField('a question', '"Which figure do the other articles support?"')
        .refine((q) => q === '' || /\p{L}/u.test(q), { error: 'has no words; write a question a reader can see' })
        .refine((q) => !/\p{L}/u.test(q) || q.endsWith('?'), { error: 'must end with a question mark; write it as a question' }),
      { error: 'must be a list of questions; write questions: then - "…?" on each line' },
    )
    .min(2, { error: 'needs two or three questions; add another, or leave questions out' })
    .max(3, { error: 'has more than three questions; keep the best two or three' })
    .default([]),
  /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
  es: disputeEsSchema.optional(),
});

export type DisputeData = z.output<typeof disputeSchema>;
