// The routes module: one set of paths, published under any origin and base path.
import { describe, expect, test } from 'vitest';
import { absoluteUrl, createRoutes, isLocalAddress, parseSiteAddress, paths, stripBase, withBase } from '../../src/lib/routes.ts';

describe('parseSiteAddress', () => {
  test.each([
    ['https://example.org', { root: 'https://example.org/', origin: 'https://example.org', base: '/' }],
    ['https://example.org/projects/timeline/', { root: 'https://example.org/projects/timeline/', origin: 'https://example.org', base: '/projects/timeline/' }],
    ['https://example.org/projects/timeline', { root: 'https://example.org/projects/timeline/', origin: 'https://example.org', base: '/projects/timeline/' }],
    ['http://localhost:4321/?x=1#y', { root: 'http://localhost:4321/', origin: 'http://localhost:4321', base: '/' }],
  ])('%s', (input, expected) => {
    expect(parseSiteAddress(input)).toEqual(expected);
  });
});

describe('withBase', () => {
  test.each([
    ['/', '/events/x/', '/events/x/'],
    ['/projects/timeline/', '/events/x/', '/projects/timeline/events/x/'],
    ['/projects/timeline', '/', '/projects/timeline/'],
    ['/projects/timeline/', '/sources/a/#p3', '/projects/timeline/sources/a/#p3'],
    ['/projects/timeline/', '#p3', '#p3'],
    ['/projects/timeline/', 'https://other.example/a', 'https://other.example/a'],
    ['/projects/timeline/', 'mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('under %s, %s is %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

test('stripBase undoes withBase and leaves other paths alone', () => {
  expect(stripBase('/projects/timeline/', withBase('/projects/timeline/', '/events/x/'))).toBe('/events/x/');
  expect(stripBase('/projects/timeline/', '/projects/timeline/')).toBe('/');
  expect(stripBase('/', '/about/')).toBe('/about/');
  expect(stripBase('/projects/timeline/', '/elsewhere/')).toBe('/elsewhere/');
});

test('absoluteUrl keeps the base path of the site address', () => {
  expect(absoluteUrl('https://example.org/projects/timeline/', '/events/x/')).toBe('https://example.org/projects/timeline/events/x/');
  expect(absoluteUrl('https://example.org/projects/timeline', paths.feed())).toBe('https://example.org/projects/timeline/feed.xml');
});

test('createRoutes binds both link forms to one address', () => {
  const routes = createRoutes('https://example.org/projects/timeline/');
  expect(routes.href(paths.paragraph('upi', 9))).toBe('/projects/timeline/sources/upi/#p9');
  expect(routes.absolute(paths.event('2018-05-call'))).toBe('https://example.org/projects/timeline/events/2018-05-call/');
  expect(routes.address.base).toBe('/projects/timeline/');
});

test.each([
  ['http://localhost:4321/', true],
  ['http://127.0.0.1:8080/x/', true],
  ['http://[::1]:4321/', true],
  ['http://preview.localhost/', true],
  ['https://example.org/projects/timeline/', false],
  ['https://localhost.example.org/', false],
])('isLocalAddress(%s) is %s', (url, expected) => {
  expect(isLocalAddress(url)).toBe(expected);
});

test('every path is site-relative: one leading slash, no empty segment, so withBase never doubles a slash', () => {
  for (const [name, make] of Object.entries(paths)) {
    const path = (make as (...args: never[]) => string)(...(['a', 1] as never[]));
    expect(path, name).toMatch(/^\/(?!\/)/);
    expect(path.split('#')[0], name).not.toContain('//');
  }
});
