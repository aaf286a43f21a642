// The cards a paged chronology's search shows (each event's title and date label): carried by the
// index only when asked for, in the head for an index of one file, else in files the island fetches
// a few at a time (src/client/search/cards.ts).
import { describe, expect, test } from 'vitest';
import { buildIndexParts } from '../../src/lib/search/build.ts';
import { cardsChunk, type CardsChunk, type Chunk } from '../../src/lib/search/format.ts';
import { packSearchIndex } from '../../src/lib/search/pack.ts';
import { cardReader } from '../../src/client/search/cards.ts';
import { tiny } from './search-parts-fixture.ts';

const withCards = buildIndexParts({ ...tiny, cards: true });
const expected = tiny.events.map((e) => [e.title, e.label]);

describe('cards in the index', () => {
  test('are each event’s title and label, in the events’ order, only when asked for', () => {
    expect(withCards.cards).toEqual(expected);
    expect(buildIndexParts(tiny).cards).toBeUndefined();
    expect(packSearchIndex(buildIndexParts(tiny)).head.cards).toBeUndefined();
  });
  test('an index of one file carries them all in its head', () => {
    const { head, files } = packSearchIndex(withCards);
    expect(head.cards).toEqual({ starts: [0], inline: expected });
    expect(files).toEqual({});
  });
  test('a chunked index cuts them into files, each found from the head by event number', () => {
    const { head, files } = packSearchIndex(withCards, { singleFileBytes: 0, chunkBytes: 40 });
    const dir = head.cards!;
    expect(dir.inline).toBeUndefined();
    expect(dir.starts.length).toBeGreaterThan(1);
    expect(dir.starts[0]).toBe(0);
    const names = dir.starts.map((_, k) => `c${k}`);
    const chunks = names.map((n) => files[n] as CardsChunk);
    expect(chunks.map((c) => c.offset)).toEqual(dir.starts);
    expect(chunks.flatMap((c) => c.cards)).toEqual(expected);
    expected.forEach((card, n) => {
      const chunk = files[cardsChunk(dir, n)] as CardsChunk;
      expect(chunk.cards[n - chunk.offset]).toEqual(card);
    });
  });
});

describe('the island’s card reader', () => {
  const { head, files } = packSearchIndex(withCards, { singleFileBytes: 0, chunkBytes: 40 });
  const counting = () => {
    const fetched: string[] = [];
    const load = async (name: string): Promise<Chunk> => {
      fetched.push(name);
      const chunk = files[name];
      if (!chunk) throw new Error(`no file ${name}`);
      return chunk;
    };
    return { fetched, load };
  };

  test('is null for an index without cards', () => {
    expect(cardReader(packSearchIndex(buildIndexParts(tiny)).head, counting().load)).toBe(null);
  });
  test('fetches only the files holding the events asked for, each once', async () => {
    const { fetched, load } = counting();
    const read = cardReader(head, load)!;
    const last = expected.length - 1;
    expect(await read([last])).toEqual(new Map([[last, expected[last]]]));
    expect(fetched).toEqual([cardsChunk(head.cards!, last)]);
    const all = expected.map((_, n) => n);
    expect(await read(all)).toEqual(new Map(all.map((n) => [n, expected[n]])));
    expect(await read(all)).toEqual(new Map(all.map((n) => [n, expected[n]])));
    expect([...fetched].sort()).toEqual(head.cards!.starts.map((_, k) => `c${k}`).sort());
  });
  test('reads an inline head without fetching', async () => {
    const { fetched, load } = counting();
    const read = cardReader(packSearchIndex(withCards).head, load)!;
    expect(await read([1, 0])).toEqual(new Map([[1, expected[1]], [0, expected[0]]]));
    expect(fetched).toEqual([]);
  });
  test('leaves out what it could not fetch, and tries again next time', async () => {
    let fail = true;
    const fetched: string[] = [];
    const read = cardReader(head, async (name) => {
      fetched.push(name);
      if (fail) throw new Error('offline');
      return files[name]!;
    })!;
    expect(await read([0])).toEqual(new Map());
    fail = false;
    expect(await read([0])).toEqual(new Map([[0, expected[0]]]));
    expect(fetched).toEqual(['c0', 'c0']);
  });
});
