// The engine knows nothing of the real story: the fixture story, built with the same src/, yields a
// whole site, and no built file (page, feed, data, calendar, script) names a person, body, outlet,
// headline, date or phrase of the real story. Slow (a full build): the `build` project runs it.
import { execFile } from 'node:child_process';
import { access, cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatPublished } from '../../src/lib/dates.ts';
import { parseFrontmatter } from '../../src/node/load-content.ts';
import { makeProject, removeProject } from './fixture-tools.ts';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'src/node/cli.ts');
const TEXT_FILES = /\.(html|xml|json|ics|csv|txt|js|css|svg|webmanifest)$/;

let dir = '';
let build: { code: number; stdout: string; stderr: string };

afterAll(async () => {
  if (dir) await removeProject(dir);
});

beforeAll(async () => {
  dir = await makeProject();
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(REPO, item), path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'stale.txt'), 'from the previous build');
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'build'], { cwd: dir, timeout: 240_000 });
    build = { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    build = { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}, 300_000);

async function frontmatter(folder: string): Promise<Record<string, unknown>[]> {
  const full = path.join(REPO, 'content', folder);
  const files = (await readdir(full)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = parseFrontmatter(file, await readFile(path.join(full, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${folder}/${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
      return parsed.value.data as Record<string, unknown>;
    }),
  );
}

/** Words a page of another story could only have from the real one, each from content/. */
async function realStoryMarks(): Promise<string[]> {
  const [actors, sources, events, disputes] = await Promise.all(['actors', 'sources', 'events', 'disputes'].map(frontmatter));
  const site = await siteFrontmatter();
  const strings = (list: Record<string, unknown>[] | undefined, key: string) =>
    (list ?? []).flatMap((d) => (Array.isArray(d[key]) ? (d[key] as string[]) : typeof d[key] === 'string' ? [d[key] as string] : []));
  const marks = [
    ...strings(actors, 'name'),
    // Aliases that are names ("DOJ", "Justice Department"), not common words ("the Times").
    ...strings(actors, 'aliases').filter((a) => /^[A-Z]/.test(a)),
    ...strings(sources, 'outlet'),
    ...strings(sources, 'republishedFrom'),
    ...strings(sources, 'headline'),
    ...strings(sources, 'published').map((published) => formatPublished(published)),
    ...strings(events, 'title'),
    // Event ids are file names: the real story's never appear in another's addresses.
    ...(await readdir(path.join(REPO, 'content', 'events'))).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)),
    ...strings(disputes, 'question'),
    String(site['title']),
    String(site['tagline']),
  ];
  return [...new Set(marks)];
}

async function siteFrontmatter(): Promise<Record<string, unknown>> {
  const parsed = parseFrontmatter('site.md', await readFile(path.join(REPO, 'content', 'site.md'), 'utf8'));
  if (!parsed.ok) throw new Error('content/site.md does not parse');
  return parsed.value.data as Record<string, unknown>;
}

/** Phrases of the real story the pages used to carry in src/; each must occur in content/. */
const PHRASES = ['zero tolerance', 'inspector general', 'children were separated', 'family separation', 'October 7, 2020', 'five articles'];

async function allText(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && (/\.md$/.test(entry.name) || TEXT_FILES.test(entry.name))) parts.push(await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return parts.join('\n');
}

async function builtFiles(): Promise<string[]> {
  const dist = path.join(dir, 'dist');
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && TEXT_FILES.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Curly and straight marks alike, any white space, an HTML entity for an apostrophe or ampersand. */
function pattern(mark: string, flags: string): RegExp {
  const body = escape(mark)
    .replace(/['’]/g, "(?:['’]|&#39;|&#x27;)")
    .replace(/["“”]/g, '(?:["“”]|&quot;)')
    .replace(/&/g, '(?:&|&amp;)')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

describe('another story', () => {
  test('builds into a whole site with no change to src/, replacing the previous build', async () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const home = await readFile(path.join(dir, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('Fixture Chronology');
    for (const id of ['2019-05-engineers-warning', '2020-03-09-bridge-closed', '2020-03-mayor-statement']) {
      await access(path.join(dir, 'dist', 'events', id, 'index.html'));
    }
    const events = JSON.parse(await readFile(path.join(dir, 'dist', 'data', 'events.json'), 'utf8')) as { events: { id: string }[] };
    expect(events.events.map((e) => e.id)).toEqual(['2019-05-engineers-warning', '2020-03-09-bridge-closed', '2020-03-mayor-statement']);
    await expect(access(path.join(dir, 'dist', 'stale.txt'))).rejects.toThrow();
  });

  test('the list of real-story marks is drawn from content/ and every phrase occurs there', async () => {
    const marks = await realStoryMarks();
    expect(marks).toEqual(expect.arrayContaining(['Jeff Sessions', 'HuffPost', 'The Washington Post', 'DOJ', 'October 7, 2020', 'January 14, 2021']));
    expect(marks.length).toBeGreaterThan(60);
    const content = await allText(path.join(REPO, 'content'));
    const fromSrc = PHRASES.filter((p) => p !== 'five articles').filter((p) => !pattern(p, 'iu').test(content));
    expect(fromSrc).toEqual([]);
  });

  test('no built file names a person, body, outlet, headline, date or phrase of the real story', async () => {
    const marks = await realStoryMarks();
    const files = await builtFiles();
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(path.join('disputes', 'index.html')))).toBe(true);
    expect(files.some((f) => f.endsWith('404.html'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const mark of marks) if (pattern(mark, 'u').test(text)) found.push(`${path.relative(dir, file)}: ${mark}`);
      for (const phrase of PHRASES) if (pattern(phrase, 'iu').test(text)) found.push(`${path.relative(dir, file)}: ${phrase}`);
    }
    expect(found).toEqual([]);
  });
});
