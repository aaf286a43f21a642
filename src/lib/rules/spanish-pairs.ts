// Every translatable text of the content beside its Spanish text (or the lack of one), with where it
// stands: the one walk the Spanish rules (rules/spanish.ts) share.
import type { ContentIndex } from './content-index.ts';

/** One English text and its Spanish counterpart in an entry. */
export interface TextPair {
  file: string;
  /** The Spanish field (`es.title`, `citations[0].es`, `es.readings[1]`). */
  field: string;
  /** The English field it translates (`title`, `citations[0].quote`). */
  englishField: string;
  /** Undefined where the English has no such field (a Spanish dateNote with no English one). */
  english: string | undefined;
  spanish: string | undefined;
  /** The Spanish text defines names (an actor's es.name, a glossary es.expansion): no name check. */
  definesNames?: boolean;
  /** A quote: its translation is "ours", written under the quote. */
  quote?: boolean;
}

type Data = Record<string, unknown> & { es?: Record<string, unknown>; citations?: { quote: string; es?: string }[] };

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function fieldPairs(file: string, data: Data, fields: readonly string[], optional: readonly string[] = []): TextPair[] {
  const es = data.es ?? {};
  return fields.flatMap((name) => {
    const english = text(data[name]);
    const spanish = text(es[name]);
    // A field the English leaves out is only a problem when the Spanish has it anyway.
    if (english === undefined && (spanish === undefined || !optional.includes(name))) return [];
    return [{ file, field: `es.${name}`, englishField: name, english, spanish }];
  });
}

function citationPairs(file: string, citations: Data['citations'], prefix = ''): TextPair[] {
  return (citations ?? []).map((c, i) => ({
    file, field: `${prefix}citations[${i}].es`, englishField: `${prefix}citations[${i}].quote`, english: c.quote, spanish: c.es, quote: true,
  }));
}

function listPairs(file: string, english: readonly string[], spanish: readonly string[] | undefined, name: string): TextPair[] {
  return english.map((item, i) => ({ file, field: `es.${name}[${i}]`, englishField: `${name}[${i}]`, english: item, spanish: spanish?.[i] }));
}

function disputePairs(file: string, data: Data): TextPair[] {
  const readings = (data['readings'] ?? []) as { reading: string; citations: Data['citations'] }[];
  const questions = (data['questions'] ?? []) as string[];
  const es = data.es as { readings?: string[]; questions?: string[] } | undefined;
  return [
    ...fieldPairs(file, data, ['question', 'note']),
    ...listPairs(file, readings.map((r) => r.reading), es?.readings, 'readings').map((p, i) => ({ ...p, englishField: `readings[${i}].reading` })),
    ...listPairs(file, questions, es?.questions, 'questions'),
    ...readings.flatMap((r, i) => citationPairs(file, r.citations, `readings[${i}].`)),
  ];
}

const SITE_FIELDS = ['title', 'tagline', 'description', 'aboutAttribution', 'aboutWeekday', 'aboutDisputes', 'disputesExercise'] as const;

/** Every English text of the content that has (or needs) a Spanish one. */
export function spanishPairs(index: ContentIndex): TextPair[] {
  const { content } = index;
  const each = <T>(list: readonly { file: string; data: T }[] | undefined, pairs: (file: string, data: Data) => TextPair[]) =>
    (list ?? []).flatMap((e) => pairs(e.file, e.data as unknown as Data));
  const pairs: TextPair[] = [
    ...each(content.events, (f, d) => [...fieldPairs(f, d, ['title', 'summary', 'dateNote'], ['dateNote']), ...citationPairs(f, d.citations)]),
    ...each(content.actors, (f, d) => [
      ...fieldPairs(f, d, ['role']),
      ...(d.es?.['name'] !== undefined ? [{ file: f, field: 'es.name', englishField: 'name', english: text(d['name']), spanish: text(d.es['name']), definesNames: true }] : []),
      ...citationPairs(f, d.citations),
    ]),
    ...each(content.themes, (f, d) => fieldPairs(f, d, ['title', 'description'])),
    ...each(content.chapters, (f, d) => [...fieldPairs(f, d, ['title', 'intro', 'dateNote'], ['dateNote']), ...citationPairs(f, d.citations)]),
    ...each(content.periods, (f, d) => [...fieldPairs(f, d, ['title', 'dateNote'], ['dateNote']), ...citationPairs(f, d.citations)]),
    ...each(content.disputes, disputePairs),
    ...each(content.glossary, (f, d) => [
      ...fieldPairs(f, d, ['expansion', 'expansionNote', 'explanation'], ['expansion', 'expansionNote']).map((p) => (p.field === 'es.expansion' ? { ...p, definesNames: true } : p)),
      ...citationPairs(f, d.citations),
    ]),
  ];
  const site = content.site;
  if (site?.data.site) {
    const data = site.data.site as unknown as Data;
    pairs.push(...fieldPairs(site.file, data, SITE_FIELDS, SITE_FIELDS));
    pairs.push({ file: site.file, field: 'es.intro', englishField: '(body)', english: site.data.body, spanish: text(data.es?.['intro']) });
  }
  return pairs;
}
