// Earlier ids of events: an old address may lead to one event only, and never shadow a current one.
import { expect, test } from 'vitest';
import { findFormerIdProblems } from '../../src/lib/rules/former-ids.ts';

const event = (id: string, formerIds?: string[]) => ({ id, file: `content/events/${id}.md`, data: { title: id, formerIds } });

test('old ids that no file has pass', () => {
  expect(findFormerIdProblems({ events: [event('2018-04-a', ['2018-04-06-a']), event('2019-b')] })).toEqual([]);
});

test('an old id that is a current event is refused', () => {
  const problems = findFormerIdProblems({ events: [event('2018-04-a', ['2019-b']), event('2019-b')] });
  expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
    'content/events/2018-04-a.md: formerIds[0]: "2019-b" is the id of an event that exists (content/events/2019-b.md)',
  ]);
});

test('an old id claimed by two events is refused at the second', () => {
  const problems = findFormerIdProblems({ events: [event('2018-04-a', ['old']), event('2019-b', ['old'])] });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'content/events/2019-b.md', field: 'formerIds[0]' });
});
