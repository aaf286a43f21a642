// A theme: one of a small fixed set of tags that group events.
import { z } from 'astro/zod';
import { themeEsSchema } from './es.ts';
import { textField } from './fields.ts';

export const themeSchema = z.strictObject({
  /** Name shown on filters and theme pages. */
  title: textField('the theme name', '"Warnings"', 60),
  /** One line on what belongs here. */
  description: textField('a one-line description', '"Concerns raised before and during the policy."'),
  /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
  es: themeEsSchema.optional(),
});

export type ThemeData = z.output<typeof themeSchema>;
