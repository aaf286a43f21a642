// The last step of a build, on the staged site before it replaces dist/: the hosts' `_headers` file
// and precompressed `.br`/`.gz` copies of every text file worth compressing.
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { keepPageHashes } from '../lib/csp-trim.ts';
import { formatHeadersFile, headerRules, mergePolicies } from '../lib/headers.ts';
import { EMBED_ROOT, localized } from '../lib/routes.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locale.ts';
import { dropFromSitemap, isNoindex, pagePath } from '../lib/sitemap.ts';

const brotli = promisify(brotliCompress);
const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const gz = promisify(gzip);

/** Text formats a host can serve precompressed. Images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.ics', '.csv', '.txt', '.webmanifest', '.map']);
/** Below this a compressed copy saves less than a network packet. */
export const MIN_BYTES = 1024;
/** Folders of pages that other sites may frame: the embeds of every language (isEmbedPath in src/lib/headers-policy.ts). */
export const EMBEDDABLE = LOCALES.map((locale) => localized(EMBED_ROOT, locale).replace(/^\/|\/$/g, ''));
/** The folders of the other languages (`es/`), each a site of its own under the root. */
const LOCALE_FOLDERS = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => `${l}/`);

const exists = (file: string) => stat(file).then(() => true, () => false);

/**
 * Astro writes a language's not-found page as `es/404/index.html`; hosts look for `es/404.html`
 * (the nearest 404.html above a missing address, as Cloudflare Pages does): move it there.
 */
async function placeNotFoundPages(dir: string): Promise<void> {
  for (const folder of LOCALE_FOLDERS) {
    const built = path.join(dir, folder, '404', 'index.html');
    if (!(await exists(built))) continue;
    await rename(built, path.join(dir, folder, '404.html'));
    await rm(path.join(dir, folder, '404'), { recursive: true, force: true });
  }
}

/** The entries the header rules are written for: a language folder's entries instead of the folder itself. */
async function headerEntries(dir: string): Promise<string[]> {
  const list = async (sub: string) => (await readdir(path.join(dir, sub), { withFileTypes: true })).map((e) => `${sub}${e.isDirectory() ? `${e.name}/` : e.name}`);
  const entries: string[] = [];
  for (const entry of await list('')) entries.push(...(LOCALE_FOLDERS.includes(entry) ? await list(entry) : [entry]));
  return entries;
}

/**
 * Brotli's best quality costs about 50 ms a page on this 2-core machine (quality 6: about 1 ms, and
 * 12% larger), which made precompression most of a big chronology's build. A site up to this many
 * compressible bytes (the real one is about 3.4 MB) gets quality 11; a bigger one quality 6, still
 * smaller than gzip -9.
 */
export const BEST_BROTLI_BYTES = 8 * 1024 * 1024;

/** The brotli quality for a site whose compressible files total `bytes`. */
export function brotliQualityFor(bytes: number): number {
  return bytes <= BEST_BROTLI_BYTES ? 11 : 6;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy Astro wrote into one page's `<meta>`, or undefined. */
function metaPolicy(html: string): string | undefined {
  const match = META_CSP.exec(html);
  return match?.[1] ? match[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
}

/** The policy Astro wrote into the pages' `<meta>`, merged over every page. */
async function pagePolicy(files: readonly string[], known: ReadonlyMap<string, string | undefined>): Promise<string> {
  const policies: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const policy = known.has(file) ? known.get(file) : metaPolicy(await readFile(file, 'utf8'));
    if (policy) policies.push(policy);
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

/** The compressible files worth a compressed copy, with their sizes (read later, one at a time). */
async function compressible(files: readonly string[]): Promise<{ file: string; size: number }[]> {
  const out: { file: string; size: number }[] = [];
  for (const file of files) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    const { size } = await stat(file);
    if (size >= MIN_BYTES) out.push({ file, size });
  }
  return out;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside each compressible file where they come out smaller.
 * `onHtml` sees each page on the way and may return it changed: the change is written back first.
 */
export async function precompress(files: readonly string[], onHtml?: (file: string, html: string) => string | void): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  const bodies = await compressible(files);
  const quality = brotliQualityFor(bodies.reduce((n, b) => n + b.size, 0));
  const one = async ({ file }: { file: string }): Promise<void> => {
    let body = await readFile(file);
    if (onHtml && file.endsWith('.html')) {
      const html = body.toString('utf8');
      const changed = onHtml(file, html);
      if (typeof changed === 'string' && changed !== html) {
        body = Buffer.from(changed, 'utf8');
        await writeFile(file, body);
      }
    }
    const [g, b] = await Promise.all([
      gz(body, { level: 9 }),
      brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
    ]);
    if (g.length >= body.length) return;
    await Promise.all([writeFile(`${file}.gz`, g), writeFile(`${file}.br`, b)]);
    totals.files += 1;
    totals.raw += body.length;
    totals.gzip += g.length;
    totals.brotli += b.length;
  };
  // As many files at once as there are cores: zlib works on libuv's threads, not this one.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < bodies.length) await one(bodies[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
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
  await placeNotFoundPages(dir);
  const files = await listFiles(dir);
  await pruneSitemaps(dir, files, base);
  // The entries as Astro left them, before the compressed copies join them.
  const entries = await headerEntries(dir);
  // Each page is read once: compressed, and its policy noted on the way (pages under 1 KB are read after).
  const policies = new Map<string, string | undefined>();
  // Each page's policy keeps only the hashes of its own inline scripts and styles (src/lib/csp-trim.ts).
  const totals = await precompress(files, (file, html) => {
    const trimmed = keepPageHashes(html, sha256Base64);
    policies.set(file, metaPolicy(trimmed));
    return trimmed;
  });
  const csp = await pagePolicy(files, policies);
  await writeFile(path.join(dir, '_headers'), formatHeadersFile(headerRules({ base, csp, entries, embeddable: EMBEDDABLE })));
  return totals;
}
