// Which paths other sites may frame: the embeds, and nothing else.
import { describe, expect, test } from 'vitest';
import { embedHeaderPatterns, frameAncestorsFor, isEmbedPath, isEmbedRequestPath } from '../../src/lib/headers-policy.ts';
import { paths } from '../../src/lib/routes.ts';

describe('isEmbedPath', () => {
  test.each([
    [paths.embed(), true],
    [paths.embedEvent('2018-05-call'), true],
    ['/embed', true],
    ['/es/embed/events/2018-05-call/', true],
    ['/es/embed', true],
    ['/es/events/embed/', false],
    ['/es/', false],
    ['/embed/?person=x&theme=dark', true],
    [paths.home(), false],
    [paths.event('2018-05-call'), false],
    [paths.about(), false],
    ['/embedded/', false],
    ['/events/embed/', false],
    [paths.oembedEvent('x'), false],
    [paths.notFound(), false],
  ])('%s → %s', (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });
});

test('frameAncestorsFor allows any site on embeds and none elsewhere', () => {
  expect(frameAncestorsFor(paths.embedEvent('x'))).toBe('*');
  expect(frameAncestorsFor(paths.event('x'))).toBe("'none'");
});

test('isEmbedRequestPath strips the base path first', () => {
  expect(isEmbedRequestPath('/projects/timeline/', '/projects/timeline/embed/events/x/')).toBe(true);
  expect(isEmbedRequestPath('/projects/timeline/', '/projects/timeline/events/x/')).toBe(false);
  expect(isEmbedRequestPath('/projects/timeline/', '/embed/')).toBe(false);
});

test('embedHeaderPatterns follow the base path', () => {
  expect(embedHeaderPatterns()).toEqual(['/embed/*', '/es/embed/*']);
  expect(embedHeaderPatterns('/projects/timeline/')).toEqual(['/projects/timeline/embed/*', '/projects/timeline/es/embed/*']);
});

test('the _headers rules frame-allow exactly the folders isEmbedPath names', async () => {
  const { EMBEDDABLE } = await import('../../src/node/publish.ts');
  expect(EMBEDDABLE.length).toBeGreaterThan(0);
  for (const folder of EMBEDDABLE) expect(isEmbedPath(`/${folder}/x/`), folder).toBe(true);
  for (const folder of ['events', 'sources', 'about', 'people']) expect(EMBEDDABLE).not.toContain(folder);
});
