// `astro dev` on broken content: the page and the terminal show the problem line (not a stack trace),
// and once the file is fixed the real page comes back without a restart.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { FIXTURES, makeSiteProject, removeProject } from '../content/fixture-tools.ts';

let child: ChildProcess | undefined;
let dir: string | undefined;
afterAll(async () => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  if (dir) await removeProject(dir);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Fetches `url` until `ok(body)` holds or the deadline passes. */
async function poll(url: string, ok: (status: number, body: string) => boolean, until: number): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      last = { status: response.status, body: await response.text() };
      if (ok(last.status, last.body)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return last;
}

/** The environment without Vitest's own variables (NODE_ENV=test, VITEST…), as an editor's shell has it. */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

const unescape = (html: string) => html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

test('a content mistake shows its problem line on the page and in the terminal, and a fix is picked up', async () => {
  dir = await makeSiteProject('misquote');
  const expected = (await readFile(path.join(FIXTURES, 'bad', 'misquote', 'expected.txt'), 'utf8')).trim();
  const port = await freePort();
  let output = '';
  child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...devEnv(), ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;

  const broken = await poll(url, (status) => status !== 0, Date.now() + 60_000);
  expect(broken.status).toBe(500);
  expect(unescape(broken.body)).toContain(expected);
  expect(broken.body).toContain("import { ErrorOverlay } from '/@vite/client'");
  expect(broken.body).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(output).toContain(expected);

  await copyFile(path.join(FIXTURES, 'base', 'content', 'events', '2020-03-09-bridge-closed.md'), path.join(dir, 'content', 'events', '2020-03-09-bridge-closed.md'));
  const fixed = await poll(url, (status) => status === 200, Date.now() + 30_000);
  expect(fixed.status).toBe(200);
  expect(fixed.body).toContain('Fixture Chronology');
}, 120_000);
