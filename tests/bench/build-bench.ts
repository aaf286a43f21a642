// Run: node_modules/.bin/node tests/bench/build-bench.ts [--sizes 100,1000,5000] [--no-lighthouse]
// Our build against bare Astro's floor on the same synthetic events, side by side in one run: wall
// and CPU time per event, peak memory (largest process, and the whole process tree), the machine's
// load, and the home page's weight, elements and Lighthouse mobile score. Prints figures; asserts nothing.
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
const withLighthouse = !process.argv.includes('--no-lighthouse');
for (const size of sizes) rows.push(await timeBuild(REPO, size, (line) => console.log(line), true, withLighthouse));

const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const mb = (n: number | null | undefined): string => (n == null ? '–' : `${n.toFixed(0)} MB`);
const load = (l: [number, number] | undefined): string => (l ? `${l[0].toFixed(1)}–${l[1].toFixed(1)}` : '–');
const table: string[] = [];
const out = (text: string): void => {
  console.log(text);
  table.push(text);
};
out(`\n${line(['events', 'ours wall', 'floor wall', 'wall ×', 'ours CPU', 'floor CPU', 'CPU ×', 'ours peak (tree)', 'floor peak (tree)', 'memory ×', 'load (1 min)', 'pages'])}`);
out(line(Array(12).fill('---')));
for (const r of rows) {
  const f = r.floor;
  out(line([r.events.toLocaleString('en-US'), ms(r.cost.wallMs), ms(f?.wallMs), x(r.cost.wallMs, f?.wallMs), ms(r.cost.cpuMs), ms(f?.cpuMs), x(r.cost.cpuMs, f?.cpuMs), `${mb(r.cost.peakMb)} (${mb(r.cost.treePeakMb)})`, `${mb(f?.peakMb)} (${mb(f?.treePeakMb)})`, x(r.cost.treePeakMb ?? r.cost.peakMb, f?.treePeakMb ?? f?.peakMb), `${load(r.cost.load)} / ${load(f?.load)}`, `${r.htmlPages} / ${f?.pages ?? '–'}`]));
}
// The marginal cost of an event, between the smallest and largest size, strips the fixed start-up.
const [a, b] = [rows[0], rows.at(-1)];
if (a && b && a !== b && a.floor && b.floor) {
  const n = b.events - a.events;
  out(`\nmarginal cost per added event (${a.events}→${b.events}): ours ${per(b.cost.wallMs - a.cost.wallMs, n)} wall, floor ${per(b.floor.wallMs - a.floor.wallMs, n)} wall (${x(b.cost.wallMs - a.cost.wallMs, b.floor.wallMs - a.floor.wallMs)}); CPU ${x((b.cost.cpuMs ?? 0) - (a.cost.cpuMs ?? 0), (b.floor.cpuMs ?? 0) - (a.floor.cpuMs ?? 0))}`);
}
out(`\n${line(['events', 'home raw', 'home gzip', 'elements', 'Lighthouse mobile', 'LCP', 'TBT', 'CLS'])}`);
out(line(Array(8).fill('---')));
for (const r of rows) {
  const lh = r.lighthouse;
  out(line([r.events.toLocaleString('en-US'), kb(r.home?.raw), kb(r.home?.gzip), String(r.home?.elements ?? '–'), lh?.performance == null ? (lh?.error ? 'failed' : '–') : String(lh.performance), ms(lh?.lcpMs), ms(lh?.tbtMs), lh?.cls == null ? '–' : lh.cls.toFixed(3)]));
}

mkdirSync(path.join(REPO, 'bench-results'), { recursive: true });
const stamp = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, sizes };
writeFileSync(path.join(REPO, 'bench-results', 'build.json'), `${JSON.stringify({ ...stamp, rows }, null, 2)}\n`);
writeFileSync(path.join(REPO, 'bench-results', 'build.md'), `# npm run bench:build -- --sizes ${sizes.join(',')} (${stamp.date}, ${stamp.cpus} cores, Node ${stamp.node})\n${table.join('\n')}\n`);
