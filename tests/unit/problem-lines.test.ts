// One problem is one line, whatever a file name or key holds, and its columns split unambiguously.
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';

test.each([
  ['content/events/a\nb.md', 'title', 'content/events/a\\u{a}b.md: title: '],
  ['content/events/x.md: title: fine; nothing\r.md', 'title', 'content/events/x.md:\\u{20}title:\\u{20}fine;\\u{20}nothing\\u{d}.md: title: '],
  ['content/events/\u202Edm.txt', 'key\u2028two: x', 'content/events/\\u{202e}dm.txt: key\\u{2028}two:\\u{20}x: '],
])('%j stays on one line with its columns in place', (file, field, start) => {
  const line = formatProblem({ file, field, message: 'is wrong\u0007', fix: 'write it\u0000 right' });
  expect(line.startsWith(start)).toBe(true);
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
  expect(line.endsWith('is wrong\\u{7}; write it\\u{0} right')).toBe(true);
});
