// The pages the search benchmark serves: our timeline page and search index for a chronology, one page
// per event and per source for Pagefind to index, and a Pagefind search page with the same box.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { buildSearchIndexFiles } from '../../../src/lib/search.ts';
import type { SearchIndexInput } from '../../../src/lib/search.ts';
import { FILTER_PARAMS } from '../../../src/lib/search/params.ts';
import { isPaged } from '../../../src/lib/paging.ts';
import { precompress } from '../../../src/node/publish.ts';
import { precompressFolder } from '../site/compression.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (title: string, body: string, script = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title>${script}</head><body>${body}</body></html>`;

/** The box and its hooks as TimelineSearch.astro renders them, with the filter menus filled (the starter island builds them empty on the real page; the passages fold the search island makes itself). */
function searchBox(input: SearchIndexInput): string {
  const options: Record<string, [string, string][]> = {
    person: input.actors.map((a) => [a.id, a.name]),
    theme: input.themes.map((t) => [t.id, t.title]),
    outlet: input.sources.map((s) => [s.id, s.outlet]),
    year: [...new Set(input.events.map((e) => e.start.slice(0, 4)))].sort().map((y) => [y, y]),
  };
  const menus = FILTER_PARAMS.map(
    (p) => `<label>${p.name}<select name="${p.name}" data-filter="${p.name}"><option value="">All</option>${(options[p.name] ?? []).map(([v, l]) => `<option value="${esc(v)}" data-label="${esc(l)}">${esc(l)}</option>`).join('')}</select></label>`,
  ).join('');
  return `<timeline-search data-index="/search-index.json" data-base="/" data-locale="en"><form data-search-form role="search"><input data-search-input id="timeline-q" name="q" type="search" autocomplete="off"><button>Search</button>${menus}<button type="button" data-clear>Clear</button></form><p id="search-status" data-search-status role="status"></p><div data-empty hidden>No event matches.</div></timeline-search>`;
}

/**
 * Our timeline page as the home page is built: past the paging threshold (src/lib/paging.ts) it lists
 * no events but an overview of the years, and the search shows its results as cards from the index
 * (PagedTimeline.astro); below it, every event by year.
 */
function timelinePage(input: SearchIndexInput): string {
  if (isPaged(input.events.length)) {
    const years = [...new Set(input.events.map((e) => e.start.slice(0, 4)))];
    const overview = `<div data-paged-overview><h2>The events by year</h2><ol>${years.map((y) => `<li><a href="/years/${y}/">${y}</a></li>`).join('')}</ol></div>`;
    const results = '<ol data-search-results hidden></ol><p><button type="button" data-search-more hidden></button></p>';
    return page('Timeline', `${searchBox(input)}<div id="results">${results}${overview}</div>`, '<script type="module" src="/_bench/timeline-search.js"></script>');
  }
  const years = new Map<string, string[]>();
  for (const e of input.events) {
    const y = e.start.slice(0, 4);
    const item = `<li><article class="event-card" id="${e.id}"><p>${esc(e.label)}</p><h3><a href="/events/${e.id}/">${esc(e.title)}</a></h3><p>${esc(e.summary)}</p></article></li>`;
    years.set(y, [...(years.get(y) ?? []), item]);
  }
  const list = [...years].map(([y, items]) => `<section class="year"><h2>${y}</h2><ol>${items.join('')}</ol></section>`).join('');
  return page('Timeline', `${searchBox(input)}<p data-total-count>${input.events.length} events</p><div data-timeline>${list}</div>`, '<script type="module" src="/_bench/timeline-search.js"></script>');
}

