// The last day each content file changed, read once from git; empty where there is no git or no history.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GIT_LOG_FORMAT, parseGitLog } from '../lib/last-modified.ts';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Files under `folder` (relative to `root`, e.g. `content/events`) to the ISO day of their last commit. */
export function lastChangedFiles(root: string, folder: string): Map<string, string> {
  const log = git(root, ['log', GIT_LOG_FORMAT, '--name-only', '--no-renames', '--', folder]);
  if (log === undefined) return new Map();
  const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow'])?.trim();
  let shallow = new Set<string>();
  if (shallowFile) {
    try {
      shallow = new Set(readFileSync(path.resolve(root, shallowFile), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
    } catch {
      // No shallow file: a full clone.
    }
  }
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  // git prints paths from the repository's top; the project may sit in a subfolder of it.
  const dates = new Map<string, string>();
  for (const [file, day] of parseGitLog(log, shallow)) dates.set(file.startsWith(prefix) ? file.slice(prefix.length) : file, day);
  return dates;
}
