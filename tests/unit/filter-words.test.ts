// The filter menus' words by page language (src/i18n/filter-words.ts), as the starter island picks them.
import { expect, test } from 'vitest';
import { FILTER_WORDS, filterWordsFor } from '../../src/i18n/filter-words.ts';
import { FILTER_PARAMS } from '../../src/lib/search/params.ts';
import { LOCALES } from '../../src/lib/locale.ts';

test('each language has its own words; an unknown or missing language gets English', () => {
  expect(filterWordsFor('es').menus.person.all).toBe('Cualquiera');
  expect(filterWordsFor('en').menus.person.all).toBe('Anyone');
  for (const other of ['fr', '', undefined, 'constructor', '__proto__']) expect(filterWordsFor(other)).toBe(FILTER_WORDS.en);
});

test('every locale names every filter menu the engine has', () => {
  for (const locale of LOCALES) {
    for (const { name } of FILTER_PARAMS) {
      expect(filterWordsFor(locale).menus[name].label, `${locale} ${name}`).not.toBe('');
      expect(filterWordsFor(locale).menus[name].all, `${locale} ${name}`).not.toBe('');
    }
  }
});
