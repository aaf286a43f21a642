// One page per record: the getStaticPaths lists that event, person and theme pages (and their
// embeds, oEmbed files and share images) share, so each record's page list is written once.
import { getChronology } from './chronology.ts';

/** A page per event, with the event as its prop. */
export async function eventPaths() {
  const { events } = await getChronology();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}

/** A page per person or body, with the actor as its prop. */
export async function actorPaths() {
  const { actors } = await getChronology();
  return actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}

/** A page per theme, with the theme as its prop. */
export async function themePaths() {
  const { themes } = await getChronology();
  return themes.map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}
