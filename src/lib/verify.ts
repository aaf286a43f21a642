// Rules across entries that no single schema can see: references, verbatim quotes, dates, coverage.
import { type EventDate, parseEventDate, publicationDay, type MonthPart } from './dates.ts';
import { findClosestPassage, findQuoteParagraph, splitParagraphs } from './paragraphs.ts';
import { describeValue, type Problem } from './problems.ts';
import { findGlossaryProblems, type GlossaryRuleInput } from './rules/glossary.ts';

/** One validated entry and where it came from. */
export interface Entry<T> {
  /** The entry's id: its file name without the extension. */
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  data: T;
}

interface CitationIn {
  source: string;
  quote: string;
}

/** Ids of files that exist but failed their schema, per collection: references to them are not "unknown". */
export type BrokenIds = Partial<Record<keyof ContentInput, ReadonlySet<string>>>;

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
  periods: Entry<{ date: string; citations: CitationIn[] }>[];
  /** Optional: a story may have no glossary. */
  glossary?: GlossaryRuleInput['glossary'];
}

/** Levenshtein distance, for "did you mean" hints on mistyped ids. */
function editDistance(a: string, b: string): number {
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

function unknownIdProblem(file: string, field: string, kind: string, folder: string, id: string, known: Set<string>): Problem {
  const hint = suggestId(id, known);
  return {
    file,
    field,
    message: `no ${kind} "${id}" exists`,
    fix: hint ? `did you mean "${hint}"? write an id from ${folder}` : `write the file name (without .md) of an entry in ${folder}`,
  };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/;
const RELATIVE_MONTH = /\b(last month|this month|next month|the month after|the month before|weeks?|days?)\b/;

/**
 * Whether the quotes show a date as precise as the one written: a day needs the day named
 * ("April 6") or a weekday in a dated article; a month needs the month named or a relative
 * phrase; a year needs the year. A `dateNote` stands in for all of these, since it explains
 * a derivation the quotes cannot show on their own.
 */
export function quotesSupportPrecision(date: EventDate, quotes: readonly string[]): boolean {
  const text = quotes.join(' ').toLowerCase();
  const point = date.from;
  const [year, month, day] = point.start.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1]!;
  if (point.precision === 'year') return text.includes(String(year));
  const monthNamed = new RegExp(`\\b${monthName}\\b`).test(text);
  if (point.precision === 'month') return monthNamed || RELATIVE_MONTH.test(text);
  const dayNamed = new RegExp(`\\b${monthName}\\.? ${day}\\b`).test(text);
  return dayNamed || WEEKDAYS.test(text);
}

function datePrefix(date: EventDate): string {
  const point = date.from;
  if (point.precision === 'day') return point.start;
  if (point.precision === 'month') return point.start.slice(0, 7);
  return point.start.slice(0, 4);
}

/**
 * Every problem across entries, in one list. The schemas have already checked each entry's own
 * fields; this checks what only the whole collection shows.
 */
export function findContentProblems(content: ContentInput, broken: BrokenIds = {}): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const actorIds = new Set(content.actors.map((a) => a.id));
  const themeIds = new Set(content.themes.map((t) => t.id));
  const eventIds = new Set(content.events.map((e) => e.id));
  // A reference to a file that exists but is itself broken is reported once, at that file.
  const isBroken = (kind: keyof ContentInput, id: string) => broken[kind]?.has(id) ?? false;
  // Whether anything is used can only be judged when every file that could use it was read.
  const usageKnown = !broken.events?.size && !broken.disputes?.size;
  const paragraphsOf = new Map(content.sources.map((s) => [s.id, splitParagraphs(s.data.body)]));
  const published = new Map(content.sources.map((s) => [s.id, publicationDay(s.data.published)]));
  const citedSources = new Set<string>();
  const usedActors = new Set<string>();
  const usedThemes = new Set<string>();

  for (const kind of ['sources', 'events', 'actors', 'themes', 'disputes', 'periods'] as const) {
    const seen = new Map<string, string>();
    for (const entry of content[kind]) {
      const other = seen.get(entry.id);
      if (other) {
        problems.push({
          file: entry.file,
          field: '(file)',
          message: `has the same id "${entry.id}" as ${other}`,
          fix: 'rename one of the two files; the file name is the permanent id',
        });
      } else seen.set(entry.id, entry.file);
    }
  }

  function checkCitations(file: string, prefix: string, citations: readonly CitationIn[], countAsCited: boolean): void {
    const seen = new Set<string>();
    citations.forEach((citation, index) => {
      const field = `${prefix}citations[${index}]`;
      if (!sourceIds.has(citation.source)) {
        if (isBroken('sources', citation.source)) return;
        problems.push(unknownIdProblem(file, `${field}.source`, 'source', 'content/sources/', citation.source, sourceIds));
        return;
      }
      if (countAsCited) citedSources.add(citation.source);
      const key = `${citation.source}\u0000${citation.quote}`;
      if (seen.has(key)) {
        problems.push({ file, field, message: 'repeats an earlier citation word for word', fix: 'remove the repeated citation' });
      }
      seen.add(key);
      const paragraphs = paragraphsOf.get(citation.source) ?? [];
      if (findQuoteParagraph(paragraphs, citation.quote) === -1) {
        const closest = findClosestPassage(paragraphs, citation.quote);
        problems.push({
          file,
          field: `${field}.quote`,
          message: `not found in source "${citation.source}"${closest ? ` (closest passage: "${closest}")` : ''}`,
          fix: `copy the words exactly from one paragraph of content/sources/${citation.source}.md`,
        });
      }
    });
  }

  function checkIds(file: string, field: string, ids: readonly string[], known: Set<string>, collection: keyof ContentInput, kind: string, used: Set<string>): void {
    const folder = `content/${collection}/`;
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        problems.push({ file, field: `${field}[${index}]`, message: `lists "${id}" twice`, fix: 'remove the repeated id' });
      }
      seen.add(id);
      if (!known.has(id)) {
        if (!isBroken(collection, id)) problems.push(unknownIdProblem(file, `${field}[${index}]`, kind, folder, id, known));
      }
      else used.add(id);
    });
  }

  const titles = new Map<string, string>();
  for (const event of content.events) {
    const { file, data } = event;
    const parsed = parseEventDate(data.date, data.part as MonthPart | undefined);
    checkCitations(file, '', data.citations, true);
    checkIds(file, 'actors', data.actors, actorIds, 'actors', 'actor', usedActors);
    checkIds(file, 'tags', data.tags, themeIds, 'themes', 'theme', usedThemes);
    if (data.tags.length === 0) {
      problems.push({ file, field: 'tags', message: 'has no theme', fix: `add at least one theme id, e.g. tags: [${[...themeIds][0] ?? 'policy'}]` });
    }
    const titleKey = `${data.date}\u0000${data.title.toLowerCase()}`;
    const twin = titles.get(titleKey);
    if (twin) {
      problems.push({ file, field: 'title', message: `repeats the title and date of ${twin}`, fix: 'merge the two events into one file, or tell them apart' });
    }
    titles.set(titleKey, file);
    if (!parsed.ok) continue; // the schema has reported the date already
    const date = parsed.date;
    const prefix = datePrefix(date);
    if (!event.id.startsWith(`${prefix}-`) || /^\d/.test(event.id.slice(prefix.length + 1))) {
      problems.push({
        file,
        field: 'date',
        message: `the file name does not start with the date "${prefix}-" (got "${event.id}")`,
        fix: `rename the file to ${prefix}-<short-slug>.md, or correct the date`,
      });
    }
    data.citations.forEach((citation, index) => {
      const day = published.get(citation.source);
      if (day && date.start > day) {
        problems.push({
          file,
          field: `citations[${index}].source`,
          message: `the event starts (${date.start}) after "${citation.source}" was published (${day})`,
          fix: 'an article cannot report a later event: correct the date or cite another source',
        });
      }
    });
    if (!data.dateNote && !quotesSupportPrecision(date, data.citations.map((c) => c.quote))) {
      problems.push({
        file,
        field: 'date',
        message: `"${data.date}" is more precise than the quotes show (they do not name the ${date.from.precision})`,
        fix: 'quote the words that give the date, make the date less precise, or add a dateNote on how it was derived',
      });
    }
  }

  for (const actor of content.actors) {
    checkCitations(actor.file, '', actor.data.citations, false);
    if (actor.data.partOf !== undefined && !actorIds.has(actor.data.partOf) && !isBroken('actors', actor.data.partOf)) {
      problems.push(unknownIdProblem(actor.file, 'partOf', 'actor', 'content/actors/', actor.data.partOf, actorIds));
    }
    if (usageKnown && !usedActors.has(actor.id)) {
      problems.push({ file: actor.file, field: '(file)', message: 'no event lists this actor', fix: 'add its id to the actors of an event, or remove the file' });
    }
  }

  for (const theme of content.themes) {
    if (usageKnown && !usedThemes.has(theme.id)) {
      problems.push({ file: theme.file, field: '(file)', message: 'no event is tagged with this theme', fix: 'add its id to the tags of an event, or remove the file' });
    }
  }

  for (const dispute of content.disputes) {
    const { file, data } = dispute;
    checkIds(file, 'events', data.events, eventIds, 'events', 'event', new Set());
    const readings = new Map<string, number>();
    const sourcesCited = new Set<string>();
    data.readings.forEach((reading, index) => {
      checkCitations(file, `readings[${index}].`, reading.citations, false);
      reading.citations.forEach((c) => sourcesCited.add(c.source));
      const key = reading.reading.trim().toLowerCase();
      const same = readings.get(key);
      if (same !== undefined) {
        problems.push({ file, field: `readings[${index}].reading`, message: `is the same as readings[${same}] (got ${describeValue(reading.reading)})`, fix: 'a dispute needs readings that differ: merge their citations into one reading' });
      } else readings.set(key, index);
    });
    if (sourcesCited.size < 2) {
      problems.push({ file, field: 'readings', message: `cites only one source (${[...sourcesCited].join(', ') || 'none'})`, fix: 'a dispute compares sources: cite at least two different sources across its readings' });
    }
  }

  for (const period of content.periods) {
    checkCitations(period.file, '', period.data.citations, false);
  }

  for (const source of content.sources) {
    if (source.data.sameStoryAs !== undefined && !sourceIds.has(source.data.sameStoryAs) && !isBroken('sources', source.data.sameStoryAs)) {
      problems.push(unknownIdProblem(source.file, 'sameStoryAs', 'source', 'content/sources/', source.data.sameStoryAs, sourceIds));
    }
    if (usageKnown && !citedSources.has(source.id)) {
      problems.push({ file: source.file, field: '(file)', message: 'no event cites this source', fix: 'cite it from at least one event, or remove the file' });
    }
  }
  problems.push(...findGlossaryProblems(content));
  return problems;
}
