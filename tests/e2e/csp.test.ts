// Every built page carries a strict Content-Security-Policy: scripts only from the site or by hash,
// never 'unsafe-inline', nothing from other origins. (pages.test.ts proves no page violates it.)
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listPages, pageFile } from './harness.ts';

function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test.each(listPages())('%s carries a strict policy', (page) => {
  const policy = policyOf(readFileSync(pageFile(page), 'utf8'));
  expect(policy, 'a <meta http-equiv="content-security-policy"> in <head>').toBeDefined();
  expect(policy!.get('default-src')).toEqual(["'self'"]);
  expect(policy!.get('object-src')).toEqual(["'none'"]);
  for (const directive of ['script-src', 'style-src']) {
    const values = policy!.get(directive) ?? [];
    expect(values, directive).toContain("'self'");
    expect(values.filter((v) => !/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(v)), `${directive} allows only the site and hashes`).toEqual([]);
  }
});
