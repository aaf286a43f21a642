// Times the real build command on synthetic content in a throwaway copy of the project (never inside the repo).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  peakMb: number | null;
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

/** Runs `command` in `cwd`, killing its whole process group if it outlives `timeoutMs`. */
function run(command: string, args: string[], cwd: string, timeoutMs: number, heartbeat: (elapsedS: number) => void): Promise<{ code: number | null; output: string }> {
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
    const beat = setInterval(() => heartbeat(Math.round((Date.now() - started) / 1000)), 60_000);
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`build took longer than ${timeoutMs / 1000} s and was stopped; last output:\n${output.slice(-2000)}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      clearInterval(beat);
      unregister();
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      clearInterval(beat);
      unregister();
      resolve({ code, output });
    });
  });
}

/** Runs a build under GNU time (when present) and reads back its CPU time and peak memory. */
async function measured(command: string, args: string[], cwd: string, timeoutMs: number, heartbeat: (s: number) => void): Promise<{ code: number | null; output: string; cost: BuildCost }> {
  const report = path.join(cwd, '.build-cost.txt');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const result = timed ? await run(GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args], cwd, timeoutMs, heartbeat) : await run(command, args, cwd, timeoutMs, heartbeat);
  const wallMs = performance.now() - started;
  if (!timed) return { ...result, cost: { wallMs, cpuMs: null, peakMb: null } };
  const [user, system, maxKb] = (await readFile(report, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ...result, cost: { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMb: (maxKb ?? 0) / 1024 } };
}

/** The home page's weight: raw and gzip bytes, and how many elements the browser must build. */
async function weighHome(dist: string): Promise<BuildTiming['home']> {
  const { gzipSync } = await import('node:zlib');
  const html = await readFile(path.join(dist, 'index.html'));
  return { raw: html.length, gzip: gzipSync(html).length, elements: (html.toString('utf8').match(/<[a-zA-Z]/g) ?? []).length };
}

/**
 * Copies the project into a temporary folder with `events` synthetic events, then times
 * `node_modules/.bin/node src/node/cli.ts build` there: content check plus Astro build plus swap.
 */
export async function timeBuild(repo: string, events: number, log: (line: string) => void, withFloor = true): Promise<BuildTiming> {
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
    return { events, content, totalMs, msPerEvent: totalMs / events, htmlPages, msPerHtmlPage: totalMs / htmlPages, cost, floor, home };
  } finally {
    unregister();
    await removeProject();
  }
}
