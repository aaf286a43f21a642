// Starts headless Chromium with a DevTools port for Lighthouse, and stops it again, whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROME_PATH, LIMITS } from '../../e2e/harness.ts';
import { isInterrupted, onInterrupt } from './cleanup.ts';

/**
 * The flags this machine needs, plus a resolver rule that fails every host name except
 * 127.0.0.1 at once: on a closed network an off-origin request then errors immediately
 * (and shows up as failed) instead of waiting for a DNS or connect timeout.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
] as const;

export interface RunningChromium {
  /** The DevTools port to hand to Lighthouse. */
  port: number;
  /** Kills the browser's process group and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/** Fails with the fix in the message when there is no browser to run. */
export function requireChromium(): string {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: install it (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.`);
  }
  return CHROME_PATH;
}

/** Browsers still running, by process group, with their profiles. */
const live = new Map<number, string>();

// However the process ends (an uncaught error, process.exit after Ctrl-C), no detached browser
// outlives it: 'exit' handlers must be synchronous, and process.kill and rmSync are.
process.on('exit', () => {
  for (const [pid, profile] of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true });
  }
});

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    const pid = child.pid;
    child.once('exit', () => {
      // Helpers (renderers, zygotes) can outlive the browser process by a moment; end them too.
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // the group is already empty
      }
      resolve();
    });
    // Debian's /usr/bin/chromium is a shell wrapper; the browser and its helpers share the
    // process group we created, so signal the group rather than the wrapper alone.
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      resolve();
      return;
    }
    setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 3_000).unref();
  });
}

/** Launches Chromium on a fresh profile and waits (bounded) for it to print its DevTools port. */
export async function launchChromium(extraFlags: readonly string[] = []): Promise<RunningChromium> {
  const executable = requireChromium();
  if (isInterrupted()) throw new Error('interrupted');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'site-bench-chromium-'));
  const child = spawn(executable, [...CHROMIUM_FLAGS, ...extraFlags, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (child.pid !== undefined) live.set(child.pid, profile);
  const unregister = onInterrupt(() => close());
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    unregister();
    await stop(child);
    if (child.pid !== undefined) live.delete(child.pid);
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port within ${LIMITS.launchMs / 1000} s`)), LIMITS.launchMs);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (code ${code}) before opening a DevTools port: ${seen.slice(-500)}`));
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    // Keep draining stderr so a chatty browser never blocks on a full pipe.
    child.stderr!.removeAllListeners('data');
    child.stderr!.resume();
    child.removeAllListeners('exit');
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
