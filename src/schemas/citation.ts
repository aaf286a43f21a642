// A citation: which source supports a statement, and the exact words that do.
import { z } from 'astro/zod';
import { idField, textField } from './fields.ts';

export const citationSchema = z.strictObject({
  /** Id of the source (its file name in content/sources/ without .md). */
  source: idField,
  /**
   * The supporting words, copied exactly from one paragraph of the source. Only white space and
   * straight versus curly quotation marks may differ; the build finds the paragraph itself.
   */
  quote: textField('the exact words from the source', '"we need to take away children"', 800),
});

export const citationsField = z
  .array(citationSchema, { error: 'must be a list of citations; write citations: then - source: … and quote: …' })
  .min(1, { error: 'is empty; every statement needs at least one citation with a source and a quote' });

export type CitationInput = z.input<typeof citationSchema>;
export type Citation = z.output<typeof citationSchema>;
