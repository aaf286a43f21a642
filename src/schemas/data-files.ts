// The published data files' shapes. /data/events.json is parsed through this schema when it is built,
// and /data/events.schema.json is generated from it, so the file and its description cannot drift.
import { z } from 'astro/zod';
import { PROVENANCE_KINDS, REPORT_VERSIONS } from '../lib/provenance.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'An ISO 8601 calendar day, YYYY-MM-DD.' });

export const exportedCitationSchema = z
  .strictObject({
    source: z.string().meta({ description: 'Id of the cited article (see sources.json).' }),
    quote: z.string().min(1).meta({ description: 'The exact words quoted from the article.' }),
    paragraph: z.number().int().min(1).meta({ description: 'Number of the article paragraph that holds the quote (1-based).' }),
    url: z.url().meta({ description: 'Address of the original article.' }),
    sourcePage: z.url().meta({ description: 'Address of the quoted paragraph on this site.' }),
    provenance: z
      .strictObject({
        kind: z.enum(PROVENANCE_KINDS).meta({ description: 'report-quoted (the outlet prints the report’s words), report-paraphrased (the outlet sums the report up), outlet (the outlet’s own reporting), person (a named person’s or body’s statement), relayed (another outlet’s reporting passed on).' }),
        by: z.string().optional().meta({ description: 'Actor id: who speaks (person) or the outlet relayed (relayed).' }),
        via: z.string().optional().meta({ description: 'Actor id of the outlet a person’s statement came through.' }),
        of: z.enum(REPORT_VERSIONS).optional().meta({ description: 'The version of the report the words come from or pass through; the final report when absent.' }),
        text: z.string().min(1).meta({ description: 'The provenance in words, as the event page shows it.' }),
      })
      .meta({ description: 'Whose words the quote gives and through whom: kind, by (actor id), via (actor id), of (report or draft) and the same in words (text).' }),
  })
  .meta({ description: 'A citation: an article and the exact words from it that support the event.' });

export const exportedEventSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/).meta({ description: 'Permanent id; also the last part of the permalink.' }),
    title: z.string().min(1),
    summary: z.string().min(1).meta({ description: 'A short neutral summary in the editors’ words.' }),
    date: z.string().meta({ description: 'The date in EDTF (Library of Congress Extended Date/Time Format), as precise as the sources: "2018-04-06", "2018-05", "2017", "2017-03/2017-11", "2018-06~" (approximate).' }),
    part: z.enum(['early', 'mid', 'late']).optional().meta({ description: 'Part of the month, when the sources say e.g. "early April 2018".' }),
    start: isoDay.meta({ description: 'First day the date may be.' }),
    end: isoDay.meta({ description: 'Last day the date may be.' }),
    precision: z.enum(['day', 'month', 'year', 'interval']).meta({ description: 'How precisely the sources date the event.' }),
    approximate: z.boolean().meta({ description: 'Whether the sources place the date only roughly.' }),
    label: z.string().meta({ description: 'The date in words as shown to readers.' }),
    dateNote: z.string().optional().meta({ description: 'How the date was derived, where it was.' }),
    actors: z.array(z.string()).meta({ description: 'Ids of the people and bodies involved.' }),
    tags: z.array(z.string()).meta({ description: 'Ids of the themes.' }),
    url: z.url().meta({ description: 'Permalink of the event page.' }),
    citations: z.array(exportedCitationSchema).min(1),
    corrections: z
      .array(
        z.strictObject({
          date: isoDay.meta({ description: 'The day the correction was made.' }),
          was: z.string().min(1).meta({ description: 'What the event said before.' }),
          now: z.string().min(1).meta({ description: 'What it says now.' }),
        }),
      )
      .meta({ description: 'Dated corrections of substance to this event (date, was, now); an empty list when there are none.' }),
  })
  .meta({ description: 'A dated event of the chronology.' });

export const eventsFileSchema = z
  .strictObject({ events: z.array(exportedEventSchema).meta({ description: 'Events in chronological order.' }) })
  .meta({ title: 'events.json', description: 'The events of a sourced chronology, each with its date as precise as its sources and the exact words that support it.' });

/**
 * The Spanish file, /es/data/events.json: the same fields with the texts in Spanish (title, summary,
 * label, dateNote, provenance text), the links to the Spanish pages, and each citation's translation.
 */
export const translatedEventsFileSchema = z
  .strictObject({
    events: z
      .array(exportedEventSchema.extend({
        citations: z.array(exportedCitationSchema.extend({
          translation: z.string().min(1).meta({ description: 'Our translation of the quote into the file’s language (“traducción nuestra”); the quote itself stays in the article’s words.' }),
        })).min(1),
      }))
      .meta({ description: 'Events in chronological order.' }),
  })
  .meta({ title: 'events.json (edición en español)', description: 'The events of a sourced chronology with their texts in Spanish: each date as precise as its sources, the exact English words that support it and our translation of them.' });

export type EventsFile = z.output<typeof eventsFileSchema>;

/** The JSON Schema published as /data/events.schema.json (and, translated, as /es/data/events.schema.json). */
export function eventsJsonSchema(translated = false): object {
  return z.toJSONSchema(translated ? translatedEventsFileSchema : eventsFileSchema, { target: 'draft-2020-12' });
}
