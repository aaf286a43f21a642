// Every "original article, at the quote" link lands on its quote: the directive's first match in the
// article as published (headline, dek, then the paragraphs) is the quoted passage itself, checked
// with a matcher written here from the spec's rules, apart from the one that builds the links.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import type { Chronology, CitationRecord, SourceRecord } from '../../src/lib/records.ts';
import { articleBlocks, linkToCitedQuote, linkToQuote, locateCitedQuote } from '../../src/lib/text-fragment.ts';
import { checkContent } from '../../src/node/check-content.ts';

/** A text directive read back from a link as a browser parses it (prefix-, start, end, -suffix). */
function parseDirective(link: string): { prefix?: string; start: string; end?: string; suffix?: string } {
  const raw = link.slice(link.indexOf(':~:text=') + ':~:text='.length).split(',');
  const out: { prefix?: string; start: string; end?: string; suffix?: string } = { start: '' };
  if (raw[0]!.endsWith('-')) out.prefix = decodeURIComponent(raw.shift()!.slice(0, -1));
  if (raw[raw.length - 1]!.startsWith('-')) out.suffix = decodeURIComponent(raw.pop()!.slice(1));
  out.start = decodeURIComponent(raw[0]!);
  if (raw[1] !== undefined) out.end = decodeURIComponent(raw[1]);
  return out;
}

/**
 * Brute force over the spec's definition: of all the places the start term occurs at a word start
 * (with its prefix right before it, white space between, in the same block), in document order,
 * the first that can be completed (end term after it at a word start; suffix right after; word end
 * where no end or suffix follows) is the match. Case and accents do not count (primary level).
 */
function firstMatch(blocks: string[], d: ReturnType<typeof parseDirective>): { block: number; start: number; endBlock: number; end: number } | undefined {
  const norm = (s: string): string => [...s].map((c) => { const b = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(); return b.length === c.length ? b : c; }).join('');
  const text = blocks.map(norm);
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const boundary = (t: string, i: number): boolean => !(isWord(t[i - 1]) && isWord(t[i]));
  const occurrences = (term: string): { block: number; at: number }[] => {
    const list: { block: number; at: number }[] = [];
    text.forEach((t, block) => {
      for (let at = t.indexOf(term); at !== -1; at = t.indexOf(term, at + 1)) list.push({ block, at });
    });
    return list;
  };
  const start = norm(d.start);
  const end = d.end === undefined ? undefined : norm(d.end);
  const prefix = d.prefix === undefined ? undefined : norm(d.prefix);
  const suffix = d.suffix === undefined ? undefined : norm(d.suffix);
  for (const s of occurrences(start)) {
    const t = text[s.block]!;
    if (prefix !== undefined) {
      const before = t.slice(0, s.at).trimEnd();
      if (!before.endsWith(prefix) || !boundary(t, before.length - prefix.length)) continue;
    } else if (!boundary(t, s.at)) continue;
    const candidates = end === undefined
      ? [{ block: s.block, at: s.at + start.length }]
      : occurrences(end)
          .filter((e) => (e.block > s.block || (e.block === s.block && e.at >= s.at + start.length)) && boundary(text[e.block]!, e.at))
          .map((e) => ({ block: e.block, at: e.at + end.length }));
    for (const e of candidates) {
      const et = text[e.block]!;
      if (suffix === undefined) {
        if (!boundary(et, e.at)) continue;
        return { block: s.block, start: s.at, endBlock: e.block, end: e.at };
      }
      const rest = et.slice(e.at).trimStart();
      const restAt = et.length - rest.length;
      if (rest.startsWith(suffix) && boundary(et, restAt + suffix.length)) return { block: s.block, start: s.at, endBlock: e.block, end: e.at };
      if (end === undefined) break;
    }
  }
  return undefined;
}

let chronology: Chronology;
beforeAll(async () => {
  const result = await checkContent(path.resolve(import.meta.dirname, '../..'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  chronology = result.chronology;
});

function everyCitation(): { where: string; citation: CitationRecord; source: SourceRecord }[] {
  const sources = new Map(chronology.sources.map((s) => [s.id, s]));
  const list = [
    ...chronology.events.flatMap((e) => e.citations.map((c, i) => ({ where: `${e.id} citations[${i}]`, citation: c }))),
    ...chronology.actors.flatMap((a) => a.citations.map((c, i) => ({ where: `actor ${a.id} citations[${i}]`, citation: c }))),
  ];
  return list.map((x) => ({ ...x, source: sources.get(x.citation.source)! }));
}

describe('text fragments', () => {
  test('every citation link first matches its own quote in the article as published', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const { where, citation, source } of everyCitation()) {
      const at = locateCitedQuote(source, citation);
      expect(at, `${where}: quote located`).toBeDefined();
      const match = firstMatch(articleBlocks(source), parseDirective(linkToCitedQuote(source, citation)));
      count++;
      if (!match || match.block !== at!.block || match.endBlock !== at!.block || match.start !== at!.start || match.end !== at!.end) {
        wrong.push(`${where}: lands at ${JSON.stringify(match)} instead of ${JSON.stringify(at)}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  test('the check can fail: some plain quote links (no context) land earlier than their quote', () => {
    const early = everyCitation().filter(({ citation, source }) => {
      const at = locateCitedQuote(source, citation)!;
      const match = firstMatch(articleBlocks(source), parseDirective(linkToQuote(source.url, citation.quote)));
      return !match || match.block !== at.block || match.start !== at.start;
    });
    expect(early.length).toBeGreaterThan(0);
  });
});
