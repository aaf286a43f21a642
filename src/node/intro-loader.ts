// A content-layer loader for the introduction in each other language: the `es.intro` Markdown of
// content/site.md, rendered by Astro's own Markdown pipeline, so a page renders it like the English body.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locale.ts';

const FILE = 'content/site.md';

/** One entry per language other than English whose site.md block has an `intro` (its id: the locale). */
export function introLoader(): Loader {
  return {
    name: 'translated-intro-loader',
    load: async ({ store, config, renderMarkdown, generateDigest, watcher }) => {
      const path = fileURLToPath(new URL(FILE, config.root));
      const sync = async () => {
        const text = await readFile(path, 'utf8').catch(() => '');
        const frontmatter = (text ? parseFrontmatter(text.replace(/^\uFEFF/, '')).frontmatter : {}) as Record<string, { intro?: unknown } | undefined>;
        store.clear();
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const intro = frontmatter[locale]?.intro;
          if (typeof intro !== 'string') continue;
          store.set({ id: locale, data: {}, body: intro, digest: generateDigest(intro), rendered: await renderMarkdown(intro) });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => { if (changed === path) void sync(); });
    },
  };
}
