// What a reader downloads: each page with its stylesheets and scripts, raw and as the precompressed
// .gz and .br copies the build writes (sizes read from the files themselves).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { precompress } from '../../../src/node/publish.ts';

export interface PageWeight {
  page: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const size = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/** A file's raw size and its compressed copies' (the raw size where a copy was not worth making). */
function weigh(file: string): Omit<PageWeight, 'page'> {
  const raw = size(file);
  return { raw, gzip: size(`${file}.gz`) || raw, brotli: size(`${file}.br`) || raw };
}

/** The page's HTML plus the same-site stylesheets and scripts it names in its markup. */
export function pageWeight(dist: string, page: string): PageWeight {
  const file = path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !/^[a-z]+:/i.test(u));
  // Root-relative addresses (a build for the root, as the benchmark's is) or relative to the page.
  const folder = page.endsWith('/') ? page : path.posix.dirname(page);
  const parts = [weigh(file), ...assets.map((u) => weigh(path.join(dist, u.startsWith('/') ? u : path.posix.join(folder, u))))];
  return parts.reduce((a, b) => ({ page, raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { page, raw: 0, gzip: 0, brotli: 0 });
}

/** Precompresses a folder built outside our build (the TimelineJS page), so both sides are served alike. */
export async function precompressFolder(root: string): Promise<void> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  await precompress(files);
}
