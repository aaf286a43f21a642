// Run: node_modules/.bin/node tests/bench/build-bench.ts [--sizes 100,1000,5000]
// Our build against bare Astro's floor on the same synthetic events, side by side in one run: wall
// and CPU time per event, peak memory, and the home page's weight. Prints figures; asserts nothing.
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeBuild, type BuildTiming } from './site/build-timing.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '100,1000,5000').split(',').map(Number);

const ms = (n: number | null | undefined): string => (n == null ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`);
const per = (n: number | null | undefined, events: number): string => (n == null ? '–' : `${(n / events).toFixed(2)} ms`);
const x = (a: number | null | undefined, b: number | null | undefined): string => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const kb = (n: number | null | undefined): string => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);

const rows: BuildTiming[] = [];
console.log(`build bench: ${os.cpus().length} cores, Node ${process.version}, sizes ${sizes.join(', ')}`);
for (const size of sizes) rows.push(await timeBuild(REPO, size, (line) => console.log(line)));

const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
console.log(`\n${line(['events', 'ours wall', 'floor wall', 'wall/event ×', 'ours CPU', 'floor CPU', 'CPU/event ×', 'ours peak', 'floor peak', 'memory ×', 'pages'])}`);
for (const r of rows) {
  const f = r.floor;
  console.log(line([r.events.toLocaleString('en-US'), ms(r.cost.wallMs), ms(f?.wallMs), x(r.cost.wallMs, f?.wallMs), ms(r.cost.cpuMs), ms(f?.cpuMs), x(r.cost.cpuMs, f?.cpuMs), r.cost.peakMb == null ? '–' : `${r.cost.peakMb.toFixed(0)} MB`, f?.peakMb == null ? '–' : `${f.peakMb.toFixed(0)} MB`, x(r.cost.peakMb, f?.peakMb), `${r.htmlPages} / ${f?.pages ?? '–'}`]));
}
// The marginal cost of an event, between the smallest and largest size, strips the fixed start-up.
const [a, b] = [rows[0], rows.at(-1)];
if (a && b && a !== b && a.floor && b.floor) {
  const n = b.events - a.events;
  console.log(`\nmarginal cost per added event (${a.events}→${b.events}): ours ${per(b.cost.wallMs - a.cost.wallMs, n)} wall, floor ${per(b.floor.wallMs - a.floor.wallMs, n)} wall (${x(b.cost.wallMs - a.cost.wallMs, b.floor.wallMs - a.floor.wallMs)}); CPU ${x((b.cost.cpuMs ?? 0) - (a.cost.cpuMs ?? 0), (b.floor.cpuMs ?? 0) - (a.floor.cpuMs ?? 0))}`);
}
console.log(`\n${line(['events', 'home raw', 'home gzip', 'elements'])}`);
for (const r of rows) console.log(line([r.events.toLocaleString('en-US'), kb(r.home?.raw), kb(r.home?.gzip), String(r.home?.elements ?? '–')]));

mkdirSync(path.join(REPO, 'bench-results'), { recursive: true });
writeFileSync(path.join(REPO, 'bench-results', 'build.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
