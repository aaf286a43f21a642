// Reads content/ from disk for the build's own check: every file parsed and validated, every problem kept.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { disputeSchema } from '../schemas/dispute.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { issuesToProblems } from '../schemas/issues.ts';
import { periodSchema } from '../schemas/period.ts';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { sourceSchema } from '../schemas/source.ts';
import { themeSchema } from '../schemas/theme.ts';
import type { ChronologyInput } from '../lib/chronology.ts';
import type { Problem } from '../lib/problems.ts';
import type { BrokenIds, Entry } from '../lib/verify.ts';

/** The collections, their folders under content/, and their schemas. */
export const COLLECTIONS = {
  sources: sourceSchema,
  events: eventSchema,
  actors: actorSchema,
  themes: themeSchema,
  disputes: disputeSchema,
  periods: periodSchema,
  glossary: glossarySchema,
} as const satisfies Record<keyof ChronologyInput, z.ZodType>;

type Kind = keyof typeof COLLECTIONS;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Parsed {
  data: unknown;
  body: string;
}

/** Splits a Markdown file into YAML frontmatter and body, reporting what is wrong with the frontmatter. */
export function parseFrontmatter(file: string, text: string): { ok: true; value: Parsed } | { ok: false; problems: Problem[] } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fail = (message: string, fix: string, field = '(frontmatter)') => ({ ok: false as const, problems: [{ file, field, message, fix }] });
  if (!normalised.startsWith('---\n')) {
    return fail('does not start with a "---" line', 'put the fields between a "---" line at the very top and another "---" line');
  }
  const closing = /^---[ \t]*$/m.exec(normalised.slice(4));
  if (!closing) return fail('has no closing "---" line', 'end the fields with a line that holds only "---"');
  const yamlText = normalised.slice(4, 4 + closing.index);
  const body = normalised.slice(4 + closing.index + closing[0].length).replace(/^\n/, '');
  // YAML 1.1 reads unquoted dates as timestamps, as Astro's own frontmatter parser does, so the
  // schemas see what an editor's unquoted date really becomes and can say so.
  const doc = parseDocument(yamlText, { schema: 'yaml-1.1' });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        // Count lines from the top of the file: the frontmatter starts after the opening "---".
        const line = error.linePos?.[0]?.line;
        const where = line === undefined ? "" : ` at line ${line + 1}`;
        const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/"quote\b/, 'quote mark');
        return {
          file,
          field: '(frontmatter)',
          message: `is not valid YAML${where}: ${message}`,
          fix: 'check quotes, colons and indentation on that line; put text that contains ": " or starts with a quote mark inside quotes',
        };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('holds no fields', 'write one "field: value" per line between the "---" lines');
  }
  return { ok: true, value: { data, body } };
}

/** Reads one collection folder: each .md file parsed and validated. */
async function loadCollection(root: string, kind: Kind): Promise<{ entries: Entry<unknown>[]; broken: Set<string>; problems: Problem[] }> {
  const folder = path.join(root, 'content', kind);
  const entries: Entry<unknown>[] = [];
  const broken = new Set<string>();
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return { entries, broken, problems: kind === 'disputes' || kind === 'periods' || kind === 'glossary' ? [] : [{ file: `content/${kind}/`, field: '(folder)', message: 'is missing', fix: `create the folder content/${kind}/ with at least one .md file` }] };
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const file = `content/${kind}/${name}`;
    if (!name.endsWith('.md')) {
      problems.push({ file, field: '(file)', message: 'is not a Markdown file', fix: 'rename it to end in .md, or move it out of content/' });
      continue;
    }
    const id = name.slice(0, -3);
    if (!ID.test(id)) {
      problems.push({ file, field: '(file name)', message: `"${id}" is not a valid id`, fix: 'use lower-case letters, digits and single hyphens only, e.g. 2018-05-conference-call.md' });
      continue;
    }
    const parsed = parseFrontmatter(file, await readFile(path.join(folder, name), 'utf8'));
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
  return { entries, broken, problems };
}

/** Reads content/site.md, the site's name and introduction. */
async function loadSite(root: string): Promise<{ site?: SiteData; problems: Problem[] }> {
  const file = 'content/site.md';
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, field: '(file)', message: 'is missing', fix: 'create content/site.md with title, tagline and description, and the introduction as its body' }] };
  }
  const parsed = parseFrontmatter(file, text);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = siteSchema.safeParse(parsed.value.data);
  if (!result.success) return { problems: issuesToProblems(file, siteSchema, parsed.value.data, result.error.issues) };
  return { site: result.data, problems: [] };
}

/** Reads every collection under `root/content`. Entries that failed their schema are left out. */
export interface LoadedContent {
  input: ChronologyInput;
  /** Ids of files that exist but could not be read or validated. */
  broken: BrokenIds;
  site?: SiteData;
  problems: Problem[];
}

export async function loadContent(root: string): Promise<LoadedContent> {
  const kinds = Object.keys(COLLECTIONS) as Kind[];
  const [site, ...loaded] = await Promise.all([loadSite(root), ...kinds.map((kind) => loadCollection(root, kind))]);
  const input = Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!.entries])) as unknown as ChronologyInput;
  const broken = Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!.broken])) as BrokenIds;
  const result: LoadedContent = { input, broken, problems: [...site.problems, ...loaded.flatMap((l) => l.problems)] };
  if (site.site) result.site = site.site;
  return result;
}
