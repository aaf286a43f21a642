// Command line: `check` validates content/ and prints one line per problem; `build` checks, builds
// into a folder of its own, proves the staged site complete and only then swaps it in, so neither a
// broken edit, nor a second build at the same time, nor a build killed half-way replaces a good site.
import process from 'node:process';
import { formatProblem } from '../lib/problems.ts';
import type { Chronology } from '../lib/records.ts';
import { checkContent, markChecked } from './check-content.ts';
import { acquireBuildLock, findMissingPages, makeStage, recoverInterruptedSwap, removeStage, swapIntoPlace, type BuildPaths, buildPaths } from './staging.ts';

const root = process.cwd();

async function checkAndReport(): Promise<Chronology | undefined> {
  const result = await checkContent(root);
  if (result.ok) {
    const c = result.chronology;
    console.log(`content ok: ${c.events.length} events, ${c.sources.length} sources, ${c.actors.length} actors, ${c.themes.length} themes, ${c.disputes.length} disputes, ${c.periods.length} periods`);
    return c;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} content problem${result.problems.length === 1 ? '' : 's'}; nothing was built.`);
  return undefined;
}

async function check(): Promise<boolean> {
  return (await checkAndReport()) !== undefined;
}

/**
 * Work on the complete staged site before it goes live (precompression, a _headers file, …).
 * Runs after the staged build has been proved complete and before the swap; throwing here stops
 * the build with the previous site left in dist/.
 */
async function afterStagedBuild(_stage: string, _chronology: Chronology): Promise<void> {}

async function stagedBuild(paths: BuildPaths, chronology: Chronology): Promise<boolean> {
  const stage = await makeStage(paths);
  try {
    const { build: astroBuild } = await import('astro');
    // The content was checked just now, in this process: the integration need not check it again.
    markChecked(root);
    try {
      await astroBuild({ root, outDir: stage, logLevel: 'warn' });
    } catch (error) {
      console.error(`build failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      console.error('the previous site in dist/ was left in place.');
      return false;
    }
    const missing = await findMissingPages(stage, chronology);
    if (missing.length > 0) {
      console.error(`build incomplete: ${missing.length} expected file${missing.length === 1 ? ' is' : 's are'} missing (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
      console.error('the previous site in dist/ was left in place.');
      return false;
    }
    await afterStagedBuild(stage, chronology);
    await swapIntoPlace(paths, stage);
    console.log('built into dist/');
    return true;
  } finally {
    await removeStage(stage);
  }
}

async function build(): Promise<boolean> {
  const paths = buildPaths(root);
  const lock = await acquireBuildLock(paths);
  if (!lock.ok) {
    console.error(lock.message);
    return false;
  }
  try {
    await recoverInterruptedSwap(paths);
    const chronology = await checkAndReport();
    if (!chronology) return false;
    return await stagedBuild(paths, chronology);
  } finally {
    await lock.release();
  }
}

const commands: Record<string, () => Promise<boolean>> = { check, build };
const command = process.argv[2] ?? '';
const run = commands[command];
if (!run) {
  console.error(`usage: cli.ts ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
process.exitCode = (await run()) ? 0 : 1;
