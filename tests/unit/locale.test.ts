// Languages and their paths: English at the root, Spanish under /es/, and the same page in the other.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALES, otherLocales } from '../../src/lib/locale.ts';
import { createRoutes, delocalized, localeOfPath, localized, paths, translatedPath } from '../../src/lib/routes.ts';

test('the locales: English first and default, then Spanish', () => {
  expect(LOCALES).toEqual(['en', 'es']);
  expect(DEFAULT_LOCALE).toBe('en');
  expect(isLocale('es')).toBe(true);
  expect(isLocale('fr')).toBe(false);
  expect(isLocale(undefined)).toBe(false);
  expect(otherLocales('es')).toEqual(['en']);
});

describe('localized', () => {
  test.each([
    ['/', 'en', '/'],
    ['/', 'es', '/es/'],
    ['/events/x/', 'es', '/es/events/x/'],
    ['/events/x/', 'en', '/events/x/'],
    ['/es/events/x/', 'es', '/es/events/x/'],
    ['/es/events/x/', 'en', '/events/x/'],
    ['/sources/a/#p3', 'es', '/es/sources/a/#p3'],
    ['/feed.xml', 'es', '/es/feed.xml'],
    ['#p3', 'es', '#p3'],
    ['https://other.example/a', 'es', 'https://other.example/a'],
    ['/estados/', 'es', '/es/estados/'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(localized(path, locale)).toBe(expected);
  });
});

test('localeOfPath and delocalized read the language folder only', () => {
  expect(localeOfPath('/es/events/x/')).toBe('es');
  expect(localeOfPath('/es/')).toBe('es');
  expect(localeOfPath('/es')).toBe('es');
  expect(localeOfPath('/estados/')).toBe('en');
  expect(localeOfPath('/events/x/')).toBe('en');
  expect(delocalized('/es/')).toBe('/');
  expect(delocalized('/es')).toBe('/');
  expect(delocalized('/es/events/x/')).toBe('/events/x/');
  expect(delocalized('/estados/')).toBe('/estados/');
});

test('translatedPath leads to the same page in the other language, both ways', () => {
  for (const path of [paths.home(), paths.event('a'), paths.glossaryTerm('orr'), paths.worksheet()]) {
    const es = translatedPath(path, 'es');
    expect(es.startsWith('/es/')).toBe(true);
    expect(translatedPath(es, 'en')).toBe(path);
  }
});

test('routes take a locale, or leave the path as it is, under any base path', () => {
  const r = createRoutes('https://example.org/projects/timeline/');
  expect(r.href(paths.event('a'))).toBe('/projects/timeline/events/a/');
  expect(r.href('/es/events/a/')).toBe('/projects/timeline/es/events/a/');
  expect(r.href('/es/events/a/', 'en')).toBe('/projects/timeline/events/a/');
  expect(r.href(paths.event('a'), 'es')).toBe('/projects/timeline/es/events/a/');
  expect(r.absolute(paths.home(), 'es')).toBe('https://example.org/projects/timeline/es/');
  expect(r.absolute(paths.feed(), 'en')).toBe('https://example.org/projects/timeline/feed.xml');
});
