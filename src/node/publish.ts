// The last step of a build, on the staged site before it replaces dist/: the hosts' `_headers` file
// and precompressed `.br`/`.gz` copies of every text file worth compressing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { formatHeadersFile, headerRules, mergePolicies } from '../lib/headers.ts';
import { EMBED_ROOT } from '../lib/routes.ts';
import { dropFromSitemap, isNoindex, pagePath } from '../lib/sitemap.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats a host can serve precompressed. Images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.ics', '.csv', '.txt', '.webmanifest', '.map']);
/** Below this a compressed copy saves less than a network packet. */
export const MIN_BYTES = 1024;
/** Folders of pages that other sites may frame: the embeds (isEmbedPath in src/lib/headers-policy.ts). */
export const EMBEDDABLE = [EMBED_ROOT.replace(/^\/|\/$/g, '')];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy Astro wrote into the pages' `<meta>`, merged over every page. */
async function pagePolicy(files: readonly string[]): Promise<string> {
  const policies: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const match = META_CSP.exec(await readFile(file, 'utf8'));
    if (match?.[1]) policies.push(match[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  if (policies.length === 0) throw new Error('no page carries a Content-Security-Policy <meta>; is security.csp set in astro.config.mjs?');
  return mergePolicies(policies);
}

export interface CompressionTotals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Writes `<file>.gz` and `<file>.br` beside each compressible file where they come out smaller. */
export async function precompress(files: readonly string[]): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    const body = await readFile(file);
    if (body.length < MIN_BYTES) continue;
    const [g, b] = await Promise.all([
      gz(body, { level: 9 }),
      brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
    ]);
    if (g.length >= body.length) continue;
    await Promise.all([writeFile(`${file}.gz`, g), writeFile(`${file}.br`, b)]);
    totals.files += 1;
    totals.raw += body.length;
    totals.gzip += g.length;
    totals.brotli += b.length;
  }
  return totals;
}

/** Takes every page marked noindex out of the sitemap files; returns how many entries went. */
export async function pruneSitemaps(dir: string, files: readonly string[], base: string): Promise<number> {
  const drop = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    if (isNoindex(await readFile(file, 'utf8'))) drop.add(pagePath(path.relative(dir, file), base));
  }
  let dropped = 0;
  for (const file of files.filter((f) => /(^|[\\/])sitemap-\d+\.xml$/.test(f))) {
    const xml = await readFile(file, 'utf8');
    const pruned = dropFromSitemap(xml, drop);
    dropped += (xml.match(/<url>/g)?.length ?? 0) - (pruned.match(/<url>/g)?.length ?? 0);
    if (pruned !== xml) await writeFile(file, pruned);
  }
  return dropped;
}

/** Headers and compressed copies for the staged site in `dir`, built for base path `base`. */
export async function finishSite(dir: string, base: string): Promise<CompressionTotals> {
  const files = await listFiles(dir);
  await pruneSitemaps(dir, files, base);
  const csp = await pagePolicy(files);
  const top = await readdir(dir, { withFileTypes: true });
  const entries = top.map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
  await writeFile(path.join(dir, '_headers'), formatHeadersFile(headerRules({ base, csp, entries, embeddable: EMBEDDABLE })));
  return precompress(files);
}
