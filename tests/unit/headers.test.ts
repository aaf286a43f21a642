// The _headers file: policies merged, framing decided per folder, rules under the base path.
import { describe, expect, test } from 'vitest';
import { formatHeadersFile, headerRules, IMMUTABLE, mergePolicies, policyWithFraming, SHORT } from '../../src/lib/headers.ts';
import { headersFor, parseHeadersFile } from '../e2e/headers-file.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'";

test('mergePolicies keeps every source of every directive once, in first-seen order', () => {
  expect(mergePolicies([CSP, "default-src 'self';script-src 'self' 'sha256-b'; img-src data:"])).toBe(
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src data:",
  );
});

test.each([
  ['none', "frame-ancestors 'none'"],
  ['any', 'frame-ancestors *'],
] as const)('policyWithFraming(%s) adds one frame-ancestors and replaces any other', (framing, expected) => {
  const policy = policyWithFraming(`${CSP}; frame-ancestors https://x.example;`, framing);
  expect(policy.split('; ').filter((d) => d.startsWith('frame-ancestors'))).toEqual([expected]);
  expect(policy.startsWith(CSP)).toBe(true);
});

describe('headerRules', () => {
  const rules = headerRules({ base: '/projects/timeline/', csp: CSP, entries: ['_astro/', 'events/', 'embed/', 'index.html', 'feed.xml'], embeddable: ['embed'] });
  const parsed = parseHeadersFile(formatHeadersFile(rules));
  const at = (p: string) => headersFor(parsed, p);

  test('pages refuse framing, embeds allow it, and both keep the page policy', () => {
    expect(at('/projects/timeline/events/x/')['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(at('/projects/timeline/')['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(at('/projects/timeline/embed/events/x/')['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors *`);
  });

  test('caching: assets a year and immutable, pages and files briefly', () => {
    expect(at('/projects/timeline/_astro/a.1234.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(at('/projects/timeline/feed.xml')['Cache-Control']).toBe(SHORT);
    expect(at('/projects/timeline/events/x/')['Cache-Control']).toBe(SHORT);
  });

  test('security headers on every response, and nothing outside the base path', () => {
    expect(at('/projects/timeline/anything')['X-Content-Type-Options']).toBe('nosniff');
    expect(at('/projects/timeline/anything')['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(at('/elsewhere/')).toEqual({});
  });

  test('the written file reads back to the same rules', () => {
    expect(parsed).toEqual(rules);
  });
});
