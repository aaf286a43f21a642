// The site's own words: its name and introduction, which belong to the story, not to the engine.
import { z } from 'astro/zod';
import { textField } from './fields.ts';

export const siteSchema = z.strictObject({
  /** The site's name, used in titles, citations and feeds. */
  title: textField('the site name', '"Zero Tolerance: A Sourced Chronology"'),
  /** One line under the name. */
  tagline: textField('a one-line tagline', '"How the policy unfolded, in the sources’ own words"'),
  /** Description for search engines and link previews (one or two sentences). */
  description: textField('a short description', '"A dated, sourced chronology of …"'),
  /** Where readers report an error (an https or mailto address). */
  contact: z.string().regex(/^(https:\/\/|mailto:)/, { error: 'must start with https:// or mailto:; write e.g. "mailto:corrections@example.org"' }).optional(),
});

export type SiteData = z.output<typeof siteSchema>;
