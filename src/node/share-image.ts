// Renders share images at build: satori lays the card out as SVG from fonts shipped in node_modules
// (@fontsource, OFL), resvg turns it into PNG. Cached by content hash, so an unchanged event costs a
// file read on the next build.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE_SIZE, SHARE_LOOK, shareCardTree, type ShareCard } from '../lib/share-card.ts';

// Resolved from the project, not from this file: the build bundles this module elsewhere.
const require = createRequire(path.join(process.cwd(), 'package.json'));

/** The faces a card uses: .woff (satori reads ttf, otf and woff, not woff2), Latin subset. */
const FONT_FILES = [
  { name: SHARE_LOOK.sans, weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
  { name: SHARE_LOOK.sans, weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
  { name: SHARE_LOOK.serif, weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
] as const;

type Font = { name: string; weight: 400 | 600 | 700; style: 'normal'; data: Buffer };
let fonts: Promise<Font[]> | undefined;
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(FONT_FILES.map(async (f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: await readFile(require.resolve(f.file)) })));
  return fonts;
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

// Anything that changes the pixels changes the key: the card, the renderer and font versions, this file's layout version.
const RENDERER = `share-v1 satori@${packageVersion('satori')} resvg@${packageVersion('@resvg/resvg-js')} fonts@${packageVersion('@fontsource/source-serif-4')}+${packageVersion('@fontsource/source-sans-3')}`;

/** Where rendered images are kept between builds (ignored by git); SHARE_IMAGE_CACHE_DIR moves it. */
export const SHARE_CACHE_DIR = process.env.SHARE_IMAGE_CACHE_DIR || path.join(process.cwd(), '.build', 'share-images');

/** Timings of this process's renders, for the benchmark and the build log. */
export const shareImageStats = { rendered: 0, cached: 0, renderMs: 0 };

/** The cache key of a card. */
export function shareImageKey(card: ShareCard): string {
  return createHash('sha256').update(RENDERER).update(JSON.stringify(shareCardTree(card))).digest('hex').slice(0, 32);
}

/** Renders a card to PNG, without the cache. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
  return Buffer.from(png);
}

/** A card's PNG from the cache, or rendered and stored there. `cache: false` always renders. */
export async function shareImage(card: ShareCard, options: { cache?: boolean } = {}): Promise<Buffer> {
  const useCache = options.cache ?? process.env.SHARE_IMAGE_CACHE !== '0';
  const file = path.join(SHARE_CACHE_DIR, `${shareImageKey(card)}.png`);
  if (useCache) {
    const hit = await readFile(file).catch(() => undefined);
    if (hit) {
      shareImageStats.cached++;
      return hit;
    }
  }
  const start = performance.now();
  const png = await renderShareImage(card);
  shareImageStats.renderMs += performance.now() - start;
  shareImageStats.rendered++;
  if (useCache) {
    await mkdir(SHARE_CACHE_DIR, { recursive: true });
    await writeFile(file, png);
  }
  return png;
}
