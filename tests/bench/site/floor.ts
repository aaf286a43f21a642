// The floor a build is measured against: bare Astro rendering one Markdown page per entry, from the
// same synthetic events (title and summary), with nothing of ours: no check, no data files, no search.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.md', base: './entries' }),
    schema: z.object({ title: z.string(), date: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><p>{entry.data.date}</p><Content /></main></body></html>
`;

/**
 * Turns the synthetic project's `content/events/` into a bare Astro project in `floor`: one Markdown
 * entry per event (its title, date and summary), one page template. Returns the entry count.
 */
export async function writeFloorProject(syntheticProject: string, floor: string): Promise<number> {
  await mkdir(path.join(floor, 'entries'), { recursive: true });
  await mkdir(path.join(floor, 'src', 'pages', 'entries'), { recursive: true });
  await writeFile(path.join(floor, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(path.join(floor, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(floor, 'src', 'content.config.ts'), COLLECTIONS);
  await writeFile(path.join(floor, 'src', 'pages', 'entries', '[id].astro'), PAGE);
  const events = path.join(syntheticProject, 'content', 'events');
  const files = (await readdir(events)).filter((f) => f.endsWith('.md'));
  for (const file of files) {
    const text = await readFile(path.join(events, file), 'utf8');
    const field = (name: string): string => JSON.parse(new RegExp(`^${name}: (".*")$`, 'm').exec(text)?.[1] ?? '""') as string;
    await writeFile(path.join(floor, 'entries', file), `---\ntitle: ${JSON.stringify(field('title'))}\ndate: ${JSON.stringify(field('date'))}\n---\n\n${field('summary')}\n`);
  }
  return files.length;
}
