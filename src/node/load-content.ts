// Reads content/ from disk for the build's own check: every file parsed and validated, every problem kept.
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractFrontmatter, parseFrontmatter as astroParseFrontmatter } from 'astro/markdown';
import { actorSchema } from '../schemas/actor.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { disputeSchema } from '../schemas/dispute.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { issuesToProblems } from '../schemas/issues.ts';
import { periodSchema } from '../schemas/period.ts';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { sourceSchema } from '../schemas/source.ts';
import { themeSchema } from '../schemas/theme.ts';
import { sourceTranslationSchema } from '../schemas/es.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locale.ts';
import type { ChronologyInput } from '../lib/chronology.ts';
import type { Problem } from '../lib/problems.ts';
import type { BrokenIds, Entry, PartialEntry } from '../lib/verify.ts';
import { z } from 'astro/zod';
import { citationsField } from '../schemas/citation.ts';
import { idField } from '../schemas/fields.ts';

/** The collections, their folders under content/, and their schemas. */
export const COLLECTIONS = {
  sources: sourceSchema,
  events: eventSchema,
  actors: actorSchema,
  themes: themeSchema,
  disputes: disputeSchema,
  periods: periodSchema,
  chapters: chapterSchema,
  glossary: glossarySchema,
} as const satisfies Record<Exclude<keyof ChronologyInput, 'translations'>, z.ZodType>;

type Kind = keyof typeof COLLECTIONS;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id (file name without .md) an entry may have: it is part of every permalink. */
const MAX_ID_LENGTH = 80;

interface Parsed {
  data: unknown;
  body: string;
}

/** More values than any entry needs: a YAML alias bomb expands far beyond it. */
const MAX_VALUES = 20_000;
/** Larger than any article extract: a bigger file is a mistake (or an attack), not content. */
export const MAX_FILE_BYTES = 1_000_000;

/** Counts values as a reader would see them, every alias expanded, stopping at `limit`. */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count += 1;
    if (next !== null && typeof next === 'object' && !(next instanceof Date)) stack.push(...Object.values(next));
  }
  return count;
}

/**
 * Splits a Markdown file into YAML frontmatter and body with Astro's own frontmatter parser (the one
 * its glob() loader uses, js-yaml), so that what this check reads is what the pages read.
 */
export function parseFrontmatter(file: string, text: string): { ok: true; value: Parsed } | { ok: false; problems: Problem[] } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fail = (message: string, fix: string, field = '(frontmatter)') => ({ ok: false as const, problems: [{ file, field, message, fix }] });
  if (!normalised.startsWith('---\n')) {
    return fail('does not start with a "---" line', 'put the fields between a "---" line at the very top and another "---" line');
  }
  if (!/^---[ \t]*$/m.test(normalised.slice(4)) || extractFrontmatter(normalised) === undefined) {
    return fail('has no closing "---" line', 'end the fields with a line that holds only "---"');
  }
  let parsed: { frontmatter: unknown; rawFrontmatter: string; content: string };
  try {
    parsed = astroParseFrontmatter(normalised, { frontmatter: 'remove' });
  } catch (error) {
    const yamlError = error as { reason?: string; mark?: { line?: number } };
    // js-yaml counts lines from the opening "---" line, which is line 1 of the file.
    const where = typeof yamlError.mark?.line === 'number' ? ` at line ${yamlError.mark.line + 1}` : '';
    const reason = (yamlError.reason ?? (error instanceof Error ? error.message : String(error))).split('\n')[0]!.replace(/; /g, ', ');
    // js-yaml notices an unclosed quote only lines later; point at the line that opened it.
    const unclosed = normalised.split('\n').findIndex((line, at) => at > 0 && /^[\w-]+:\s*"/.test(line) && !/^[\w-]+:\s*"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/.test(line));
    const hint = unclosed > 0 && (yamlError.mark?.line ?? 0) + 1 > unclosed + 1 ? ` (the quote opened at line ${unclosed + 1} is not closed)` : '';
    return fail(
      `is not valid YAML${where}: ${reason}${hint}`,
      'check quotes, colons and indentation on that line; put text that contains ": " or starts with a quote mark inside quotes',
    );
  }
  const yamlText = parsed.rawFrontmatter;
  const data = parsed.frontmatter;
  if (/^\s*$/.test(yamlText) || data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    return fail('holds no fields', 'write one "field: value" per line between the "---" lines');
  }
  if (countValues(data, MAX_VALUES) > MAX_VALUES) {
    return fail(`holds more than ${MAX_VALUES} values once its YAML aliases (*name) are expanded`, 'write each value out once, without & anchors and * aliases');
  }
  const body = parsed.content.replace(/^\n/, '');
  return { ok: true, value: { data, body } };
}

