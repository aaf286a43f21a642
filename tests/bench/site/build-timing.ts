// Times the real build command on synthetic content in a throwaway copy of the project (never inside the repo).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, symlink, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isInterrupted, onInterrupt } from './cleanup.ts';
import { writeFloorProject } from './floor.ts';
import { writeSyntheticContent, type SyntheticSummary } from './synthetic-content.ts';

/** GNU time reports a command's CPU time and peak memory; without it only wall time is known. */
const GNU_TIME = '/usr/bin/time';

/** What one build cost: wall, CPU (user + system) and peak resident memory of the build process. */
export interface BuildCost {
  wallMs: number;
  cpuMs: number | null;
  /** The largest single process's peak RSS (GNU time). */
  peakMb: number | null;
  /** Peak of the summed RSS of the whole process tree, sampled from /proc every 200 ms. */
  treePeakMb: number | null;
  /** The machine's 1-minute load average when the build started and when it ended. */
  load: [number, number];
}

export interface BuildTiming {
  events: number;
  content: SyntheticSummary;
  totalMs: number;
  /** totalMs / events: what each event adds, fixed start-up cost included. */
  msPerEvent: number;
  htmlPages: number;
  msPerHtmlPage: number;
  /** Our build, measured by GNU time where the machine has it. */
  cost: BuildCost;
  /** Bare Astro on the same events, one Markdown page each (see floor.ts); null when skipped. */
  floor: (BuildCost & { pages: number }) | null;
  /** The home page of the synthetic site: bytes raw and gzip, and elements. */
  home: { raw: number; gzip: number; elements: number } | null;
  /** Lighthouse mobile on the home page, served precompressed; null when skipped or failed. */
  lighthouse: { performance: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; totalBytes: number | null; error?: string } | null;
}

/** What the build needs from the project; content/ is generated instead of copied. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Generous: two cores manage roughly 10–20 event pages a second, and start-up takes a few seconds. */
export function buildTimeoutMs(events: number): number {
  return 180_000 + events * 200;
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += await countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n += 1;
  }
  return n;
}

/** The summed resident memory (MB) of `pid` and every process below it, read from /proc. */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * PAGE_KB);
    } catch {
      // the process ended while we read
    }
  }
  let kb = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    kb += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}
const PAGE_KB = 4;

/** Runs `command` in `cwd`, killing its whole process group if it outlives `timeoutMs`. */
function run(command: string, args: string[], cwd: string, timeoutMs: number, heartbeat: (elapsedS: number) => void): Promise<{ code: number | null; output: string; treePeakMb: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const kill = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const unregister = onInterrupt(kill);
    const started = Date.now();
    let treePeakMb = 0;
    const sampler = existsSync('/proc/self/stat') ? setInterval(() => {
      treePeakMb = Math.max(treePeakMb, treeRssMb(child.pid!));
    }, 200) : undefined;
    const beat = setInterval(() => heartbeat(Math.round((Date.now() - started) / 1000)), 60_000);
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`build took longer than ${timeoutMs / 1000} s and was stopped; last output:\n${output.slice(-2000)}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      clearInterval(beat);
      unregister();
      reject(error);
    });
    child.once('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      clearInterval(beat);
      unregister();
      resolve({ code, output, treePeakMb: sampler ? treePeakMb : null });
    });
  });
}

/** Runs a build under GNU time (when present) and reads back its CPU time and peak memory. */
async function measured(command: string, args: string[], cwd: string, timeoutMs: number, heartbeat: (s: number) => void): Promise<{ code: number | null; output: string; cost: BuildCost }> {
  const report = path.join(cwd, '.build-cost.txt');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const result = timed ? await run(GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args], cwd, timeoutMs, heartbeat) : await run(command, args, cwd, timeoutMs, heartbeat);
  const wallMs = performance.now() - started;
  const load: [number, number] = [loadBefore, os.loadavg()[0]!];
  if (!timed) return { ...result, cost: { wallMs, cpuMs: null, peakMb: null, treePeakMb: result.treePeakMb, load } };
  const [user, system, maxKb] = (await readFile(report, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ...result, cost: { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMb: (maxKb ?? 0) / 1024, treePeakMb: result.treePeakMb, load } };
}

/** The home page's weight: raw and gzip bytes, and how many elements the browser must build. */
async function weighHome(dist: string): Promise<BuildTiming['home']> {
  const { gzipSync } = await import('node:zlib');
  const html = await readFile(path.join(dist, 'index.html'));
  return { raw: html.length, gzip: gzipSync(html).length, elements: (html.toString('utf8').match(/<[a-zA-Z]/g) ?? []).length };
}

/** Lighthouse mobile on the built home page, served precompressed as a host would serve it. */
async function lighthouseHome(dist: string, log: (line: string) => void): Promise<BuildTiming['lighthouse']> {
  const { startServer } = await import('../../e2e/harness.ts');
  const { runLighthouse } = await import('./lighthouse.ts');
  const server = await startServer(dist);
  try {
    const f = await runLighthouse(`${server.origin}/`, 'mobile');
    log(`  lighthouse mobile home: perf ${f.scores.performance}, LCP ${f.lcpMs?.toFixed(0)} ms, TBT ${f.tbtMs?.toFixed(0)} ms, ${((f.totalBytes ?? 0) / 1024).toFixed(1)} KB`);
    return { performance: f.scores.performance, lcpMs: f.lcpMs, tbtMs: f.tbtMs, cls: f.cls, totalBytes: f.totalBytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  lighthouse mobile home: FAILED ${message}`);
    return { performance: null, lcpMs: null, tbtMs: null, cls: null, totalBytes: null, error: message };
  } finally {
    await server.close();
  }
}

