// Reading levels and the side-by-side comparison of two versions of one story.
import { describe, expect, test } from 'vitest';
import { compareVersions, mergeParts, similarity } from '../../src/lib/compare.ts';
import { countText, describeGrade, readingGrade, splitSentences } from '../../src/lib/readability.ts';

describe('readability', () => {
  test.each([
    ['One. Two. Three.', 3],
    ['Mr. Smith met Dr. Jones. They spoke.', 2],
    ['Sessions told U.S. attorneys to act. They did.', 2],
    ['“No,” he said. “Never.”', 2],
    ['', 0],
  ])('splitSentences(%j) has %i sentences', (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });

  test('counts words and syllables', () => {
    expect(countText(['The cat sat.'])).toEqual({ sentences: 1, words: 3, syllables: 3 });
    expect(countText(['Resettlement of 3,000 children.'])).toMatchObject({ words: 4 });
  });

  test('longer sentences and longer words read at a higher grade', () => {
    const easy = readingGrade(['The dog ran. The cat sat. We saw them.'])!;
    const hard = readingGrade(['The administration’s implementation of the prosecution initiative necessitated considerable interdepartmental coordination, which investigators characterized as fundamentally inadequate.'])!;
    expect(easy).toBeLessThan(4);
    expect(hard).toBeGreaterThan(16);
    expect(readingGrade([])).toBeUndefined();
  });

  test.each([[5, 'primary school'], [8, 'middle school'], [12.6, 'university'], [12.4, 'high school'], [15, 'university'], [19, 'postgraduate']])('describeGrade(%d)', (g, words) => {
    expect(describeGrade(g)).toBe(words);
  });
});

describe('compareVersions', () => {
  const left = ['The mayor closed the bridge on Monday.', 'Engineers had warned of cracks.', 'Traffic was diverted.', 'A statement followed.'];
  const right = ['Engineers had warned of cracks in 2019.', 'The mayor closed the old bridge on Monday.', 'Traffic was diverted.', 'Residents were angry.'];
  const result = compareVersions(left, right);
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  test('each paragraph of each version appears once, words unchanged', () => {
    expect(result.rows.filter((r) => r.left).map((r) => text(r.leftParts))).toEqual(left);
    expect(result.rows.filter((r) => r.right).map((r) => text(r.rightParts))).toEqual(right);
  });

  test('identical paragraphs are paired and marked the same', () => {
    const row = result.rows.find((r) => r.left === 3)!;
    expect(row).toMatchObject({ right: 3, same: true });
  });

  test('changed words are marked on each side; a moved paragraph points to its counterpart', () => {
    const mayor = result.rows.find((r) => r.left === 1)!;
    const added = [...mayor.rightParts, ...(result.rows.find((r) => r.right === 2)?.rightParts ?? [])].filter((p) => p.change === 'added').map((p) => p.text.trim());
    expect(added).toContain('old');
    const engineers = result.rows.find((r) => r.left === 2)!;
    expect(engineers.right ?? engineers.elsewhere).toBe(1);
    expect(result.rows.find((r) => r.right === 4)!.rightParts).toEqual([{ text: 'Residents were angry.', change: 'added' }]);
  });

  test('similarity is the share of the shorter paragraph’s words', () => {
    expect(similarity('a b c', 'a b c d e')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});

test('mergeParts folds a shared space between two changes into one change, keeping the text', () => {
  const parts = [{ text: 'Said ' }, { text: 'Rod', change: 'removed' as const }, { text: ' ' }, { text: 'Rosenstein', change: 'removed' as const }, { text: ' today' }];
  expect(mergeParts(parts)).toEqual([{ text: 'Said ' }, { text: 'Rod Rosenstein', change: 'removed' }, { text: ' today' }]);
  expect(mergeParts([{ text: 'a ' }, { text: 'b' }])).toEqual([{ text: 'a b' }]);
});
