// A citation: which source supports a statement, and the exact words that do.
import { z } from 'astro/zod';
import { idField, textField } from './fields.ts';
import { citationEsField } from './es.ts';
import { provenanceSchema } from './provenance.ts';

export const citationSchema = z.strictObject({
  /** Id of the source (its file name in content/sources/ without .md). */
  source: idField,
  /**
   * The supporting words, copied exactly from one paragraph of the source. Only white space and
   * straight versus curly quotation marks may differ; the build finds the paragraph itself.
   */
  quote: textField('the exact words from the source', '"the council approved the plan"', 800),
  /**
   * Whose words the quote gives and through whom: the report quoted or paraphrased, the outlet's own
   * reporting, a person's statement or another outlet's reporting relayed. Required: a reader must be
   * able to tell the report's words from the outlet's.
   */
  provenance: provenanceSchema,
  /** Our Spanish translation of the quote (shown as “traducción nuestra”); the quote stays English. */
  es: citationEsField,
});

export const citationsField = z
  .array(citationSchema, { error: 'must be a list of citations; write citations: then - source: …, quote: … and provenance: …' })
  .min(1, { error: 'is empty; every statement needs at least one citation with a source and a quote' });

/**
 * Where a term is used, for the glossary: the words are checked like any quote, but they support no
 * statement of fact, so whose words they are is not asked (it may still be given).
 */
export const usageCitationsField = z
  .array(citationSchema.extend({ provenance: citationSchema.shape.provenance.optional() }), { error: 'must be a list of citations; write citations: then - source: … and quote: …' })
  .min(1, { error: 'is empty; cite at least one passage where the articles use the term' });

export type CitationInput = z.input<typeof citationSchema>;
export type Citation = z.output<typeof citationSchema>;
