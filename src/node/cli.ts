// Command line: `check` validates content/ and prints one line per problem; `build` checks, builds
// into a temporary folder and only then swaps it in, so a broken edit never replaces a good site.
import { rm, rename, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { formatProblem } from '../lib/problems.ts';
import { checkContent } from './check-content.ts';

const root = process.cwd();

async function check(): Promise<boolean> {
  const result = await checkContent(root);
  if (result.ok) {
    const c = result.chronology;
    console.log(`content ok: ${c.events.length} events, ${c.sources.length} sources, ${c.actors.length} actors, ${c.themes.length} themes, ${c.disputes.length} disputes, ${c.periods.length} periods`);
    return true;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} content problem${result.problems.length === 1 ? '' : 's'}; nothing was built.`);
  return false;
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(() => true, () => false);
}

async function build(): Promise<boolean> {
  if (!(await check())) return false;
  const outDir = path.join(root, 'dist');
  const stage = path.join(root, '.build', 'next');
  const old = path.join(root, '.build', 'previous');
  await rm(stage, { recursive: true, force: true });
  await mkdir(path.dirname(stage), { recursive: true });
  const { build: astroBuild } = await import('astro');
  try {
    await astroBuild({ root, outDir: stage, logLevel: 'warn' });
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('the previous site in dist/ was left in place.');
    return false;
  }
  await rm(old, { recursive: true, force: true });
  if (await exists(outDir)) await rename(outDir, old);
  await rename(stage, outDir);
  await rm(old, { recursive: true, force: true });
  console.log(`built into ${path.relative(root, outDir)}/`);
  return true;
}

const commands: Record<string, () => Promise<boolean>> = { check, build };
const command = process.argv[2] ?? '';
const run = commands[command];
if (!run) {
  console.error(`usage: cli.ts ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
process.exitCode = (await run()) ? 0 : 1;
