// The classroom material on the real content: questions for every disagreement, reading levels for
// every article, the two versions of one story compared without losing or changing a word.
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { compareVersions } from '../../src/lib/compare.ts';
import { suggestReadingOrder, summariesGrade, versionPairs } from '../../src/lib/lesson.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { checkContent } from '../../src/node/check-content.ts';

let chronology: Chronology;

beforeAll(async () => {
  const result = await checkContent(path.resolve(import.meta.dirname, '../..'));
  if (!result.ok) throw new Error('content has problems; run npm run check');
  chronology = result.chronology;
});

test('every disagreement has two or three discussion questions', () => {
  expect(chronology.disputes.length).toBeGreaterThan(0);
  for (const d of chronology.disputes) expect(d.questions?.length ?? 0, d.id).toBeGreaterThanOrEqual(2);
});

test('the glossary covers the abbreviations the issue names, each with a citation', () => {
  const terms = new Map((chronology.glossary ?? []).map((g) => [g.term, g]));
  for (const t of ['CBP', 'OAG', 'USAO', 'USMS', 'EOUSA', 'ORR', 'OIG', 'DHS', 'HHS', 'GAO', 'presentment']) {
    expect(terms.get(t)?.citations.length ?? 0, t).toBeGreaterThan(0);
  }
});

test('every article gets a reading level, and the order lists each article once', () => {
  const order = suggestReadingOrder(chronology.sources);
  expect(order.map((s) => s.source.id).sort()).toEqual(chronology.sources.map((s) => s.id).sort());
  for (const step of order) expect(step.grade, step.source.id).toBeGreaterThan(0);
  expect(summariesGrade(chronology.events)).toBeGreaterThan(0);
  // Versions of one story sit next to each other.
  for (const [a, b] of versionPairs(chronology.sources)) {
    const ids = order.map((s) => s.source.id);
    expect(Math.abs(ids.indexOf(a.id) - ids.indexOf(b.id))).toBe(1);
  }
});

test('the comparison keeps every paragraph of both versions, word for word, and finds changes', () => {
  const pairs = versionPairs(chronology.sources);
  expect(pairs.length).toBeGreaterThan(0);
  for (const [left, right] of pairs) {
    const { rows, counts } = compareVersions(left.paragraphs, right.paragraphs);
    const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
    expect(rows.filter((r) => r.left !== undefined).map((r) => join(r.leftParts))).toEqual(left.paragraphs);
    expect(rows.filter((r) => r.right !== undefined).map((r) => join(r.rightParts))).toEqual(right.paragraphs);
    expect(counts.paired).toBeGreaterThan(0);
    expect(counts.changed).toBeGreaterThan(0);
  }
});
