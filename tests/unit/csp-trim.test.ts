import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineHashes, keepPageHashes } from '../../src/lib/csp-trim.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('inlineHashes', () => {
  test('hashes inline scripts and styles, not scripts loaded by address', () => {
    const html = '<script type="module">go()</script><script src="/a.js"></script><style>p{}</style>';
    expect(inlineHashes(html, sha)).toEqual(new Set([sha('go()'), sha('p{}')]));
  });
});

describe('keepPageHashes', () => {
  const mine = sha('go()');
  const other = sha('elsewhere()');
  const style = sha('p{}');
  const policy = `default-src 'self'; script-src 'self' 'sha256-${other}' 'sha256-${mine}'; style-src 'self' 'sha256-${style}';`;

  test("keeps the page's own hashes and drops the rest", () => {
    const out = policyOf(keepPageHashes(page(policy, '<script type="module">go()</script>'), sha));
    expect(out).toBe(`default-src 'self'; script-src 'self' 'sha256-${mine}'; style-src 'self';`);
  });

  test('reads quotes written as entities', () => {
    const encoded = policy.replace(/'/g, '&#39;');
    const out = policyOf(keepPageHashes(page(encoded, '<style>p{}</style>'), sha));
    expect(out).toBe(`default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39; &#39;sha256-${style}&#39;;`);
  });

  test('a page with no policy, or nothing to drop, comes back unchanged', () => {
    const plain = '<html><body><script>x()</script></body></html>';
    expect(keepPageHashes(plain, sha)).toBe(plain);
    const kept = page(`script-src 'self' 'sha256-${mine}'`, '<script type="module">go()</script>');
    expect(keepPageHashes(kept, sha)).toBe(kept);
  });

  test('the rest of the page is left byte for byte', () => {
    const html = page(policy, '<p>Text “quoted”</p><script type="module">go()</script>');
    const out = keepPageHashes(html, sha);
    expect(out.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });
});
