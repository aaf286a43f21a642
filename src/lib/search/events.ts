// The events' facet data in the head, as columns: ids and dates as lists, people, themes and sources as
// numbers into lists of their ids. Columns of short values compress far better than a list of objects.
import type { EventDoc } from './format.ts';

export interface EventColumns {
  id: string[];
  start: string[];
  /** '' where the end is the start. */
  end: string[];
  actors: number[][];
  tags: number[][];
  /** Numbers into the head's `sources`. */
  sources: number[][];
  actorIds: string[];
  tagIds: string[];
}

/** Numbers for ids, in order of first use. */
function numbering(lists: readonly (readonly string[])[]): { ids: string[]; number: Map<string, number> } {
  const number = new Map<string, number>();
  for (const list of lists) for (const id of list) if (!number.has(id)) number.set(id, number.size);
  return { ids: [...number.keys()], number };
}

export function encodeEvents(events: readonly EventDoc[], sourceIds: readonly string[]): EventColumns {
  const actors = numbering(events.map((e) => e.actors));
  const tags = numbering(events.map((e) => e.tags));
  const sources = new Map(sourceIds.map((id, i) => [id, i]));
  return {
    id: events.map((e) => e.id),
    start: events.map((e) => e.start),
    end: events.map((e) => (e.end === e.start ? '' : e.end)),
    actors: events.map((e) => e.actors.map((a) => actors.number.get(a)!)),
    tags: events.map((e) => e.tags.map((t) => tags.number.get(t)!)),
    sources: events.map((e) => e.sources.map((s) => sources.get(s) ?? -1)),
    actorIds: actors.ids,
    tagIds: tags.ids,
  };
}

export function decodeEvents(columns: EventColumns, sourceIds: readonly string[]): EventDoc[] {
  return columns.id.map((id, i) => ({
    id,
    start: columns.start[i]!,
    end: columns.end[i] || columns.start[i]!,
    actors: columns.actors[i]!.map((a) => columns.actorIds[a]!),
    tags: columns.tags[i]!.map((t) => columns.tagIds[t]!),
    sources: columns.sources[i]!.map((s) => sourceIds[s] ?? ''),
  }));
}
