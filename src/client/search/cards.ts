// The cards a paged chronology's results show (each event's title and date label): the index's head
// says which file holds which events; each file is fetched once, when a result first needs it.
import { cardsChunk, type CardsChunk, type Chunk, type EventCard, type SearchIndexData } from '../../lib/search.ts';

/** Cards by event number for the events asked for (those it could not fetch are left out). */
export type CardReader = (events: readonly number[]) => Promise<Map<number, EventCard>>;

/** A reader over the head's cards; null when the index carries none (the page lists its events). */
export function cardReader(head: SearchIndexData, load: (name: string) => Promise<Chunk>): CardReader | null {
  const dir = head.cards;
  if (!dir) return null;
  const cards: (EventCard | undefined)[] = dir.inline ? [...dir.inline] : [];
  const pending = new Map<string, Promise<void>>();
  const fetchFile = (name: string): Promise<void> => {
    let p = pending.get(name);
    if (!p) {
      p = load(name).then((chunk) => {
        const { offset, cards: list } = chunk as CardsChunk;
        list.forEach((card, i) => (cards[offset + i] = card));
      });
      // A failed fetch may be retried by the next search.
      p.catch(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
  return async (events) => {
    const files = new Set(events.filter((n) => cards[n] === undefined).map((n) => cardsChunk(dir, n)));
    await Promise.allSettled([...files].map(fetchFile));
    return new Map(events.flatMap((n): [number, EventCard][] => (cards[n] ? [[n, cards[n]]] : [])));
  };
}
