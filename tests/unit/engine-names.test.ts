// The engine knows nothing of the story it is pointed at (issue 17): no name of a person, body or
// outlet from content/ appears anywhere in src/, not even in an error message's example or a comment.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, pattern) : pattern.test(entry.name) ? [path] : [];
  });
}

function frontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return (match ? parse(match[1]!) : {}) as Record<string, unknown>;
}

/** Names from the content: actors' names, outlets (and the outlets they republish), glossary expansions. */
function storyNames(): string[] {
  const names = new Set<string>();
  for (const file of files('content/actors', /\.md$/)) names.add(String(frontmatter(file).name));
  for (const file of files('content/sources', /\.md$/)) {
    const data = frontmatter(file);
    for (const key of ['outlet', 'republishedFrom']) if (typeof data[key] === 'string') names.add(data[key] as string);
  }
  for (const file of files('content/glossary', /\.md$/)) {
    const expansion = frontmatter(file).expansion;
    if (typeof expansion === 'string') names.add(expansion);
  }
  return [...names].filter((name) => name.length > 3);
}

describe('the engine names nothing of the story', () => {
  it('finds the names it looks for', () => {
    const names = storyNames();
    expect(names.length).toBeGreaterThan(10);
  });

  it('no actor, outlet or glossary name from content/ appears in src/', () => {
    const names = storyNames();
    const found = files('src', /\.(ts|astro|css|mjs)$/).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return names.filter((name) => text.includes(name)).map((name) => `${file} names “${name}”`);
    });
    expect(found).toEqual([]);
  });
});
