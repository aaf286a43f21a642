// The one place pages read content: Astro's collections, assembled once into the chronology records.
import { getCollection, render } from 'astro:content';
import { buildChronology, type ChronologyInput } from '../lib/chronology.ts';
import type { Chronology } from '../lib/records.ts';
import type { SiteData } from '../schemas/site.ts';
import { lastModified, type LastModified } from '../lib/last-modified.ts';
import { lastChangedFiles } from '../node/git-history.ts';

async function entries<K extends 'sources' | 'events' | 'actors' | 'themes' | 'disputes' | 'periods' | 'chapters' | 'glossary'>(name: K) {
  const list = await getCollection(name);
  return list.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${name}/${entry.id}.md`,
    data: name === 'sources' ? { ...entry.data, body: entry.body ?? '' } : entry.data,
  }));
}

let cached: Promise<Chronology> | undefined;

/** The whole chronology, built once per build (content has been verified by the integration). */
export function getChronology(): Promise<Chronology> {
  cached ??= (async () => {
    const [sources, events, actors, themes, disputes, periods, chapters, glossary] = await Promise.all([
      entries('sources'),
      entries('events'),
      entries('actors'),
      entries('themes'),
      entries('disputes'),
      entries('periods'),
      entries('chapters'),
      entries('glossary'),
    ]);
    return buildChronology({ sources, events, actors, themes, disputes, periods, chapters, glossary } as unknown as ChronologyInput);
  })();
  return cached;
}

/** The site's name, tagline and description. */
export async function getSite(): Promise<SiteData> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.md is missing');
  return entry.data;
}

/** The introduction (body of content/site.md), rendered. */
export async function getIntro() {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.md is missing');
  return (await render(entry)).Content;
}

/** Lookup tables the pages need again and again. */
export async function getIndexes() {
  const chronology = await getChronology();
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
