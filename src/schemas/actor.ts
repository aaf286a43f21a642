// A person or body that takes part in events, with its role as the articles give it.
import { z } from 'astro/zod';
import { actorEsSchema } from './es.ts';
import { citationsField } from './citation.ts';
import { idField, textField } from './fields.ts';

export const actorSchema = z.strictObject({
  /** Full name as the articles print it. */
  name: textField('the name', '"Jane Doe"', 120),
  /** A person or an organisation. */
  kind: z.enum(['person', 'organisation'], { error: 'must be person or organisation; write kind: person, or kind: organisation' }),
  /** Role in the articles' words, in one line. */
  role: textField('the role', '"Attorney general"'),
  /** Other names the articles use (initials, short forms), for search. */
  aliases: z.array(textField('a name', '"OAG"', 120), { error: 'must be a list; write aliases: ["OAG"]' }).default([]),
  /** The larger body this one belongs to (an office within a department). */
  partOf: idField.optional(),
  /** The exact words that give the role. */
  citations: citationsField,
  /** The Spanish text beside the English (see es.ts); checked by the Spanish rules. */
  es: actorEsSchema.optional(),
});

export type ActorData = z.output<typeof actorSchema>;
