// Command line: `check` validates content/ and prints one line per problem; `build` checks, builds
// into a temporary folder and only then swaps it in, so a broken edit never replaces a good site.
import { rm, rename, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { formatProblem } from '../lib/problems.ts';
import { checkContent } from './check-content.ts';
import { finishSite } from './publish.ts';
import { isLocalAddress, parseSiteAddress } from '../lib/routes.ts';

const root = process.cwd();
const args = process.argv.slice(3);
/** `--deploy`: a build for publishing, which refuses to go out with links to this machine. */
const deploy = args.includes('--deploy');
/** `--out DIR`: build somewhere other than dist/ (the test suite's second, sub-path build). */
const outArg = args[args.indexOf('--out') + 1];
const siteUrl = process.env['SITE_URL'] || 'http://localhost:4321/';

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
  const local = !process.env['SITE_URL'] || isLocalAddress(siteUrl);
  if (deploy && local) {
    console.error(`SITE_URL is ${process.env['SITE_URL'] ? `"${siteUrl}", an address on this machine` : 'not set'}; a published site needs its public address, e.g. SITE_URL=https://example.org/projects/timeline/`);
    return false;
  }
  if (!(await check())) return false;
  const outDir = path.resolve(root, args.includes('--out') && outArg ? outArg : 'dist');
  const work = path.join(root, '.build', path.basename(outDir));
  const stage = path.join(work, 'next');
  const old = path.join(work, 'previous');
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
  const compressed = await finishSite(stage, parseSiteAddress(siteUrl).base);
  await rm(old, { recursive: true, force: true });
  if (await exists(outDir)) await rename(outDir, old);
  await rename(stage, outDir);
  await rm(old, { recursive: true, force: true });
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`built into ${path.relative(root, outDir)}/ for ${siteUrl} (${compressed.files} files precompressed: ${kb(compressed.raw)} raw, ${kb(compressed.gzip)} gzip, ${kb(compressed.brotli)} brotli)`);
  if (local) console.log(`note: every permalink, citation, feed and data file points at ${siteUrl}; set SITE_URL to the public address before publishing (npm run build:deploy refuses without it).`);
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
