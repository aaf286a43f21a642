// Command line: `check` validates content/ and prints one line per problem; `build` checks, builds
// into a folder of its own, proves the staged site complete and only then swaps it in, so neither a
// broken edit, nor a second build at the same time, nor a build killed half-way replaces a good site.
import path from 'node:path';
import process from 'node:process';
import { formatProblem } from '../lib/problems.ts';
import type { Chronology } from '../lib/records.ts';
import { isLocalAddress, parseSiteAddress } from '../lib/routes.ts';
import { buildFailureLine } from './build-errors.ts';
import { checkContent, markChecked } from './check-content.ts';
import { finishSite, type CompressionTotals } from './publish.ts';
import { acquireBuildLock, buildPaths, findMissingPages, makeStage, recoverInterruptedSwap, removeStage, swapIntoPlace, type BuildPaths } from './staging.ts';

const root = process.cwd();
const args = process.argv.slice(3);
/** `--deploy`: a build for publishing, which refuses to go out with links to this machine. */
const deploy = args.includes('--deploy');
/** `--out DIR`: build somewhere other than dist/ (the test suite's second, sub-path build). */
const outArg = args[args.indexOf('--out') + 1];
const siteUrl = process.env['SITE_URL'] || 'http://localhost:4321/';

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
 * Work on the complete staged site before it goes live: precompression and _headers. Runs after the
 * staged build has been proved complete and before the swap; throwing here stops the build with
 * the previous site left in place.
 */
async function afterStagedBuild(stage: string): Promise<CompressionTotals> {
  return finishSite(stage, parseSiteAddress(siteUrl).base);
}

async function stagedBuild(paths: BuildPaths, chronology: Chronology): Promise<CompressionTotals | undefined> {
  const where = `${path.relative(root, paths.dist)}/`;
  const stage = await makeStage(paths);
  try {
    const { build: astroBuild } = await import('astro');
    // The content was checked just now, in this process: the integration need not check it again.
    markChecked(root);
    try {
      await astroBuild({ root, outDir: stage, logLevel: 'warn' });
    } catch (error) {
      console.error(`build failed: ${buildFailureLine(error, root)}`);
      console.error(`the previous site in ${where} was left in place.`);
      return undefined;
    }
    const missing = await findMissingPages(stage, chronology);
    if (missing.length > 0) {
      console.error(`build incomplete: ${missing.length} expected file${missing.length === 1 ? ' is' : 's are'} missing (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
      console.error(`the previous site in ${where} was left in place.`);
      return undefined;
    }
    const compressed = await afterStagedBuild(stage);
    await swapIntoPlace(paths, stage);
    return compressed;
  } finally {
    await removeStage(stage);
  }
}

async function build(): Promise<boolean> {
  const local = !process.env['SITE_URL'] || isLocalAddress(siteUrl);
  if (deploy && local) {
    console.error(`SITE_URL is ${process.env['SITE_URL'] ? `"${siteUrl}", an address on this machine` : 'not set'}; a published site needs its public address, e.g. SITE_URL=https://example.org/projects/timeline/`);
    return false;
  }
  const paths = buildPaths(root, path.resolve(root, args.includes('--out') && outArg ? outArg : 'dist'));
  const lock = await acquireBuildLock(paths);
  if (!lock.ok) {
    console.error(lock.message);
    return false;
  }
  try {
    await recoverInterruptedSwap(paths);
    const chronology = await checkAndReport();
    if (!chronology) return false;
    const compressed = await stagedBuild(paths, chronology);
    if (!compressed) return false;
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(`built into ${path.relative(root, paths.dist)}/ for ${siteUrl} (${compressed.files} files precompressed: ${kb(compressed.raw)} raw, ${kb(compressed.gzip)} gzip, ${kb(compressed.brotli)} brotli)`);
    if (local) console.log(`note: every permalink, citation, feed and data file points at ${siteUrl}; set SITE_URL to the public address before publishing (npm run build:deploy refuses without it).`);
    return true;
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
try {
  process.exitCode = (await run()) ? 0 : 1;
} catch (error) {
  // A fault of the machine rather than the content (a full disk, a folder it may not write): one line.
  const e = error as NodeJS.ErrnoException;
  console.error(`${command} failed: ${e.code ? `${e.code} ` : ''}${e.message ?? String(error)}`);
  console.error('the previous site in dist/ was left in place.');
  process.exitCode = 1;
}
