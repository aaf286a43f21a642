// A source: one news article, with its metadata in frontmatter and its verbatim paragraphs as the body.
import { z } from 'astro/zod';
import { isRealIsoDay } from '../lib/dates.ts';
import { idField, httpsUrlField, textField } from './fields.ts';

const PUBLISHED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export const sourceSchema = z.strictObject({
  /** Name of the outlet as readers know it ("The Daily Example"). */
  outlet: textField('the outlet name', '"The Daily Example"'),
  /** Outlet that first published the story, when this copy is a republication. */
  republishedFrom: textField('the original outlet', '"The Example Herald"').optional(),
  /** Headline exactly as published. */
  headline: textField('the headline', '"Report: …"'),
  /** Standfirst (subheading) printed under the headline, when there is one. */
  dek: textField('the standfirst', '"More than 500 homes …"', 400).optional(),
  /**
   * Publication date, with the time where the article prints one: "2021-01-14" or
   * "2021-01-14T20:32" (a local time with no zone, when the page prints none).
   */
  published: z
    .union([z.string(), z.date()], { error: 'must be a date in quotes; write e.g. "2021-01-14"' })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        const shown = value.toISOString().slice(0, 10);
        ctx.addIssue({ code: 'custom', message: `must be written in quotes, or YAML reads it as a timestamp (got ${shown}); write "${shown}"` });
        return z.NEVER;
      }
      const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
      const timeOk = !time || (Number(time[1]) < 24 && Number(time[2]) < 60 && Number(time[3] ?? 0) < 60);
      if (!PUBLISHED.test(value) || !isRealIsoDay(value.slice(0, 10)) || !timeOk) {
        ctx.addIssue({ code: 'custom', message: `is not a valid date (got "${value}"); write "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"` });
        return z.NEVER;
      }
      return value;
    }),
  /** How the publication date or time was read off the page, where that needs saying. */
  publishedNote: textField('a note on the date', '"The dateline reads …"', 800).optional(),
  /** Address of the original article. */
  url: httpsUrlField,
  /** Another source that is a version of the same story. */
  sameStoryAs: idField.optional(),
  /** A note to readers: a draft, a republication, a known difference. */
  note: textField('a note', '"Reports on a draft of the report."', 800).optional(),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;
