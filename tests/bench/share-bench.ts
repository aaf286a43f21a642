// Share-image benchmark (not a test): time per 1200×630 PNG, cold (rendered) and warm (from the
// content-hash cache), and the sizes, on synthetic cards shaped like real events.
// Run: npm run bench:share [-- --images 40]; writes bench-results/share.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const arg = process.argv.indexOf('--images');
const COUNT = arg === -1 ? 40 : Number(process.argv[arg + 1]);
if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error('--images takes a whole number, e.g. --images 40');

// Point the renderer's cache at a throwaway folder so the run starts cold.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'share-bench-'));
process.env['SHARE_IMAGE_CACHE_DIR'] = scratch;
const { shareImage, renderShareImage, SHARE_CACHE_DIR } = await import('../../src/node/share-image.ts');

const random = mulberry32(14);
const WORDS = 'policy memo prosecutors children families border report officials review department warned separated attorney general inspector'.split(' ');
const phrase = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
const cards = Array.from({ length: COUNT }, (_, i) => ({
  kicker: 'A Synthetic Chronology',
  date: `${['March', 'May', 'June'][i % 3]} ${2017 + (i % 4)}`,
  title: `${phrase(4 + Math.floor(random() * 12))} ${i}`,
  footer: `Sources: ${['ABC News', 'UPI', 'The Washington Post', 'HuffPost'].slice(0, 1 + (i % 4)).join(' · ')}`,
}));

const timings = async (fn: (i: number) => Promise<Buffer>): Promise<{ ms: number[]; bytes: number[] }> => {
  const ms: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < cards.length; i++) {
    const t = performance.now();
    const png = await fn(i);
    ms.push(performance.now() - t);
    bytes.push(png.length);
  }
  return { ms, bytes };
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

const first = performance.now();
await renderShareImage(cards[0]!); // fonts and the renderers' own start-up
const startupMs = performance.now() - first;
const cold = await timings((i) => shareImage(cards[i]!));
const warm = await timings((i) => shareImage(cards[i]!));
rmSync(scratch, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
  images: COUNT,
  firstImageMs: Math.round(startupMs),
  cold: { totalMs: Math.round(sum(cold.ms)), medianMs: Math.round(median(cold.ms)), maxMs: Math.round(Math.max(...cold.ms)) },
  warm: { totalMs: Math.round(sum(warm.ms)), medianMs: Number(median(warm.ms).toFixed(2)) },
  bytes: { median: median(cold.bytes), total: sum(cold.bytes) },
  cacheWasScratch: SHARE_CACHE_DIR === scratch,
};
console.log(`share images: ${COUNT}, first (fonts, start-up) ${result.firstImageMs} ms`);
console.log(`  cold: ${result.cold.totalMs} ms in all, median ${result.cold.medianMs} ms, max ${result.cold.maxMs} ms per image`);
console.log(`  warm (cache hit): ${result.warm.totalMs} ms in all, median ${result.warm.medianMs} ms per image`);
console.log(`  size: median ${(result.bytes.median / 1024).toFixed(1)} KB, ${(result.bytes.total / 1024).toFixed(0)} KB in all`);
mkdirSync(path.join(REPO, 'bench-results'), { recursive: true });
writeFileSync(path.join(REPO, 'bench-results', 'share.json'), `${JSON.stringify(result, null, 2)}\n`);
