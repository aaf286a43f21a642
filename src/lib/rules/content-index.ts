// The one prepared index of the content that every verify rule reads: ids, paragraphs, publication
// days, every citation with where it stands, every dated entry with its parsed date.
import { type EventDate, parseEventDate, publicationDay, type MonthPart } from '../dates.ts';
import { splitParagraphs } from '../paragraphs.ts';
import type { Problem } from '../problems.ts';
import type { GlossaryRuleInput } from './glossary.ts';

/** One validated entry and where it came from. */
export interface Entry<T> {
  /** The entry's id: its file name without the extension. */
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  data: T;
}

export interface CitationIn {
  source: string;
  quote: string;
  /** Our Spanish translation of the quote. */
  es?: string | undefined;
}

export interface ContentInput {
  sources: Entry<{ published: string; sameStoryAs?: string | undefined; body: string }>[];
  events: Entry<{
    title: string;
    date: string;
    part?: string | undefined;
    dateNote?: string | undefined;
    actors: string[];
    tags: string[];
    citations: CitationIn[];
  }>[];
  actors: Entry<{ partOf?: string | undefined; citations: CitationIn[] }>[];
  themes: Entry<object>[];
  disputes: Entry<{ events: string[]; readings: { reading: string; citations: CitationIn[] }[] }>[];
  periods: Entry<{ date: string; dateNote?: string | undefined; citations: CitationIn[] }>[];
  /** Named stretches of the story, held to every rule periods are; a story may have none. */
  chapters?: Entry<{ date: string; dateNote?: string | undefined; citations: CitationIn[] }>[] | undefined;
  /** content/site.md's body (the introduction), when it was read, and its fields (for the Spanish rules). */
  site?: Entry<{ body: string; site?: { es?: { intro: string } | undefined } | undefined }> | undefined;
  /** Paragraph translations of the sources (content/translations/<locale>/sources/). */
  translations?: Entry<{ source: string; locale: string; publishedNote?: string | undefined; note?: string | undefined; body: string }>[] | undefined;
  /** Valid parts of entries that failed their schema: their citations and id lists are still checked. */
  partial?: PartialEntry[] | undefined;
  /** Optional: a story may have no glossary (checked by rules/glossary.ts). */
  glossary?: GlossaryRuleInput['glossary'];
}

/** What of a schema-broken entry is valid on its own. */
export type PartialEntry = Entry<{
  kind: Collection;
  citations?: CitationIn[];
  readings?: { citations: CitationIn[] }[];
  actors?: string[];
  tags?: string[];
}>;

export type Collection = Exclude<keyof ContentInput, 'site' | 'partial' | 'glossary'>;
export const COLLECTION_NAMES: readonly Collection[] = ['sources', 'events', 'actors', 'themes', 'disputes', 'periods', 'chapters'];

/** Ids of files that exist but failed their schema, per collection: references to them are not "unknown". */
export type BrokenIds = Partial<Record<Collection, ReadonlySet<string>>>;

/** A citation and where it stands. */
export interface CitationAt {
  file: string;
  /** `citations[0]`, `readings[1].citations[0]`. */
  field: string;
  /** The citations list it belongs to (for repeats). */
  list: readonly CitationIn[];
  index: number;
  citation: CitationIn;
  owner: Collection;
}

/** An event or period with a date that parsed. */
export interface DatedEntry {
  kind: 'events' | 'periods' | 'chapters';
  id: string;
  file: string;
  date: EventDate;
  dateText: string;
  dateNote?: string | undefined;
  citations: readonly CitationIn[];
}

/** A Markdown body from content/. */
export interface BodyAt {
  file: string;
  body: string;
  /** The field that holds it, where it is not the file's body (`es.intro`). */
  field?: string;
}

export interface ContentIndex {
  content: ContentInput;
  ids: Record<Collection, Set<string>>;
  /** Whether an id names a file that exists but is itself broken (reported once, at that file). */
  isBroken(kind: Collection, id: string): boolean;
  /** Whether anything is used can only be judged when every file that could use it was read. */
  usageKnown: boolean;
  paragraphs: Map<string, string[]>;
  /** Publication day (YYYY-MM-DD) of each source. */
  published: Map<string, string>;
  citations: CitationAt[];
  dated: DatedEntry[];
  bodies: BodyAt[];
}

