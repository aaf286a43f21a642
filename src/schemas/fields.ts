// Field shapes shared by several schemas, each refusing bad input with a message an editor can act on.
import { z } from 'astro/zod';
import { MONTH_PARTS } from '../lib/dates.ts';
import { CONTROL_CHARACTER, FORMAT_CHARACTER, codePointName } from '../lib/text.ts';

/** A file name style id (`jeff-sessions`), used to refer to another entry. */
export const idField = z
  .string({ error: 'must be the id of an entry (its file name without .md); write e.g. jeff-sessions' })
  .max(80, { error: 'is longer than 80 characters; use a shorter file name and id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an id in lower case with hyphens; write the file name without .md, e.g. jeff-sessions',
  });

/** What a reader can see: a letter, digit, punctuation mark or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Non-empty text, trimmed, holding visible characters and no control or format characters, and no
 * longer than `max` characters (the house style's longest, with room to spare).
 */
export function textField(what: string, example: string, max = 300) {
  return z
    .string({ error: `must be ${what} in quotes; write e.g. ${example}` })
    .trim()
    .min(1, { error: `is empty; write ${what}, e.g. ${example}` })
    .max(max, { error: (issue) => `is ${String((issue.input as string).length)} characters long, more than ${max}; shorten it to ${max} characters or fewer` })
    .superRefine((text, ctx) => {
      const control = CONTROL_CHARACTER.exec(text);
      if (control) {
        ctx.addIssue({ code: 'custom', message: `holds the control character ${codePointName(control[0])}; delete it (retype the text around it if you cannot see it)` });
        return;
      }
      const format = FORMAT_CHARACTER.exec(text);
      if (format) {
        ctx.addIssue({ code: 'custom', message: `holds the invisible character ${codePointName(format[0])}; delete it (retype the text around it if you cannot see it)` });
        return;
      }
      if (!VISIBLE.test(text)) ctx.addIssue({ code: 'custom', message: `holds no visible text; write ${what}, e.g. ${example}` });
    });
}

/**
 * A date typed as a quoted string. YAML reads an unquoted 2018 as a number and 2018-04-06 as a
 * timestamp; both are accepted here only to be refused with a message that says to add quotes.
 */
export const dateTextField = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  if (typeof value === 'string') return value;
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  ctx.addIssue({
    code: 'custom',
    message: `must be written in quotes, or YAML reads it as a ${value instanceof Date ? 'timestamp' : 'number'} (got ${shown}); write "${shown}"`,
  });
  return z.NEVER;
});

/** "early" | "mid" | "late": a part of a month, alongside a month date. */
export const monthPartField = z.enum(MONTH_PARTS as [string, ...string[]], {
  error: 'must be early, mid or late; write e.g. part: early',
});

/** An https URL. */
export const httpsUrlField = z
  .string({ error: 'is not a web address; write the full address in quotes, starting with https://' })
  .max(2000, { error: 'is longer than 2000 characters; write the address without tracking parameters' })
  .refine((url) => !/[\s\p{Cc}\p{Cf}]/u.test(url), { error: 'holds white space or an invisible character; write the address on one line with no spaces (%20 for a space)' })
  .pipe(z.url({ protocol: /^https$/, error: 'must be a web address starting with https://; write the full address in quotes, e.g. "https://example.org/page"' }));
