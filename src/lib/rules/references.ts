// Rules on ids and the references between entries: unique, known, not repeated, used, no cycles.
import type { Problem } from '../problems.ts';
import { type Collection, type ContentIndex, unknownIdProblem } from './content-index.ts';

/** Every citation names a source that exists. */
export function citedSourceExists(index: ContentIndex): Problem[] {
  return index.citations
    .filter(({ citation }) => !index.ids.sources.has(citation.source) && !index.isBroken('sources', citation.source))
    .map(({ file, field, citation }) => unknownIdProblem(file, `${field}.source`, 'source', 'content/sources/', citation.source, index.ids.sources));
}

/** No citation repeats an earlier one of the same list word for word. */
export function citationNotRepeated(index: ContentIndex): Problem[] {
  return index.citations
    .filter(({ list, index: at, citation }) => list.slice(0, at).some((c) => c.source === citation.source && c.quote === citation.quote))
    .map(({ file, field }) => ({ file, field, message: 'repeats an earlier citation word for word', fix: 'remove the repeated citation' }));
}

interface IdList {
  file: string;
  field: string;
  ids: readonly string[];
  collection: Collection;
  kind: string;
}

function idLists(index: ContentIndex): IdList[] {
  const lists: IdList[] = [];
  for (const e of index.content.events) {
    lists.push({ file: e.file, field: 'actors', ids: e.data.actors, collection: 'actors', kind: 'actor' });
    lists.push({ file: e.file, field: 'tags', ids: e.data.tags, collection: 'themes', kind: 'theme' });
  }
  for (const d of index.content.disputes) lists.push({ file: d.file, field: 'events', ids: d.data.events, collection: 'events', kind: 'event' });
  for (const p of index.content.partial ?? []) {
    if (p.data.actors) lists.push({ file: p.file, field: 'actors', ids: p.data.actors, collection: 'actors', kind: 'actor' });
    if (p.data.tags) lists.push({ file: p.file, field: 'tags', ids: p.data.tags, collection: 'themes', kind: 'theme' });
  }
  return lists;
}

/** A list of ids (actors, tags, a dispute's events) names each id once. */
export function idListedOnce(index: ContentIndex): Problem[] {
  return idLists(index).flatMap(({ file, field, ids }) =>
    ids.flatMap((id, at) => (ids.indexOf(id) < at ? [{ file, field: `${field}[${at}]`, message: `lists "${id}" twice`, fix: 'remove the repeated id' }] : [])),
  );
}

/** Every id in such a list names an entry that exists. */
export function listedIdExists(index: ContentIndex): Problem[] {
  return idLists(index).flatMap(({ file, field, ids, collection, kind }) =>
    ids.flatMap((id, at) =>
      index.ids[collection].has(id) || index.isBroken(collection, id) ? [] : [unknownIdProblem(file, `${field}[${at}]`, kind, `content/${collection}/`, id, index.ids[collection])],
    ),
  );
}

/** Every event has at least one theme. */
export function eventHasTheme(index: ContentIndex): Problem[] {
  const first = [...index.ids.themes][0] ?? 'policy';
  return index.content.events
    .filter((e) => e.data.tags.length === 0)
    .map((e) => ({ file: e.file, field: 'tags', message: 'has no theme', fix: `add at least one theme id, e.g. tags: [${first}]` }));
}

/** No two events share a date and a title. */
export function eventTitleAndDateUnique(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const titles = new Map<string, string>();
  for (const { file, data } of index.content.events) {
    const key = `${data.date}\u0000${data.title.toLowerCase()}`;
    const twin = titles.get(key);
    if (twin) problems.push({ file, field: 'title', message: `repeats the title and date of ${twin}`, fix: 'merge the two events into one file, or tell them apart' });
    else titles.set(key, file);
  }
  return problems;
}

/** An actor's `partOf` names an actor that exists. */
export function partOfExists(index: ContentIndex): Problem[] {
  return index.content.actors
    .filter(({ data }) => data.partOf !== undefined && !index.ids.actors.has(data.partOf) && !index.isBroken('actors', data.partOf))
    .map(({ file, data }) => unknownIdProblem(file, 'partOf', 'actor', 'content/actors/', data.partOf!, index.ids.actors));
}

/** `partOf` never leads back to the actor itself (directly or round a loop). */
export function partOfNoCycle(index: ContentIndex): Problem[] {
  const parent = new Map(index.content.actors.filter((a) => a.data.partOf !== undefined).map((a) => [a.id, a.data.partOf!]));
  const problems: Problem[] = [];
  for (const actor of index.content.actors) {
    if (actor.data.partOf === actor.id) {
      problems.push({ file: actor.file, field: 'partOf', message: 'names this actor itself', fix: 'write the id of the larger body it belongs to, or remove partOf' });
      continue;
    }
    const path = [actor.id];
    let next = parent.get(actor.id);
    while (next !== undefined && !path.includes(next)) {
      path.push(next);
      next = parent.get(next);
    }
    if (next === actor.id) {
      problems.push({ file: actor.file, field: 'partOf', message: `goes round in a circle (${[...path, actor.id].join(' → ')})`, fix: 'a body is part of a larger one: remove partOf from one actor in the circle' });
    }
  }
  return problems;
}

