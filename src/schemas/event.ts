// A dated event: what happened, when (only as precisely as the sources say), who, and the words that prove it.
import { z } from 'astro/zod';
import { eventEsSchema } from './es.ts';
import { parseEventDate, type MonthPart } from '../lib/dates.ts';
import { citationsField } from './citation.ts';
import { correctionsField } from './correction.ts';
import { dateTextField, idField, monthPartField, textField } from './fields.ts';

export const eventSchema = z
  .strictObject({
    /** Short, factual headline for the event. */
    title: textField('a short title', '"The council approves the plan"', 120),
    /**
     * When it happened, in EDTF: "2018-04-06", "2018-05", "2017", "2017-03/2017-11"; add "~" when
     * the sources only place it roughly. Never more precise than the sources.
     */
    date: dateTextField,
    /** "early", "mid" or "late", when the sources say e.g. "early April 2018"; needs a month date. */
    part: monthPartField.optional(),
    /** How the date was derived when it is not printed as such ("last month" in a January 2021 article). */
    dateNote: textField('how the date was derived', '"The article of January 14, 2021 says “last month”."', 800).optional(),
    /** `true` on the few events that carry the story: marked in the list and labelled in the overview. */
    key: z.boolean({ error: 'must be true or false, without quotes; write key: true' }).optional(),
    /** Two to four sentences in our own neutral words, attributing findings. */
    summary: textField('a short summary', '"According to the report, …"', 1500),
    /** Ids of the people and bodies involved (content/actors/). */
    actors: z.array(idField, { error: 'must be a list of actor ids; write e.g. actors: [jeff-sessions]' }).default([]),
    /** Ids of themes (content/themes/). */
    tags: z.array(idField, { error: 'must be a list of theme ids; write e.g. tags: [policy]' }).default([]),
    /** Every source that reports the event, each with the exact supporting words. */
    citations: citationsField,
    /**
     * Ids this event had before (old file names), when a correction changed its date and so its file
     * name: each old address keeps a page that says where the event now is.
     */
    formerIds: z.array(idField, { error: 'must be a list of earlier ids; write e.g. formerIds: [2018-04-06-old-name]' }).default([]),
    /** Changes of substance made after publication, each dated, with what was wrong and what it says now. */
    corrections: correctionsField,
    /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
    es: eventEsSchema.optional(),
  })
  .superRefine((event, ctx) => {
    const parsed = parseEventDate(event.date, event.part as MonthPart | undefined);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: `${parsed.message}; ${parsed.fix}` });
  });

export type EventInput = z.input<typeof eventSchema>;
export type EventData = z.output<typeof eventSchema>;
