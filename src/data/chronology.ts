// The one place pages read content: Astro's collections, assembled once into the chronology records.
import { getCollection, render } from 'astro:content';
import { buildChronology, type ChronologyInput } from '../lib/chronology.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';
import { localizeChronology, localizeSite } from '../lib/localize.ts';
import type { Chronology } from '../lib/records.ts';
import type { SiteData } from '../schemas/site.ts';
import { lastModified, type LastModified } from '../lib/last-modified.ts';
import { lastChangedFiles } from '../node/git-history.ts';

type Kind = 'sources' | 'events' | 'actors' | 'themes' | 'disputes' | 'periods' | 'chapters' | 'glossary' | 'translations';

async function entries<K extends Kind>(name: K) {
  const list = await getCollection(name);
  return list.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${name}/${entry.id}.md`,
    data: name === 'sources' ? { ...entry.data, body: entry.body ?? '' }
      // A translation's id is `<locale>/sources/<source-id>`.
      : name === 'translations' ? { ...entry.data, body: entry.body ?? '', locale: entry.id.split('/')[0] }
      : entry.data,
  }));
}

let input: Promise<ChronologyInput> | undefined;

/** Every collection, read once per build. */
function getInput(): Promise<ChronologyInput> {
  input ??= (async () => {
    const [sources, events, actors, themes, disputes, periods, chapters, glossary, translations] = await Promise.all([
      entries('sources'),
      entries('events'),
      entries('actors'),
      entries('themes'),
      entries('disputes'),
      entries('periods'),
      entries('chapters'),
      entries('glossary'),
      entries('translations'),
    ]);
    return { sources, events, actors, themes, disputes, periods, chapters, glossary, translations } as unknown as ChronologyInput;
  })();
  return input;
}

const cached = new Map<Locale, Promise<Chronology>>();

/**
 * The whole chronology in a language, built once per build (content has been verified by the
 * integration). English is built from the entries; another language is the English with its texts.
 */
export function getChronology(locale: Locale = DEFAULT_LOCALE): Promise<Chronology> {
  let chronology = cached.get(locale);
  if (!chronology) {
    chronology = locale === DEFAULT_LOCALE
      ? getInput().then(buildChronology)
      : Promise.all([getChronology(DEFAULT_LOCALE), getInput()]).then(([english, all]) => localizeChronology(english, all, locale));
    cached.set(locale, chronology);
  }
  return chronology;
}

/** The site's name, tagline, description and method-page texts, in a language. */
export async function getSite(locale: Locale = DEFAULT_LOCALE): Promise<SiteData> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.md is missing');
  return localizeSite(entry.data, locale);
}

/** The introduction (body of content/site.md, or its `es.intro`), rendered. */
export async function getIntro(locale: Locale = DEFAULT_LOCALE) {
  const [entry] = locale === DEFAULT_LOCALE ? await getCollection('site') : (await getCollection('intros')).filter((e) => e.id === locale);
  if (!entry) throw new Error(locale === DEFAULT_LOCALE ? 'content/site.md is missing' : `content/site.md has no ${locale}.intro`);
  return (await render(entry)).Content;
}

/** Lookup tables the pages need again and again. */
export async function getIndexes(locale: Locale = DEFAULT_LOCALE) {
  const chronology = await getChronology(locale);
  return {
    actors: new Map(chronology.actors.map((a) => [a.id, a])),
    sources: new Map(chronology.sources.map((s) => [s.id, s])),
    themes: new Map(chronology.themes.map((t) => [t.id, t])),
  };
}

let modified: Promise<Map<string, LastModified>> | undefined;

/**
 * Each event's last change: its corrections log (where the event has one) and its file's git
 * history; the site's `updated` date where neither is known (no git, or a shallow clone's cut-off).
 */
export function getLastModified(): Promise<Map<string, LastModified>> {
  modified ??= (async () => {
    const [{ events }, site] = await Promise.all([getChronology(), getSite()]);
    const history = lastChangedFiles(process.cwd(), 'content/events');
    return new Map(
      events.map((event) => {
        const corrections = (event as { corrections?: readonly { date: string }[] }).corrections;
        return [event.id, lastModified({ corrections, history: history.get(`content/events/${event.id}.md`), fallback: site.updated })];
      }),
    );
  })();
  return modified;
}