/** `sameStoryAs` names another source that exists. */
export function sameStoryExists(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { id, file, data } of index.content.sources) {
    const other = data.sameStoryAs;
    if (other === undefined) continue;
    if (other === id) problems.push({ file, field: 'sameStoryAs', message: 'names this source itself', fix: 'write the id of the other version of the story, or remove sameStoryAs' });
    else if (!index.ids.sources.has(other) && !index.isBroken('sources', other)) problems.push(unknownIdProblem(file, 'sameStoryAs', 'source', 'content/sources/', other, index.ids.sources));
  }
  return problems;
}

function usedIds(index: ContentIndex, field: 'actors' | 'tags'): Set<string> {
  return new Set(index.content.events.flatMap((e) => e.data[field]));
}

/** Every actor is listed by some event. */
export function actorUsed(index: ContentIndex): Problem[] {
  if (!index.usageKnown) return [];
  const used = usedIds(index, 'actors');
  return index.content.actors
    .filter((a) => !used.has(a.id))
    .map((a) => ({ file: a.file, field: '(file)', message: 'no event lists this actor', fix: 'add its id to the actors of an event, or remove the file' }));
}

/** Every theme tags some event. */
export function themeUsed(index: ContentIndex): Problem[] {
  if (!index.usageKnown) return [];
  const used = usedIds(index, 'tags');
  return index.content.themes
    .filter((t) => !used.has(t.id))
    .map((t) => ({ file: t.file, field: '(file)', message: 'no event is tagged with this theme', fix: 'add its id to the tags of an event, or remove the file' }));
}

/** Every source is cited by some event. */
export function sourceCited(index: ContentIndex): Problem[] {
  if (!index.usageKnown) return [];
  const cited = new Set(index.citations.filter((c) => c.owner === 'events').map((c) => c.citation.source));
  return index.content.sources
    .filter((s) => !cited.has(s.id))
    .map((s) => ({ file: s.file, field: '(file)', message: 'no event cites this source', fix: 'cite it from at least one event, or remove the file' }));
}

/** A dispute's readings differ from each other. */
export function readingsDiffer(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of index.content.disputes) {
    const seen = new Map<string, number>();
    data.readings.forEach((reading, at) => {
      const key = reading.reading.trim().toLowerCase();
      const same = seen.get(key);
      if (same !== undefined) {
        problems.push({ file, field: `readings[${at}].reading`, message: `is the same as readings[${same}] (got ${JSON.stringify(reading.reading.length > 60 ? `${reading.reading.slice(0, 59)}…` : reading.reading)})`, fix: 'a dispute needs readings that differ: merge their citations into one reading' });
      } else seen.set(key, at);
    });
  }
  return problems;
}

/** A dispute cites at least two sources across its readings. */
export function disputeHasTwoSources(index: ContentIndex): Problem[] {
  return index.content.disputes.flatMap(({ file, data }) => {
    const cited = new Set(data.readings.flatMap((r) => r.citations.map((c) => c.source)));
    return cited.size < 2 ? [{ file, field: 'readings', message: `cites only one source (${[...cited].join(', ') || 'none'})`, fix: 'a dispute compares sources: cite at least two different sources across its readings' }] : [];
  });
}

/**
 * Element ids the pages give themselves; an entry id that becomes an element id (events on the
 * timeline, disputes on /disputes/, `cite-<source>-…` on event pages) must not clash with them.
 */
export const PAGE_ELEMENT_IDS: readonly string[] = ['main', 'cite-heading', 'disputes-heading', 'overview-caption', 'q404', 'search-status', 'timeline-q'];
/** Patterns of generated element ids: paragraph anchors, notes, year/month/group headings. */
export const PAGE_ELEMENT_ID_PATTERNS: readonly RegExp[] = [/^p\d+$/, /^note-\d+$/, /^ref-\d+$/, /^year-/, /^month-/, /^group-/];

function clashesWithPage(id: string): boolean {
  return PAGE_ELEMENT_IDS.includes(id) || PAGE_ELEMENT_ID_PATTERNS.some((pattern) => pattern.test(id));
}

/** Ids that become element ids do not collide with the page's own. */
export function idClearOfPageIds(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const fix = 'rename the file to a longer, descriptive id';
  for (const kind of ['events', 'disputes'] as const) {
    for (const { id, file } of index.content[kind]) {
      if (clashesWithPage(id)) problems.push({ file, field: '(file name)', message: `the id "${id}" is also the id of an element of the page`, fix });
    }
  }
  for (const { id, file } of index.content.disputes) {
    if (id.endsWith('-q') && index.ids.disputes.has(id.slice(0, -2))) {
      problems.push({ file, field: '(file name)', message: `the id "${id}" is the id of the question of dispute "${id.slice(0, -2)}"`, fix });
    }
  }
  for (const { id, file } of index.content.sources) {
    if (id === 'event') problems.push({ file, field: '(file name)', message: 'the id "event" is also the id of the event\'s own citation on event pages', fix });
  }
  return problems;
}