export function prepareIndex(content: ContentInput, broken: BrokenIds = {}): ContentIndex {
  const ids = Object.fromEntries(COLLECTION_NAMES.map((kind) => [kind, new Set((content[kind] ?? []).map((e) => e.id))])) as Record<Collection, Set<string>>;
  const citations: CitationAt[] = [];
  const add = (owner: Collection, file: string, prefix: string, list: readonly CitationIn[]) =>
    list.forEach((citation, index) => citations.push({ file, field: `${prefix}citations[${index}]`, list, index, citation, owner }));
  for (const e of content.events) add('events', e.file, '', e.data.citations);
  for (const a of content.actors) add('actors', a.file, '', a.data.citations);
  for (const d of content.disputes) d.data.readings.forEach((r, i) => add('disputes', d.file, `readings[${i}].`, r.citations));
  for (const p of content.periods) add('periods', p.file, '', p.data.citations);
  for (const c of content.chapters ?? []) add('chapters', c.file, '', c.data.citations);
  for (const p of content.partial ?? []) {
    if (p.data.citations) add(p.data.kind, p.file, '', p.data.citations);
    p.data.readings?.forEach((r, i) => add(p.data.kind, p.file, `readings[${i}].`, r.citations));
  }
  const dated: DatedEntry[] = [];
  for (const e of content.events) {
    const parsed = parseEventDate(e.data.date, e.data.part as MonthPart | undefined);
    if (parsed.ok) dated.push({ kind: 'events', id: e.id, file: e.file, date: parsed.date, dateText: e.data.date, dateNote: e.data.dateNote, citations: e.data.citations });
  }
  for (const kind of ['periods', 'chapters'] as const) {
    for (const p of content[kind] ?? []) {
      const parsed = parseEventDate(p.data.date);
      if (parsed.ok) dated.push({ kind, id: p.id, file: p.file, date: parsed.date, dateText: p.data.date, dateNote: p.data.dateNote, citations: p.data.citations });
    }
  }
  const bodies: BodyAt[] = content.sources.map((s) => ({ file: s.file, body: s.data.body }));
  for (const t of content.translations ?? []) bodies.push({ file: t.file, body: t.data.body });
  const spanishIntro = content.site?.data.site?.es?.intro;
  if (content.site && spanishIntro !== undefined) bodies.unshift({ file: content.site.file, body: spanishIntro, field: 'es.intro' });
  if (content.site) bodies.unshift({ file: content.site.file, body: content.site.data.body });
  return {
    content,
    ids,
    isBroken: (kind, id) => broken[kind]?.has(id) ?? false,
    usageKnown: !broken.events?.size && !broken.disputes?.size,
    paragraphs: new Map(content.sources.map((s) => [s.id, splitParagraphs(s.data.body)])),
    published: new Map(content.sources.map((s) => [s.id, publicationDay(s.data.published)])),
    citations,
    dated,
    bodies,
  };
}

/** Levenshtein distance: "did you mean" hints on mistyped ids, and the Spanish rules' cognates. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known id nearest to a mistyped one, when it is near enough to be a likely typo. */
export function suggestId(wrong: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  // A shortened id ("upi-2021" for "upi-2021-01-14") is a likely slip too.
  const extended = ids.filter((id) => id.startsWith(wrong));
  if (wrong.length >= 3 && extended.length === 1) return extended[0];
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(wrong, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wrong.length / 3)) ? best.id : undefined;
}

export function unknownIdProblem(file: string, field: string, kind: string, folder: string, id: string, known: Set<string>): Problem {
  const hint = suggestId(id, known);
  return {
    file,
    field,
    message: `no ${kind} "${id}" exists`,
    fix: hint ? `did you mean "${hint}"? write an id from ${folder}` : `write the file name (without .md) of an entry in ${folder}`,
  };
}
