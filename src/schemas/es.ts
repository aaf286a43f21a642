// The Spanish edition's blocks: our Spanish text beside the English, in an `es:` block of each entry
// (see /work/es-format.md and README "The Spanish edition"). English stays the source of truth; the
// rules in src/lib/rules/spanish.ts check that each Spanish text is there and adds nothing.
import { z } from 'astro/zod';
import { textField } from './fields.ts';

/** A Spanish text, held to the same rules as the English field it translates. */
const es = (what: string, example: string, max?: number) => textField(`${what} in Spanish`, example, max);

/** Our Spanish translation of a quote; never shown as the outlet's words ("traducción nuestra"). */
export const citationEsField = es('our translation of the quote', '"necesitamos quitarles a los niños"', 1200).optional();

export const eventEsSchema = z.strictObject({
  title: es('the title', '"Sessions anuncia la política"', 120),
  summary: es('the summary', '"Según el informe, …"', 1800),
  /** Present exactly when the English has dateNote. */
  dateNote: es('the date note', '"El artículo del 14 de enero de 2021 dice “el mes pasado”."', 900).optional(),
}, { error: 'must be a group of Spanish fields; write es: then title: "…" and summary: "…" indented below it' });

export const actorEsSchema = z.strictObject({
  /** Only where Spanish names the body otherwise ("Departamento de Justicia"); people keep their names. */
  name: es('the name', '"Departamento de Justicia"', 160).optional(),
  role: es('the role', '"Fiscal general"', 400),
}, { error: 'must be a group of Spanish fields; write es: then role: "…" indented below it' });

export const themeEsSchema = z.strictObject({
  title: es('the theme name', '"Advertencias"', 60),
  description: es('the description', '"Preocupaciones planteadas antes y durante la política."', 400),
}, { error: 'must be a group of Spanish fields; write es: then title: "…" and description: "…"' });

export const chapterEsSchema = z.strictObject({
  title: es('the title', '"El anuncio"', 120),
  intro: es('the introduction', '"Según el informe, …"', 400),
  /** Present exactly when the English has dateNote. */
  dateNote: es('the date note', '"Ningún artículo fecha el inicio: …"', 900).optional(),
}, { error: 'must be a group of Spanish fields; write es: then title: "…" and intro: "…"' });

export const periodEsSchema = z.strictObject({
  title: es('the name', '"Programa piloto"', 120),
  /** Present exactly when the English has dateNote. */
  dateNote: es('the date note', '"El final es aproximado: …"', 900).optional(),
}, { error: 'must be a group of Spanish fields; write es: then title: "…"' });

export const disputeEsSchema = z.strictObject({
  question: es('the question', '"¿Cuántos niños fueron separados?"', 240),
  note: es('the note', '"Las dos versiones de una misma noticia dan cifras distintas."', 1200),
  /** The readings' labels, in the order and number of `readings:`. */
  readings: z.array(es('a reading', '"Más de 3000 niños"', 240), { error: 'must be a list of the readings in Spanish; write readings: ["…", "…"], one per reading, in order' }),
  /** The discussion questions, in the order and number of `questions:`; each ends with "?". */
  questions: z
    .array(es('a question', '"¿Qué cifra respaldan los otros artículos?"', 360)
      .refine((q) => q.endsWith('?'), { error: 'must end with a question mark; write it as a question, “¿…?”' }),
    { error: 'must be a list of questions in Spanish; write questions: ["¿…?", "¿…?"]' })
    .default([]),
}, { error: 'must be a group of Spanish fields; write es: then question, note, readings and questions' });

export const glossaryEsSchema = z.strictObject({
  /** The Spanish name, then the English one in parentheses where they differ. */
  expansion: es('the full name', '"Oficina de Puertos del Norte (Northern Ports Office)"', 360).optional(),
  /** Present exactly when the English has expansionNote. */
  expansionNote: es('the note on the full name', '"Los artículos no desarrollan la sigla CBP."', 360).optional(),
  explanation: es('the explanation', '"La oficina que …, según la describen los artículos."', 400),
}, { error: 'must be a group of Spanish fields; write es: then explanation: "…"' });

export const siteEsSchema = z.strictObject({
  title: es('the site name', '"Tolerancia cero, fechada y con fuentes"', 120),
  tagline: es('the tagline', '"Una cronología…"', 360),
  description: es('the description', '"Una cronología fechada…"', 480),
  aboutAttribution: es('the examples of attribution', '"“el inspector general concluyó”"', 360).optional(),
  aboutWeekday: es('the weekday example', '"“el martes” en un artículo del miércoles 7 de octubre de 2020 es el 6 de octubre de 2020"', 360).optional(),
  aboutDisputes: es('the range of the disagreements', '"desde cuántos niños fueron separados hasta…"', 360).optional(),
  disputesExercise: es('the classroom exercise', '"Para cada pregunta, …"', 360).optional(),
  /** The introduction (the Markdown body) in Spanish, paragraphs separated by a blank line. */
  intro: z.string({ error: 'must be the introduction in Spanish; write intro: | and the paragraphs indented below it' }).trim().min(1, { error: 'is empty; write the introduction in Spanish' }),
}, { error: 'must be a group of Spanish fields; write es: then title, tagline, description and intro' });

/** content/translations/es/sources/<source-id>.md: the article's paragraphs in Spanish (the body). */
export const sourceTranslationSchema = z.strictObject({
  /** Id of the source translated; the file is named after it. */
  source: z.string({ error: 'must be the id of the source translated; write e.g. source: upi-2021-01-14' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a source id; write the source file name without .md' }),
  /** Present exactly when the source has publishedNote. */
  publishedNote: es('the note on the date', '"La data dice “14 ene. (UPI)”."', 900).optional(),
  /** Our note to readers, present exactly when the source has `note`. */
  note: es('the note', '"Informa sobre un borrador del informe."', 900).optional(),
});

export type EventEs = z.output<typeof eventEsSchema>;
export type ActorEs = z.output<typeof actorEsSchema>;
export type ThemeEs = z.output<typeof themeEsSchema>;
export type ChapterEs = z.output<typeof chapterEsSchema>;
export type PeriodEs = z.output<typeof periodEsSchema>;
export type DisputeEs = z.output<typeof disputeEsSchema>;
export type GlossaryEs = z.output<typeof glossaryEsSchema>;
export type SiteEs = z.output<typeof siteEsSchema>;
export type SourceTranslationData = z.output<typeof sourceTranslationSchema>;
