// `npm run build:deploy` refuses to publish a site whose links point at this machine, in one line,
// before it builds anything; a plain build says where its links point.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { makeProject, removeProject } from './fixture-tools.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../src/node/cli.ts');
const made: string[] = [];
afterAll(async () => Promise.all(made.map(removeProject)));

async function deploy(siteUrl: string | undefined): Promise<{ code: number; stdout: string; stderr: string; dist: string }> {
  const dir = await makeProject();
  made.push(dir);
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), 'the last good site');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SITE_URL'];
  if (siteUrl !== undefined) env['SITE_URL'] = siteUrl;
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'build', '--deploy'], { cwd: dir, env, timeout: 60_000 });
    return { code: 0, stdout, stderr, dist: await readFile(path.join(dir, 'dist', 'index.html'), 'utf8') };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, dist: await readFile(path.join(dir, 'dist', 'index.html'), 'utf8') };
  }
}

test.each([
  [undefined, /^SITE_URL is not set; a published site needs its public address, e\.g\. SITE_URL=https:\/\/example\.org\/projects\/timeline\/$/],
  ['http://localhost:4321/', /^SITE_URL is "http:\/\/localhost:4321\/", an address on this machine; a published site needs its public address/],
  ['http://127.0.0.1:8080/timeline/', /^SITE_URL is "http:\/\/127\.0\.0\.1:8080\/timeline\/", an address on this machine/],
])('build --deploy with SITE_URL=%s fails in one line and leaves dist/ alone', async (siteUrl, message) => {
  const result = await deploy(siteUrl);
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
  expect(result.stdout).toBe('');
  expect(result.dist).toBe('the last good site');
});
