// One page per record: the getStaticPaths lists that event, person, theme, source and year pages (and
// their embeds, oEmbed files and share images) share, so each record's page list is written once.
// Each list exists per language: the Spanish pages get the same ids with the Spanish records as props.
import { getChronology } from './chronology.ts';
import { isPaged, laterPages, paginate } from '../lib/paging.ts';
import type { EventRecord } from '../lib/records.ts';
import { eventsInYear, eventsWithActor, eventsWithTag, listYears } from '../lib/timeline.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';

/** The later pages (2, 3, …) of each record's list, for a paged chronology; none for a small one. */
function laterPagesOf<R>(records: readonly R[], listOf: (record: R) => readonly EventRecord[], paged: boolean, param: 'id' | 'year', key: (record: R) => string) {
  return records.flatMap((record) =>
    laterPages(paginate(listOf(record), paged)).map((page) => ({ params: { [param]: key(record), page: String(page.number) }, props: { record, page: page.number } })),
  );
}

/** The page lists of one language. */
export function staticPaths(locale: Locale) {
  const chronology = () => getChronology(locale);
  const events = async () => (await chronology()).events.map((event) => ({ params: { id: event.id }, props: { event } }));
  /** Whether this chronology is past the paging threshold (see src/lib/paging.ts). */
  const paged = async () => isPaged((await chronology()).events.length);
  return {
    /** A page per event, with the event as its prop. */
    events,
    /** A page per event and one at each of its former addresses (`moved`), saying where it is now. */
    eventPages: async () => {
      const { events } = await chronology();
      return [
        ...events.map((event) => ({ params: { id: event.id }, props: { event, moved: false } })),
        ...events.flatMap((event) => (event.formerIds ?? []).map((id) => ({ params: { id }, props: { event, moved: true } }))),
      ];
    },
    /** A page per person or body, with the actor as its prop. */
    actors: async () => (await chronology()).actors.map((actor) => ({ params: { id: actor.id }, props: { actor } })),
    /** A page per theme, with the theme as its prop. */
    themes: async () => (await chronology()).themes.map((theme) => ({ params: { id: theme.id }, props: { theme } })),
    /** A page per source, with the source as its prop. */
    sources: async () => (await chronology()).sources.map((source) => ({ params: { id: source.id }, props: { source } })),
    /** A page per year with events. */
    years: async () => listYears((await chronology()).events).map((year) => ({ params: { year } })),
    paged,
    /** Pages 2, 3, … of each year's list. */
    laterYearPages: async () => {
      const { events } = await chronology();
      return laterPagesOf(listYears(events), (year) => eventsInYear(events, year), isPaged(events.length), 'year', (year) => year);
    },
    /** Pages 2, 3, … of each theme's list. */
    laterThemePages: async () => {
      const { events, themes } = await chronology();
      return laterPagesOf(themes, (theme) => eventsWithTag(events, theme.id), isPaged(events.length), 'id', (theme) => theme.id);
    },
    /** Pages 2, 3, … of each person's list. */
    laterActorPages: async () => {
      const { events, actors } = await chronology();
      return laterPagesOf(actors, (actor) => eventsWithActor(events, actor.id), isPaged(events.length), 'id', (actor) => actor.id);
    },
    /** The handout of each year and each of its pages, for a paged chronology (a small one has one handout). */
    handoutYears: async () => {
      const { events } = await chronology();
      if (!isPaged(events.length)) return [];
      return listYears(events).flatMap((year) =>
        paginate(eventsInYear(events, year), true).map((page) => ({ params: { year, page: page.number === 1 ? undefined : String(page.number) }, props: { year, page: page.number } })),
      );
    },
    /** A share image per event, up to the paging threshold; past it, event pages name the site's image. */
    shareImages: async () => ((await paged()) ? [] : events()),
  };
}

const english = staticPaths(DEFAULT_LOCALE);

/** A page per event, with the event as its prop. */
export const eventPaths = english.events;
/** A page per person or body, with the actor as its prop. */
export const actorPaths = english.actors;
/** A page per theme, with the theme as its prop. */
export const themePaths = english.themes;
export const chronologyIsPaged = english.paged;
export const laterYearPagePaths = english.laterYearPages;
export const laterThemePagePaths = english.laterThemePages;
export const laterActorPagePaths = english.laterActorPages;
export const handoutYearPaths = english.handoutYears;
export const shareImagePaths = english.shareImages;
