// Content collections: each folder of content/ loaded by glob() and validated by its schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { disputeSchema } from './schemas/dispute.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { periodSchema } from './schemas/period.ts';
import { siteSchema } from './schemas/site.ts';
import { sourceSchema } from './schemas/source.ts';
import { themeSchema } from './schemas/theme.ts';
import { sourceTranslationSchema } from './schemas/es.ts';
import { introLoader } from './node/intro-loader.ts';

// The file name is the permanent id, so keep it exactly rather than letting Astro slugify it.
const fromFolder = (folder: string, pattern = '*.md') =>
  glob({ pattern, base: `./content/${folder}`, generateId: ({ entry }) => entry.replace(/\.md$/, '') });

// References between entries are plain ids, checked by src/lib/verify.ts with one clear line per
// problem; Astro's reference() would only log a dangling id and let the build pass.
export const collections = {
  site: defineCollection({ loader: fromFolder('', 'site.md'), schema: siteSchema }),
  sources: defineCollection({ loader: fromFolder('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: fromFolder('events'), schema: eventSchema }),
  actors: defineCollection({ loader: fromFolder('actors'), schema: actorSchema }),
  themes: defineCollection({ loader: fromFolder('themes'), schema: themeSchema }),
  disputes: defineCollection({ loader: fromFolder('disputes'), schema: disputeSchema }),
  periods: defineCollection({ loader: fromFolder('periods'), schema: periodSchema }),
  chapters: defineCollection({ loader: fromFolder('chapters'), schema: chapterSchema }),
  glossary: defineCollection({ loader: fromFolder('glossary'), schema: glossarySchema }),
  // The Spanish edition: each article's paragraphs (id `es/sources/<source-id>`) and the introduction.
  translations: defineCollection({ loader: fromFolder('translations', '*/sources/*.md'), schema: sourceTranslationSchema }),
  intros: defineCollection({ loader: introLoader() }),
};
