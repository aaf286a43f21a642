// A synthetic chronology past the paging threshold, built whole: no page lists more events than a
// page may, no page weighs more than the budget, and every event is reachable by links from the home page.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../bench/site/synthetic-content.ts';
import { isPaged, PAGE_BUDGET_BYTES, PAGING } from '../../src/lib/paging.ts';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
/** Over 100 events in each of the generator's six years, so years, themes and the handout all get later pages. */
const EVENTS = 650;

let project = '';
let dist = '';
let eventIds: string[] = [];

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'timeline-paged-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) await cp(path.join(REPO, item), path.join(project, item), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await writeSyntheticContent(project, EVENTS);
  eventIds = (await readdir(path.join(project, 'content', 'events'))).map((f) => f.replace(/\.md$/, ''));
  await run(process.execPath, ['src/node/cli.ts', 'build'], { cwd: project, timeout: 280_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SHARE_IMAGE_CACHE_DIR: path.join(project, '.share') } });
  dist = path.join(project, 'dist');
}, 300_000);

afterAll(async () => {
  if (!project) return;
  await unlink(path.join(project, 'node_modules')).catch(() => undefined);
  await rm(project, { recursive: true, force: true });
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** Events a page lists: event cards, embed items and handout entries. */
function listedEvents(html: string): number {
  return (html.match(/<article class="event-card/g) ?? []).length + (html.match(/ data-embed-item/g) ?? []).length + (html.match(/<li value=/g) ?? []).length;
}

/** The site-relative page a link leads to, or undefined for anchors, files and other sites. */
function linkedPage(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const pathname = href.split(/[?#]/)[0]!;
  return pathname.endsWith('/') ? `${pathname}index.html` : undefined;
}

describe(`a synthetic chronology of ${EVENTS} events`, () => {
  test('is past the paging threshold', () => {
    expect(isPaged(EVENTS)).toBe(true);
  });

  test('has later pages of years, themes and the handout', async () => {
    for (const page of ['years/2018/2/index.html', 'handout/2018/2/index.html']) expect((await stat(path.join(dist, page))).isFile()).toBe(true);
    const themes = await readdir(path.join(dist, 'themes'), { withFileTypes: true });
    const later = await Promise.all(themes.filter((t) => t.isDirectory()).map((t) => stat(path.join(dist, 'themes', t.name, '2', 'index.html')).then(() => true, () => false)));
    expect(later).toContain(true);
  });

  test('no page lists more events than a page may, or weighs more than the budget', async () => {
    const over: string[] = [];
    for (const file of await htmlFiles(dist)) {
      const html = await readFile(file, 'utf8');
      const listed = listedEvents(html);
      if (listed > PAGING.perPage || html.length > PAGE_BUDGET_BYTES) over.push(`${path.relative(dist, file)}: ${listed} events, ${html.length} bytes`);
    }
    expect(over).toEqual([]);
    const feed = await readFile(path.join(dist, 'feed.xml'), 'utf8');
    expect((feed.match(/<item>/g) ?? []).length).toBeLessThanOrEqual(PAGING.feedLatest);
  });

  test('every event is reachable by links from the home page', async () => {
    const seen = new Set<string>(['/index.html']);
    const queue = ['/index.html'];
    while (queue.length > 0) {
      const page = queue.shift()!;
      // Event pages are not followed: their neighbour links would reach every event from any one.
      if (page.startsWith('/events/')) continue;
      const html = await readFile(path.join(dist, page), 'utf8').catch(() => '');
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const next = linkedPage(href!);
        if (next && !seen.has(next) && !next.startsWith('/embed/')) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const unreached = eventIds.filter((id) => !seen.has(`/events/${id}/index.html`));
    expect(unreached).toEqual([]);
  });

  test('a page of a year lists a full page of events (the count above sees them)', async () => {
    expect(listedEvents(await readFile(path.join(dist, 'years', '2018', 'index.html'), 'utf8'))).toBe(PAGING.perPage);
  });

  test('the home page lists no event itself and stays small', async () => {
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(listedEvents(home)).toBe(0);
    expect(home.length).toBeLessThan(PAGE_BUDGET_BYTES / 4);
  });
});