/**
 * Copies the project into a temporary folder with `events` synthetic events, then times
 * `node_modules/.bin/node src/node/cli.ts build` there: content check plus Astro build plus swap.
 */
export async function timeBuild(repo: string, events: number, log: (line: string) => void, withFloor = true, withLighthouse = false): Promise<BuildTiming> {
  if (isInterrupted()) throw new Error('interrupted');
  const project = await mkdtemp(path.join(os.tmpdir(), `site-bench-build-${events}-`));
  const removeProject = async (): Promise<void> => {
    // Drop the link first so removing the copy can never reach into the repo's node_modules.
    await unlink(path.join(project, 'node_modules')).catch(() => undefined);
    await rm(project, { recursive: true, force: true, maxRetries: 3 });
  };
  const unregister = onInterrupt(removeProject);
  try {
    for (const f of PROJECT_FILES) await cp(path.join(repo, f), path.join(project, f), { recursive: true });
    await symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const content = await writeSyntheticContent(project, events);
    log(`  build ${events} events: generated ${content.events} events, ${content.sources} sources (${content.paragraphs} paragraphs), ${content.actors} actors; building…`);
    const node = path.join(project, 'node_modules', '.bin', 'node');
    const { code, output, cost } = await measured(node, ['src/node/cli.ts', 'build'], project, buildTimeoutMs(events), (s) =>
      log(`  build ${events} events: still building after ${s} s`),
    );
    const totalMs = cost.wallMs;
    if (code !== 0) throw new Error(`build of ${events} synthetic events failed (exit ${code}):\n${output.slice(-3000)}`);
    const htmlPages = await countHtml(path.join(project, 'dist'));
    const home = await weighHome(path.join(project, 'dist'));
    const lighthouse = withLighthouse ? await lighthouseHome(path.join(project, 'dist'), log) : null;
    let floor: BuildTiming['floor'] = null;
    if (withFloor) {
      const floorDir = path.join(project, 'floor');
      const pages = await writeFloorProject(project, floorDir);
      await symlink(path.join(repo, 'node_modules'), path.join(floorDir, 'node_modules'), 'dir');
      log(`  build ${events} events: bare Astro floor, ${pages} Markdown pages…`);
      const bare = await measured(node, [path.join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], floorDir, buildTimeoutMs(events), (s) => log(`  floor ${events}: still building after ${s} s`));
      await unlink(path.join(floorDir, 'node_modules'));
      if (bare.code !== 0) throw new Error(`bare Astro floor of ${events} entries failed (exit ${bare.code}):\n${bare.output.slice(-3000)}`);
      floor = { ...bare.cost, pages };
    }
    return { events, content, totalMs, msPerEvent: totalMs / events, htmlPages, msPerHtmlPage: totalMs / htmlPages, cost, floor, home, lighthouse };
  } finally {
    unregister();
    await removeProject();
  }
}
