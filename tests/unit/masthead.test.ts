// The masthead's contact as a link, and the schema that refuses a contact readers could not use.
import { describe, expect, test } from 'vitest';
import { contactHref, contactLabel } from '../../src/lib/masthead.ts';
import { siteSchema } from '../../src/schemas/site.ts';

test.each([
  ['corrections@example.org', 'mailto:corrections@example.org', 'corrections@example.org'],
  ['mailto:desk@example.org', 'mailto:desk@example.org', 'desk@example.org'],
  ['https://example.org/contact', 'https://example.org/contact', 'https://example.org/contact'],
])('%s links to %s', (contact, href, label) => {
  expect(contactHref(contact)).toBe(href);
  expect(contactLabel(contact)).toBe(label);
});

describe('masthead in the site schema', () => {
  const base = { title: 'T', tagline: 'T', description: 'D', updated: '2026-11-22', license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };
  const masthead = { publisher: 'P', editor: 'E', contact: 'corrections@example.org' };
  test('an email or an https contact is accepted, and the masthead is optional', () => {
    expect(siteSchema.safeParse({ ...base, masthead }).success).toBe(true);
    expect(siteSchema.safeParse({ ...base, masthead: { ...masthead, contact: 'https://example.org/contact' } }).success).toBe(true);
    expect(siteSchema.safeParse(base).success).toBe(true);
  });
  test.each(['http://example.org/contact', 'corrections', 'tell the editors', ''])('contact %j is refused with what to write', (contact) => {
    const result = siteSchema.safeParse({ ...base, masthead: { ...masthead, contact } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/write e\.g\./);
  });
  test('a misspelt masthead key is refused', () => {
    expect(siteSchema.safeParse({ ...base, masthead: { ...masthead, publsher: 'x' } }).success).toBe(false);
  });
});
