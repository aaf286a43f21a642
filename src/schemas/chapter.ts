// A chapter: a named stretch of the story (the pilot, the announcement…), shown as a heading in the
// timeline and a band in the overview, introduced in one sourced sentence of our own words.
import { z } from 'astro/zod';
import { chapterEsSchema } from './es.ts';
import { parseEventDate } from '../lib/dates.ts';
import { citationsField } from './citation.ts';
import { dateTextField, textField } from './fields.ts';

export const chapterSchema = z
  .strictObject({
    /** Short name, shown as the heading and on the band. */
    title: textField('a short title', '"The announcement"'),
    /** When the chapter runs, in EDTF: a span "2017-03/2017-11", a month "2018-04" or a year "2017". */
    date: dateTextField,
    /** How the bounds were derived, where the quotes do not print them. */
    dateNote: textField('how the dates were derived', '"No article dates the start: …"').optional(),
    /** One sentence in our own neutral words, hedged and attributed ("according to the report"). */
    intro: textField('a one-sentence introduction', '"According to the report, …"'),
    /** The exact words the introduction rests on. */
    citations: citationsField,
    /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
    es: chapterEsSchema.optional(),
  })
  .superRefine((chapter, ctx) => {
    const parsed = parseEventDate(chapter.date);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: `${parsed.message}; ${parsed.fix}` });
  });

export type ChapterInput = z.input<typeof chapterSchema>;
export type ChapterData = z.output<typeof chapterSchema>;