type Listed = { ok: true; text: string } | { ok: false; problem: Problem };

/** Reads one file named *.md, refusing what is not a plain readable text file. */
async function readContentFile(file: string, full: string): Promise<Listed> {
  const refuse = (message: string, fix: string): Listed => ({ ok: false, problem: { file, field: '(file)', message, fix } });
  let info;
  try {
    info = await lstat(full);
  } catch {
    return refuse('cannot be read', 'check that the file exists and is readable');
  }
  if (info.isSymbolicLink()) {
    const target = await stat(full).then(() => 'a file elsewhere', () => 'a file that does not exist');
    return refuse(`is a symbolic link to ${target}`, 'put the file itself in content/, not a link');
  }
  if (info.isDirectory()) return refuse('is a folder, not a Markdown file', 'rename the folder so that it does not end in .md, or move it out of content/');
  if (!info.isFile()) return refuse('is not a regular file', 'replace it with a plain Markdown file');
  if (info.size > MAX_FILE_BYTES) return refuse(`is ${info.size} bytes, more than the ${MAX_FILE_BYTES} a content file may be`, 'split it or shorten it; an extract holds only the paragraphs the events quote');
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch {
    return refuse('cannot be read', 'check that the file is readable');
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
    return refuse('is not UTF-8 text', 'save the file as UTF-8');
  }
  return { ok: true, text };
}

/** Reads one collection folder: each .md file parsed and validated. */
/** The fields of a schema-broken entry that are valid on their own: its citations and id lists. */
function partialEntry(kind: Kind, data: Record<string, unknown>): PartialEntry['data'] | undefined {
  // The glossary's own rule reads only valid entries; a broken one is reported by its schema.
  if (kind === 'glossary') return undefined;
  const part: PartialEntry['data'] = { kind };
  const citations = citationsField.safeParse(data['citations']);
  if (citations.success) part.citations = citations.data;
  if (kind === 'disputes') {
    const readings = z.array(z.object({ citations: citationsField })).safeParse(data['readings']);
    if (readings.success) part.readings = readings.data;
  }
  if (kind === 'events') {
    const ids = z.array(idField);
    const actors = ids.safeParse(data['actors']);
    const tags = ids.safeParse(data['tags']);
    if (actors.success) part.actors = actors.data;
    if (tags.success) part.tags = tags.data;
  }
  return Object.keys(part).length > 1 ? part : undefined;
}

async function loadCollection(root: string, kind: Kind): Promise<{ entries: Entry<unknown>[]; broken: Set<string>; partial: PartialEntry[]; problems: Problem[] }> {
  const folder = path.join(root, 'content', kind);
  const entries: Entry<unknown>[] = [];
  const partial: PartialEntry[] = [];
  const broken = new Set<string>();
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return { entries, broken, partial, problems: kind === 'disputes' || kind === 'periods' || kind === 'chapters' || kind === 'glossary' ? [] : [{ file: `content/${kind}/`, field: '(folder)', message: 'is missing', fix: `create the folder content/${kind}/ with at least one .md file` }] };
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const file = `content/${kind}/${name}`;
    if (!name.endsWith('.md')) {
      problems.push({ file, field: '(file)', message: 'is not a Markdown file', fix: 'rename it to end in .md, or move it out of content/' });
      continue;
    }
    const id = name.slice(0, -3);
    if (!ID.test(id) || id.length > MAX_ID_LENGTH) {
      problems.push({ file, field: '(file name)', message: `"${id}" is not a valid id`, fix: `use at most ${MAX_ID_LENGTH} lower-case letters, digits and single hyphens, e.g. 2018-05-conference-call.md` });
      continue;
    }
    const read = await readContentFile(file, path.join(folder, name));
    if (!read.ok) {
      problems.push(read.problem);
      broken.add(id);
      continue;
    }
    const parsed = parseFrontmatter(file, read.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      broken.add(id);
      continue;
    }
    const schema = COLLECTIONS[kind] as z.ZodType;
    const result = schema.safeParse(parsed.value.data);
    if (!result.success) {
      problems.push(...issuesToProblems(file, schema, parsed.value.data, result.error.issues));
      broken.add(id);
      // The parts that are valid still go to the cross-entry rules, so a schema mistake in a file
      // does not hide that file's misquotes or unknown ids.
      const part = partialEntry(kind, parsed.value.data as Record<string, unknown>);
      if (part) partial.push({ id, file, data: part });
      continue;
    }
    if (kind === 'sources') {
      if (parsed.value.body.trim() === '') {
        problems.push({ file, field: '(body)', message: 'has no paragraphs', fix: 'paste the article below the closing "---", one paragraph per block, blank lines between' });
        broken.add(id);
        continue;
      }
      entries.push({ id, file, data: { ...(result.data as object), body: parsed.value.body } });
    } else entries.push({ id, file, data: result.data });
  }
  return { entries, broken, partial, problems };
}

