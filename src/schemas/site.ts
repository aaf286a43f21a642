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
  /** ISO day the content was last changed; the date citations of the site give. */
  updated: z.string({ error: 'must be a date in quotes; write e.g. "2026-11-22"' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day in quotes; write e.g. "2026-11-22"' }),
  /** Licence of the data files and of the editors' own words (summaries, dates, structure). */
  license: z.strictObject({
    name: textField('the licence name', '"CC BY 4.0"'),
    url: z.url({ error: 'must be the licence address; write e.g. "https://creativecommons.org/licenses/by/4.0/"' }),
  }),
  /**
   * Story-specific examples on the method page (/about/), each optional: who findings are
   * attributed to, in quotes; a weekday worked out from an article's date; the range of the
   * questions the sources differ on.
   */
  aboutAttribution: textField('examples of attribution', '"“the inspector general found”, “according to the report”"').optional(),
  aboutWeekday: textField('a weekday example', '"“Tuesday” in an article of Wednesday, October 7, 2020 is October 6, 2020"').optional(),
  aboutDisputes: textField('the range of the disagreements', '"from how many children were separated to the wording of a remark"').optional(),
  /** A classroom exercise shown on the disagreements page (/disputes/); none when absent. */
  disputesExercise: textField('a classroom exercise', '"For each question, ask which reading …"').optional(),
  /** Where readers report an error (an https or mailto address). */
  contact: z.string().regex(/^(https:\/\/|mailto:)/, { error: 'must start with https:// or mailto:; write e.g. "mailto:corrections@example.org"' }).optional(),
});

export type SiteData = z.output<typeof siteSchema>;
