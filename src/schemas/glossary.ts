// A glossary entry: an abbreviation or a hard word the articles use, explained, with where they use it.
import { z } from 'astro/zod';
import { glossaryEsSchema } from './es.ts';
import { usageCitationsField } from './citation.ts';
import { textField } from './fields.ts';

export const glossarySchema = z.strictObject({
  /** The term as the articles (or our summaries) write it: "ORR", "presentment". */
  term: textField('the term', '"ORR"'),
  /** Other spellings that mean the same and should be marked and searched too ("USAOs" for "USAO"). */
  forms: z.array(textField('another spelling', '"USAOs"'), { error: 'must be a list of spellings; write forms: ["USAOs"]' }).default([]),
  /** What the abbreviation stands for, in full; leave out for a word that is not an abbreviation. */
  expansion: textField('the full name', '"Office of Emergency Management"').optional(),
  /**
   * Where the full name comes from when no article writes it, or writes it apart from the abbreviation.
   * Required when the expansion appears in no article: the reader must know it is not the articles' word.
   */
  expansionNote: textField('a note on where the full name comes from', '"The articles do not spell out CBP."').optional(),
  /** One or two sentences in our own neutral words; no fact the articles do not give. */
  explanation: textField('a one- or two-sentence explanation', '"The office that … , as the articles describe it."'),
  /** Where the articles use the term (or its full name): exact words, checked like every quote. */
  citations: usageCitationsField,
  /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
  es: glossaryEsSchema.optional(),
});

export type GlossaryInput = z.input<typeof glossarySchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
