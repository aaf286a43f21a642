// Field shapes shared by several schemas, each refusing bad input with a message an editor can act on.
import { z } from 'astro/zod';
import { MONTH_PARTS } from '../lib/dates.ts';

/** A file name style id (`jeff-sessions`), used to refer to another entry. */
export const idField = z
  .string({ error: 'must be the id of an entry (its file name without .md); write e.g. jeff-sessions' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an id in lower case with hyphens; write the file name without .md, e.g. jeff-sessions',
  });

/** Non-empty text, trimmed. */
export function textField(what: string, example: string) {
  return z
    .string({ error: `must be ${what} in quotes; write e.g. ${example}` })
    .trim()
    .min(1, { error: `is empty; write ${what}, e.g. ${example}` });
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
  .url({ error: 'is not a web address; write the full address in quotes, starting with https://' })
  .refine((url) => url.startsWith('https://'), { error: 'must use https; write the address starting with https://' });
