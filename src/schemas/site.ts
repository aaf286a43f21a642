// The site's own words: its name and introduction, which belong to the story, not to the engine.
import { z } from 'astro/zod';
import { siteEsSchema } from './es.ts';
import { isRealIsoDay } from '../lib/dates.ts';
import { httpsUrlField, textField } from './fields.ts';

export const siteSchema = z.strictObject({
  /** The site's name, used in titles, citations and feeds. */
  title: textField('the site name', '"The Flood: A Sourced Chronology"', 120),
  /** One line under the name. */
  tagline: textField('a one-line tagline', '"How the policy unfolded, in the sources’ own words"', 300),
  /** Description for search engines and link previews (one or two sentences). */
  description: textField('a short description', '"A dated, sourced chronology of …"', 400),
  /** ISO day the content was last changed; the date citations of the site give. */
  updated: z.string({ error: 'must be a date in quotes; write e.g. "2026-11-22"' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day in quotes; write e.g. "2026-11-22"' })
    .refine(isRealIsoDay, { error: 'is not a real calendar day; write the day the content last changed, e.g. "2026-11-22"' }),
  /** Licence of the data files and of the editors' own words (summaries, dates, structure). */
  license: z.strictObject({
    name: textField('the licence name', '"CC BY 4.0"', 120),
    url: httpsUrlField,
  }),
  /**
   * Who stands behind the chronology: shown on the method page, and the publisher in citations of
   * its pages. A desk or a role rather than a person's name is enough.
   */
  masthead: z
    .strictObject({
      /** The organisation that publishes the site (cited as publisher). */
      publisher: textField('the publisher', '"The Example Newsroom"'),
      /** The editor or desk responsible for the content. */
      editor: textField('the editor or desk', '"The corrections desk"'),
      /** Where readers write: an email address or an https address (a form, a page). */
      contact: z
        .string({ error: 'must be an email or https address in quotes; write e.g. "corrections@example.org"' })
        .trim()
        .regex(/^(https:\/\/\S+|mailto:\S+@\S+|[^\s@:]+@[^\s@]+\.[^\s@]+)$/, { error: 'must be an email address or start with https://; write e.g. "corrections@example.org" or "https://example.org/contact"' }),
    })
    .optional(),
  /**
   * Story-specific examples on the method page (/about/), each optional: who findings are
   * attributed to, in quotes; a weekday worked out from an article's date; the range of the
   * questions the sources differ on.
   */
  aboutAttribution: textField('examples of attribution', '"“the auditor found”, “according to the report”"').optional(),
  aboutWeekday: textField('a weekday example', '"“Tuesday” in an article of Wednesday, October 7, 2020 is October 6, 2020"').optional(),
  aboutDisputes: textField('the range of the disagreements', '"from how many homes were flooded to the wording of a statement"').optional(),
  /** A classroom exercise shown on the disagreements page (/disputes/); none when absent. */
  disputesExercise: textField('a classroom exercise', '"For each question, ask which reading …"').optional(),
  /** Where readers report an error (an https or mailto address). */
  contact: z.string().regex(/^(https:\/\/|mailto:)/, { error: 'must start with https:// or mailto:; write e.g. "mailto:corrections@example.org"' }).optional(),
  /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
  es: siteEsSchema.optional(),
});

export type SiteData = z.output<typeof siteSchema>;
