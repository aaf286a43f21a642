// One page per record: the getStaticPaths lists that event, person, theme, source and year pages (and
// their embeds, oEmbed files and share images) share, so each record's page list is written once.
// Each list exists per language: the Spanish pages get the same ids with the Spanish records as props.
import { getChronology } from './chronology.ts';
import { listYears } from '../lib/timeline.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locale.ts';

/** The page lists of one language. */
export function staticPaths(locale: Locale) {
  const chronology = () => getChronology(locale);
  return {
    /** A page per event, with the event as its prop. */
    events: async () => (await chronology()).events.map((event) => ({ params: { id: event.id }, props: { event } })),
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
  };
}

const english = staticPaths(DEFAULT_LOCALE);

/** A page per event, with the event as its prop. */
export const eventPaths = english.events;
/** A page per person or body, with the actor as its prop. */
export const actorPaths = english.actors;
/** A page per theme, with the theme as its prop. */
export const themePaths = english.themes;