type Translation = NonNullable<ChronologyInput['translations']>[number];

/** Reads content/translations/<locale>/sources/*.md: each article's paragraphs in another language. */
async function loadTranslations(root: string): Promise<{ entries: Translation[]; problems: Problem[] }> {
  const entries: Translation[] = [];
  const problems: Problem[] = [];
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const folder = path.join(root, 'content', 'translations', locale, 'sources');
    const names = await readdir(folder).then((list) => list.sort(), () => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const file = `content/translations/${locale}/sources/${name}`;
      if (!name.endsWith('.md')) {
        problems.push({ file, field: '(file)', message: 'is not a Markdown file', fix: 'name it after its source, e.g. upi-2021-01-14.md, or move it out of content/' });
        continue;
      }
      const read = await readContentFile(file, path.join(folder, name));
      const parsed = read.ok ? parseFrontmatter(file, read.text) : undefined;
      if (!read.ok) problems.push(read.problem);
      if (!parsed?.ok) {
        if (parsed) problems.push(...parsed.problems);
        continue;
      }
      const result = sourceTranslationSchema.safeParse(parsed.value.data);
      if (!result.success) problems.push(...issuesToProblems(file, sourceTranslationSchema, parsed.value.data, result.error.issues));
      else entries.push({ id: `${locale}/sources/${name.slice(0, -3)}`, file, data: { ...result.data, body: parsed.value.body, locale } });
    }
  }
  return { entries, problems };
}

/** Reads content/site.md, the site's name and introduction. */
async function loadSite(root: string): Promise<{ site?: SiteData; siteBody?: string; problems: Problem[] }> {
  const file = 'content/site.md';
  const exists = await lstat(path.join(root, file)).then(() => true, () => false);
  if (!exists) {
    return { problems: [{ file, field: '(file)', message: 'is missing', fix: 'create content/site.md with title, tagline and description, and the introduction as its body' }] };
  }
  const read = await readContentFile(file, path.join(root, file));
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parseFrontmatter(file, read.text);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = siteSchema.safeParse(parsed.value.data);
  if (!result.success) return { problems: issuesToProblems(file, siteSchema, parsed.value.data, result.error.issues) };
  return { site: result.data, siteBody: parsed.value.body, problems: [] };
}

/** Reads every collection under `root/content`. Entries that failed their schema are left out. */
export interface LoadedContent {
  input: ChronologyInput;
  /** Ids of files that exist but could not be read or validated. */
  broken: BrokenIds;
  /** The valid parts of entries that failed their schema, for the cross-entry rules. */
  partial: PartialEntry[];
  site?: SiteData;
  /** The body of content/site.md (the introduction), for the rules on Markdown bodies; its fields for the Spanish rules. */
  siteBody?: Entry<{ body: string; site?: SiteData }>;
  problems: Problem[];
}

export async function loadContent(root: string): Promise<LoadedContent> {
  const kinds = Object.keys(COLLECTIONS) as Kind[];
  const [site, translations, ...loaded] = await Promise.all([loadSite(root), loadTranslations(root), ...kinds.map((kind) => loadCollection(root, kind))]);
  const input = Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!.entries])) as unknown as ChronologyInput;
  input.translations = translations.entries;
  const broken = Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!.broken])) as BrokenIds;
  const problems = [...site.problems, ...translations.problems, ...loaded.flatMap((l) => l.problems)];
  const result: LoadedContent = { input, broken, partial: loaded.flatMap((l) => l.partial), problems };
  if (site.site) result.site = site.site;
  if (site.siteBody !== undefined) result.siteBody = { id: 'site', file: 'content/site.md', data: { body: site.siteBody, ...(site.site ? { site: site.site } : {}) } };
  return result;
}
