// One page per record: the getStaticPaths lists that event, person and theme pages (and their
// embeds, oEmbed files and share images) share, so each record's page list is written once.
import { getChronology } from './chronology.ts';
import { isPaged, laterPages, paginate } from '../lib/paging.ts';
import type { EventRecord } from '../lib/records.ts';
import { eventsInYear, eventsWithActor, eventsWithTag, listYears } from '../lib/timeline.ts';

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

/** Whether this chronology is past the paging threshold (see src/lib/paging.ts). */
export async function chronologyIsPaged(): Promise<boolean> {
  return isPaged((await getChronology()).events.length);
}

/** The later pages (2, 3, …) of each record's list, for a paged chronology; none for a small one. */
function laterPagesOf<R>(records: readonly R[], listOf: (record: R) => readonly EventRecord[], paged: boolean, param: 'id' | 'year', key: (record: R) => string) {
  return records.flatMap((record) =>
    laterPages(paginate(listOf(record), paged)).map((page) => ({ params: { [param]: key(record), page: String(page.number) }, props: { record, page: page.number } })),
  );
}

/** Pages 2, 3, … of each year's list. */
export async function laterYearPagePaths() {
  const { events } = await getChronology();
  return laterPagesOf(listYears(events), (year) => eventsInYear(events, year), isPaged(events.length), 'year', (year) => year);
}

/** Pages 2, 3, … of each theme's list. */
export async function laterThemePagePaths() {
  const { events, themes } = await getChronology();
  return laterPagesOf(themes, (theme) => eventsWithTag(events, theme.id), isPaged(events.length), 'id', (theme) => theme.id);
}

/** Pages 2, 3, … of each person's list. */
export async function laterActorPagePaths() {
  const { events, actors } = await getChronology();
  return laterPagesOf(actors, (actor) => eventsWithActor(events, actor.id), isPaged(events.length), 'id', (actor) => actor.id);
}

/** The handout of each year and each of its pages, for a paged chronology (a small one has one handout). */
export async function handoutYearPaths() {
  const { events } = await getChronology();
  if (!isPaged(events.length)) return [];
  return listYears(events).flatMap((year) =>
    paginate(eventsInYear(events, year), true).map((page) => ({ params: { year, page: page.number === 1 ? undefined : String(page.number) }, props: { year, page: page.number } })),
  );
}

/** A share image per event, up to the paging threshold; past it, event pages name the site's image. */
export async function shareImagePaths() {
  return (await chronologyIsPaged()) ? [] : eventPaths();
}
