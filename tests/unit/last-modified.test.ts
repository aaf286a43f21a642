// An event's last change from its own history: corrections, the git log of its file, a fallback.
import { describe, expect, test } from 'vitest';
import { GIT_LOG_SEPARATOR, lastModified, parseGitLog } from '../../src/lib/last-modified.ts';

describe('lastModified', () => {
  test.each([
    ['corrections only', { corrections: [{ date: '2026-11-30' }, { date: '2026-11-02' }], fallback: '2026-01-01' }, { date: '2026-11-30', basis: 'corrections' }],
    ['history only', { history: '2026-10-05', fallback: '2026-01-01' }, { date: '2026-10-05', basis: 'history' }],
    ['a later correction wins', { corrections: [{ date: '2026-11-30' }], history: '2026-10-05', fallback: '2026-01-01' }, { date: '2026-11-30', basis: 'corrections' }],
    ['a later commit wins', { corrections: [{ date: '2026-09-01' }], history: '2026-10-05', fallback: '2026-01-01' }, { date: '2026-10-05', basis: 'history' }],
    ['neither: the site date', { fallback: '2026-01-01' }, { date: '2026-01-01', basis: 'site' }],
    ['empty log, bad date ignored', { corrections: [], history: 'soon', fallback: '2026-01-01' }, { date: '2026-01-01', basis: 'site' }],
  ] as const)('%s', (_name, input, expected) => {
    expect(lastModified(input)).toEqual(expected);
  });
});

describe('parseGitLog', () => {
  const S = GIT_LOG_SEPARATOR;
  const log = `${S}ccc 2026-11-30\n\ncontent/events/a.md\n${S}bbb 2026-11-20\n\ncontent/events/b.md\ncontent/events/a.md\n${S}aaa 2026-11-01\n\ncontent/events/c.md\ncontent/events/b.md\n`;

  test('the newest commit that touched each file gives its day', () => {
    expect(Object.fromEntries(parseGitLog(log))).toEqual({ 'content/events/a.md': '2026-11-30', 'content/events/b.md': '2026-11-20', 'content/events/c.md': '2026-11-01' });
  });

  test('in a shallow clone, files last seen in the cut-off commit have no known date', () => {
    expect(Object.fromEntries(parseGitLog(log, new Set(['aaa'])))).toEqual({ 'content/events/a.md': '2026-11-30', 'content/events/b.md': '2026-11-20' });
  });
});
