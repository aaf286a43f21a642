// Two versions of one story side by side: paragraphs aligned, changed words marked (jsdiff; the
// with-space word diff, so shared runs keep each side's exact characters).
import { diffArrays, diffWordsWithSpace as diffWords } from 'diff';

/** A run of words: in both versions, or only in one of them. */
export interface Part {
  text: string;
  change?: 'removed' | 'added';
}

/** One row of the comparison: a paragraph of each version (1-based numbers), or of one only. */
export interface ComparedRow {
  left?: number;
  right?: number;
  /** For the left column: shared words and words only the left has (`removed`). */
  leftParts: Part[];
  /** For the right column: shared words and words only the right has (`added`). */
  rightParts: Part[];
  /** The two paragraphs read the same, word for word. */
  same: boolean;
  /** For a paragraph of one version only here: its counterpart, at another place in the other version. */
  elsewhere?: number;
}

export interface Comparison {
  rows: ComparedRow[];
  /** Paragraphs paired, paragraphs found in one version only, and pairs whose words differ. */
  counts: { paired: number; leftOnly: number; rightOnly: number; changed: number; moved: number };
}

/**
 * Joins runs a reader sees as one change: a space shared by both versions between two changed words
 * is folded into the change, so "Rod J. Rosenstein" is marked once, not word by word.
 */
export function mergeParts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = out[out.length - 1];
    const next = parts[i + 1];
    if (!part.change && last?.change && next?.change === last.change && /^\s+$/.test(part.text)) {
      last.text += part.text + next.text;
      i += 1;
    } else if (last && last.change === part.change) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** Marks the words of `a` missing from `b` (as `change`) and the words they share. */
function markAgainst(a: string, b: string, change: 'removed' | 'added'): Part[] {
  const changes = change === 'removed' ? diffWords(a, b) : diffWords(b, a);
  const parts: Part[] = [];
  for (const c of changes) {
    if (c.removed) { if (change === 'removed') parts.push({ text: c.value, change }); }
    else if (c.added) { if (change === 'added') parts.push({ text: c.value, change }); }
    else parts.push({ text: c.value });
  }
  return mergeParts(parts);
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the words of the shorter paragraph that the other also has (0–1). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / Math.min(wa.size, wb.size);
}

/** Paragraphs this alike are taken to be one paragraph, edited. */
export const SAME_PARAGRAPH = 0.6;

/**
 * Aligns the paragraphs of two versions (a longest common subsequence of paragraphs, where
 * "common" means alike enough to be one paragraph edited) and marks the words that differ.
 */
export function compareVersions(left: readonly string[], right: readonly string[]): Comparison {
  const L = left.map((text, i) => ({ text, i }));
  const R = right.map((text, i) => ({ text, i }));
  const chunks = diffArrays(L, R, { comparator: (a, b) => similarity(a.text, b.text) >= SAME_PARAGRAPH });
  const rows: ComparedRow[] = [];
  const counts = { paired: 0, leftOnly: 0, rightOnly: 0, changed: 0, moved: 0 };
  let l = 0;
  let r = 0;
  for (const chunk of chunks) {
    if (chunk.removed) {
      for (let k = 0; k < chunk.count!; k++, l++) {
        rows.push({ left: l + 1, leftParts: [{ text: left[l]!, change: 'removed' }], rightParts: [], same: false });
        counts.leftOnly += 1;
      }
    } else if (chunk.added) {
      for (let k = 0; k < chunk.count!; k++, r++) {
        rows.push({ right: r + 1, leftParts: [], rightParts: [{ text: right[r]!, change: 'added' }], same: false });
        counts.rightOnly += 1;
      }
    } else {
      for (let k = 0; k < chunk.count!; k++, l++, r++) {
        const changes = diffWords(left[l]!, right[r]!);
        const leftParts: Part[] = [];
        const rightParts: Part[] = [];
        for (const c of changes) {
          if (c.removed) leftParts.push({ text: c.value, change: 'removed' });
          else if (c.added) rightParts.push({ text: c.value, change: 'added' });
          else {
            leftParts.push({ text: c.value });
            rightParts.push({ text: c.value });
          }
        }
        const same = changes.every((c) => !c.added && !c.removed);
        rows.push({ left: l + 1, right: r + 1, leftParts: mergeParts(leftParts), rightParts: mergeParts(rightParts), same });
        counts.paired += 1;
        if (!same) counts.changed += 1;
      }
    }
  }
  // A paragraph moved to another place cannot be aligned in order; pair it with its counterpart
  // elsewhere so only its changed words are marked.
  const rightOnly = rows.filter((row) => row.left === undefined);
  for (const row of rows) {
    if (row.right !== undefined) continue;
    const text = left[row.left! - 1]!;
    let best: { row: ComparedRow; score: number } | undefined;
    for (const other of rightOnly) {
      if (other.elsewhere !== undefined) continue;
      const score = similarity(text, right[other.right! - 1]!);
      if (score >= SAME_PARAGRAPH && (!best || score > best.score)) best = { row: other, score };
    }
    if (!best) continue;
    const counterpart = right[best.row.right! - 1]!;
    row.elsewhere = best.row.right!;
    row.leftParts = markAgainst(text, counterpart, 'removed');
    best.row.elsewhere = row.left!;
    best.row.rightParts = markAgainst(counterpart, text, 'added');
    counts.moved += 1;
  }
  return { rows, counts };
}
