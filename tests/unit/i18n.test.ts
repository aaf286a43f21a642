// The interface strings: the same keys in every language, nothing left untranslated, and the
// Spanish numbers written as the RAE writes them.
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { strings } from '../../src/i18n/index.ts';

/** Open lists keyed by field or file, which only the languages that need them fill. */
const OPEN = new Set(['data.fields', 'data.fileDescriptions']);

/** Every leaf of a strings object by its dotted key, functions called with sample arguments. */
function leaves(value: unknown, key = ''): [string, string][] {
  if (OPEN.has(key)) return [];
  if (typeof value === 'string') return [[key, value]];
  if (typeof value === 'function') return [[key, String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => (i % 2 ? 'X' : 2))))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  return [];
}

test('both languages have the same keys', () => {
  expect(leaves(es).map(([k]) => k)).toEqual(leaves(en).map(([k]) => k));
  expect(strings('es')).toBe(es);
  expect(strings('en')).toBe(en);
});

// Words that are the same in both languages (names of styles and formats, a shared word).
const SAME = new Set(['citationStyles.apa', 'citationStyles.mla', 'translation.original', 'source.original', 'sources.original', 'client.search.paragraphLink', 'number']);

test('every Spanish string differs from the English one (none left untranslated)', () => {
  const english = new Map(leaves(en));
  const same = leaves(es).filter(([k, v]) => v !== '' && v === english.get(k) && !SAME.has(k)).map(([k]) => k);
  expect(same).toEqual([]);
});

test('every slot of a template is in its translation too', () => {
  const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const english = new Map(leaves(en));
  const missing = leaves(es).filter(([k, v]) => JSON.stringify(slots(v)) !== JSON.stringify(slots(english.get(k) ?? ''))).map(([k]) => k);
  expect(missing).toEqual([]);
});

describe('Spanish numbers and plurals', () => {
  test.each([
    [1, '1 evento'],
    [2, '2 eventos'],
    [3000, '3000 eventos'],
    [26000, '26 000 eventos'],
    [1234567, '1 234 567 eventos'],
  ])('%d: %s', (n, expected) => {
    expect(es.common.events(n)).toBe(expected);
  });

  test('a decimal comma', () => {
    expect(es.number(17.9)).toBe('17,9');
    expect(en.number(17.9)).toBe('17.9');
  });

  test('English keeps its thousands separator', () => {
    expect(en.common.events(3000)).toBe('3,000 events');
    expect(en.common.events(1)).toBe('1 event');
  });
});
