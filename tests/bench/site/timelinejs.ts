// The comparison page: our own events.json drawn by TimelineJS 3 from the npm package, served locally.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { EventRecord } from '../../../src/lib/records.ts';

/** An event as /data/events.json publishes it: the record plus each citation's page on our site. */
type PublishedEvent = Omit<EventRecord, 'citations'> & { citations: (EventRecord['citations'][number] & { sourcePage?: string })[] };

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

interface TimelineSlide {
  unique_id?: string;
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
}

/** TimelineJS3's JSON format: https://timeline.knightlab.com/docs/json-format.html */
export interface TimelineJson {
  title: TimelineSlide;
  events: TimelineSlide[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One side of an EDTF date as a TimelineJS date, keeping only the parts the date gives: "2018" has
 * no month, "2018-05" no day. Qualifiers (~ ? %) have no TimelineJS equivalent; the label says them.
 */
export function timelineDate(edtf: string, fallbackIso: string): TimelineDate {
  const bare = edtf.replace(/[~?%]/g, '');
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(bare);
  // Open or unknown ends ("..", "") and seasons (month 21–24) fall back to the year alone.
  if (!match) return { year: Number(fallbackIso.slice(0, 4)) };
  const date: TimelineDate = { year: Number(match[1]) };
  const month = match[2] ? Number(match[2]) : undefined;
  if (month !== undefined && month >= 1 && month <= 12) {
    date.month = month;
    if (match[3]) date.day = Number(match[3]);
  }
  return date;
}

/** Our events as TimelineJS slides: a title slide, then one slide per event with its quotes. */
export function toTimelineJson(events: readonly PublishedEvent[], outlets: ReadonlyMap<string, string>, site: { title: string; description: string }): TimelineJson {
  return {
    title: { text: { headline: escapeHtml(site.title), text: `<p>${escapeHtml(site.description)}</p>` } },
    events: events.map((event) => {
      const [from = event.date, to] = event.date.split('/');
      const slide: TimelineSlide = {
        unique_id: event.id,
        start_date: timelineDate(from, event.start),
        display_date: event.label,
        text: {
          headline: escapeHtml(event.title),
          text: [
            `<p>${escapeHtml(event.summary)}</p>`,
            ...event.citations.map(
              (c) => `<blockquote><p>“${escapeHtml(c.quote)}”</p><p>— <a href="${escapeHtml(c.sourcePage ?? c.url)}">${escapeHtml(outlets.get(c.source) ?? c.source)}, paragraph ${c.paragraph}</a></p></blockquote>`,
            ),
          ].join(''),
        },
      };
      if (to !== undefined) slide.end_date = timelineDate(to, event.end);
      return slide;
    }),
  };
}

/** The first <title> and the meta description of a built page (later <title>s belong to SVG marks). */
export function pageTitleAndDescription(html: string): { title: string; description: string } {
  const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Chronology';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return { title: decode(title), description: decode(description) };
}

/**
 * A page set up the way TimelineJS documents "instantiate a timeline": its CSS and script in the
 * head, a full-window container, `new TL.Timeline(id, jsonUrl, options)`. `font: null` stops it
 * loading a font stylesheet, and `script_path` points at our copy, so the locale it may fetch is
 * ours and never the CDN it defaults to. The page gets the same basics ours has (lang, title,
 * description, viewport, our favicon) so Lighthouse compares the timeline, not missing boilerplate
 * (without an icon, Chromium's 404 for /favicon.ico counts as a console error).
 */
function indexHtml(site: { title: string; description: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.title)} (TimelineJS)</title>
<meta name="description" content="${escapeHtml(site.description)}">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
<style>html, body, main { height: 100%; margin: 0; } #timeline { width: 100%; height: 100%; }</style>
</head>
<body>
<main><div id="timeline"></div></main>
<script>
  window.timeline = new TL.Timeline('timeline', 'timeline.json', {
    font: null,
    script_path: new URL('js/', window.location.href).href,
    language: 'en',
    hash_bookmark: false,
  });
</script>
</body>
</html>
`;
}

export interface TimelinePageFolder {
  root: string;
  /** Events on the page (slides, not counting the title slide). */
  events: number;
  /** Bytes of what was copied from the package (script, CSS, icon fonts, locale). */
  packageFiles: Record<string, number>;
  remove(): Promise<void>;
}

/** Where the installed package keeps its built files. */
function packageDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
}

/** Builds the TimelineJS page from dist/data/events.json into a new folder under the system temp dir. */
export async function prepareTimelinePage(dist: string): Promise<TimelinePageFolder> {
  const events = (JSON.parse(await readFile(path.join(dist, 'data', 'events.json'), 'utf8')) as { events: PublishedEvent[] }).events;
  const sources = (JSON.parse(await readFile(path.join(dist, 'data', 'sources.json'), 'utf8')) as { sources: { id: string; outlet: string }[] }).sources;
  const site = pageTitleAndDescription(await readFile(path.join(dist, 'index.html'), 'utf8'));
  const root = await mkdtemp(path.join(os.tmpdir(), 'site-bench-timelinejs-'));
  try {
    const from = packageDist();
    // The CSS finds its icon font at ../css/icons/ relative to the script folder, so keep the layout.
    const files = ['js/timeline.js', 'js/locale/en.json', 'css/timeline.css', ...['eot', 'svg', 'ttf', 'woff', 'woff2'].map((ext) => `css/icons/tl-icons.${ext}`)];
    const packageFiles: Record<string, number> = {};
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await copyFile(path.join(from, file), path.join(root, file));
      packageFiles[file] = (await readFile(path.join(root, file))).length;
    }
    await copyFile(path.join(dist, 'favicon.svg'), path.join(root, 'favicon.svg'));
    const json = toTimelineJson(events, new Map(sources.map((s) => [s.id, s.outlet])), site);
    await writeFile(path.join(root, 'timeline.json'), JSON.stringify(json));
    await writeFile(path.join(root, 'index.html'), indexHtml(site));
    return { root, events: json.events.length, packageFiles, remove: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
