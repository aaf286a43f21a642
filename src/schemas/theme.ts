// A theme: one of a small fixed set of tags that group events.
import { z } from 'astro/zod';
import { textField } from './fields.ts';

export const themeSchema = z.strictObject({
  /** Name shown on filters and theme pages. */
  title: textField('the theme name', '"Warnings"', 60),
  /** One line on what belongs here. */
  description: textField('a one-line description', '"Concerns raised before and during the policy."'),
});

export type ThemeData = z.output<typeof themeSchema>;