/** Pagefind's page: the same box (same ids, same 150 ms pause), the first five results shown with their excerpts. */
const PAGEFIND_SCRIPT = `
const input = document.getElementById('timeline-q');
const status = document.getElementById('search-status');
const list = document.getElementById('results');
let pf;
const load = () => (pf ??= import('/pagefind/pagefind.js').then(async (m) => { await m.init(); return m; }));
input.addEventListener('focus', load, { once: true });
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const m = await load();
    const found = await m.search(input.value);
    const shown = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    list.replaceChildren(...shown.map((d) => { const li = document.createElement('li'); li.textContent = d.meta.title + ': ' + d.excerpt.replace(/<[^>]+>/g, ''); return li; }));
    status.textContent = found.results.length + ' pages match';
  }, 150);
});
`;

/** One page per event and per source, the text Pagefind indexes. */
function writeDocumentPages(root: string, input: SearchIndexInput): void {
  for (const e of input.events) {
    mkdirSync(path.join(root, 'events', e.id), { recursive: true });
    const quotes = e.citations.map((c) => `<blockquote>${esc(c.quote)}</blockquote>`).join('');
    writeFileSync(path.join(root, 'events', e.id, 'index.html'), page(e.title, `<main data-pagefind-body><h1>${esc(e.title)}</h1><p>${esc(e.label)}</p><p>${esc(e.summary)}</p>${quotes}</main>`));
  }
  for (const s of input.sources) {
    mkdirSync(path.join(root, 'sources', s.id), { recursive: true });
    const paragraphs = s.paragraphs.map((p, i) => `<p id="p${i + 1}">${esc(p)}</p>`).join('');
    writeFileSync(path.join(root, 'sources', s.id, 'index.html'), page(s.headline, `<main data-pagefind-body><h1>${esc(s.headline)}</h1>${paragraphs}</main>`));
  }
}

/** Our search code bundled as the site bundles it: the starter, and the island split off for first use. */
async function bundleClient(root: string): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, 'src/client/timeline-search.ts')],
    outdir: path.join(root, '_bench'),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    logLevel: 'error',
  });
}

async function indexWithPagefind(root: string): Promise<void> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind: no index');
  await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  await pagefind.close();
}

function writePagefindPage(root: string): void {
  writeFileSync(path.join(root, 'pagefind-bench.js'), PAGEFIND_SCRIPT);
  writeFileSync(
    path.join(root, 'pagefind-search.html'),
    page('Pagefind', '<input id="timeline-q" type="search" autocomplete="off"><p id="search-status" role="status"></p><ol id="results"></ol>', '<script type="module" src="/pagefind-bench.js"></script>'),
  );
}

/** Writes a synthetic site for a chronology into `root`, both engines indexed, every file precompressed. */
export async function writeBenchSite(root: string, input: SearchIndexInput): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), timelinePage(input));
  const { head, files } = buildSearchIndexFiles({ ...input, cards: isPaged(input.events.length) });
  writeFileSync(path.join(root, 'search-index.json'), JSON.stringify(head));
  mkdirSync(path.join(root, head.chunkPath), { recursive: true });
  for (const [name, chunk] of Object.entries(files)) writeFileSync(path.join(root, head.chunkPath, `${name}.json`), JSON.stringify(chunk));
  writeDocumentPages(root, input);
  await bundleClient(root);
  await indexWithPagefind(root);
  writePagefindPage(root);
  // What the searches fetch, precompressed as a host would serve it (the event pages are never fetched).
  for (const dir of ['pagefind', '_bench', head.chunkPath]) await precompressFolder(path.join(root, dir));
  await precompress([path.join(root, 'index.html'), path.join(root, 'search-index.json')]);
}

/** A copy of the built site (dist/) with Pagefind's index of its pages and the Pagefind search page. */
export async function writeRealSite(root: string, dist: string): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  cpSync(dist, root, { recursive: true });
  // The site's Content-Security-Policy would refuse Pagefind's WebAssembly; neither side needs the headers here.
  rmSync(path.join(root, '_headers'), { force: true });
  await indexWithPagefind(root);
  writePagefindPage(root);
  await precompressFolder(path.join(root, 'pagefind'));
}
