// Provenance: the plain words an event page shows, the schema's refusals, and the cross-entry rule.
import { describe, expect, test } from 'vitest';
import { describeProvenance, possessive, type Provenance } from '../../src/lib/provenance.ts';
import { findProvenanceProblems, type ProvenanceContent } from '../../src/lib/rules/provenance.ts';
import { provenanceSchema } from '../../src/schemas/provenance.ts';
import { citationSchema } from '../../src/schemas/citation.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

const NAMES: Record<string, string> = {
  'new-york-times': 'The New York Times',
  'nbc-news': 'NBC News',
  'lee-gelernt': 'Lee Gelernt',
  'department-of-justice': 'Department of Justice',
};
const nameOf = (id: string) => NAMES[id];

describe('describeProvenance', () => {
  test.each<[Provenance, string, string]>([
    [{ kind: 'report-quoted' }, 'UPI', 'UPI, quoting the report'],
    [{ kind: 'report-quoted', of: 'draft' }, 'HuffPost', 'HuffPost, quoting the draft report'],
    [{ kind: 'report-paraphrased' }, 'ABC News', 'ABC News, paraphrasing the report'],
    [{ kind: 'outlet' }, 'The Washington Post', 'The Washington Post, in its own reporting'],
    [{ kind: 'person', by: 'lee-gelernt' }, 'ABC News', 'ABC News, citing Lee Gelernt'],
    [{ kind: 'person', by: 'lee-gelernt', of: 'report' }, 'ABC News', 'ABC News, citing Lee Gelernt in the report'],
    [{ kind: 'person', by: 'department-of-justice', via: 'new-york-times' }, 'HuffPost', 'HuffPost, citing Department of Justice, as relayed by The New York Times'],
    [{ kind: 'relayed', by: 'new-york-times', of: 'draft' }, 'HuffPost', 'HuffPost, citing The New York Times’ account of the draft report'],
    [{ kind: 'relayed', by: 'nbc-news' }, 'HuffPost', 'HuffPost, citing NBC News'],
    [{ kind: 'relayed', of: 'draft' }, 'HuffPost', 'HuffPost, citing other outlets’ reports of the draft report'],
  ])('%j from %s reads "%s"', (provenance, outlet, expected) => {
    expect(describeProvenance(provenance, outlet, nameOf)).toBe(expected);
    // The English interface words say exactly the same.
    expect(describeProvenance(provenance, outlet, nameOf, en.provenance)).toBe(expected);
  });

  test.each<[Provenance, string, string]>([
    [{ kind: 'report-quoted' }, 'UPI', 'UPI, citando el informe'],
    [{ kind: 'report-paraphrased', of: 'draft' }, 'HuffPost', 'HuffPost, resumiendo el borrador del informe'],
    [{ kind: 'outlet' }, 'The Washington Post', 'The Washington Post, en su propia información'],
    [{ kind: 'person', by: 'lee-gelernt', of: 'report' }, 'ABC News', 'ABC News, citando a Lee Gelernt en el informe'],
    [{ kind: 'person', by: 'lee-gelernt', via: 'new-york-times' }, 'HuffPost', 'HuffPost, citando a Lee Gelernt, según lo transmitió The New York Times'],
    [{ kind: 'relayed', by: 'new-york-times', of: 'draft' }, 'HuffPost', 'HuffPost, citando el relato de The New York Times sobre el borrador del informe'],
    [{ kind: 'relayed' }, 'HuffPost', 'HuffPost, citando informaciones de otros medios'],
  ])('in Spanish, %j from %s reads "%s"', (provenance, outlet, expected) => {
    expect(describeProvenance(provenance, outlet, nameOf, es.provenance)).toBe(expected);
  });

  test('an unknown id is shown as it is rather than dropped', () => {
    expect(describeProvenance({ kind: 'person', by: 'someone' }, 'UPI', nameOf)).toBe('UPI, citing someone');
  });

  test.each([
    ['The New York Times', 'The New York Times’'],
    ['NBC News', 'NBC News’'],
    ['ABC', 'ABC’s'],
  ])('possessive of %s is %s', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });
});

describe('provenanceSchema', () => {
  test.each([
    [{ kind: 'outlet' }],
    [{ kind: 'report-quoted', of: 'draft' }],
    [{ kind: 'person', by: 'lee-gelernt', via: 'new-york-times' }],
    [{ kind: 'relayed', by: 'new-york-times', of: 'draft' }],
    [{ kind: 'relayed' }],
  ])('accepts %j', (value) => {
    expect(provenanceSchema.safeParse(value).success).toBe(true);
  });

  test.each([
    [{ kind: 'rumour' }, 'kind', /must be one of report-quoted, report-paraphrased, outlet, person, relayed/],
    [{ kind: 'person' }, 'by', /names who speaks/],
    [{ kind: 'outlet', by: 'lee-gelernt' }, 'by', /only for kind person or relayed/],
    [{ kind: 'relayed', by: 'nbc-news', via: 'new-york-times' }, 'via', /only for kind person/],
    [{ kind: 'outlet', of: 'draft' }, 'of', /not for the outlet/],
    [{ kind: 'report-quoted', of: 'final' }, 'of', /must be report or draft/],
    [{ kind: 'outlet', who: 'x' }, '', /.*/],
  ])('refuses %j at %s', (value, field, message) => {
    const result = provenanceSchema.safeParse(value);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toMatch(message);
  });

  test('a citation without provenance is refused, with the fix in the message', () => {
    const result = citationSchema.safeParse({ source: 'upi-2021-01-14', quote: 'words' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['provenance']);
    expect(result.error!.issues[0]!.message).toMatch(/; write provenance: \{ kind: … \}/);
  });
});

describe('findProvenanceProblems', () => {
  const content = (provenance: Provenance): ProvenanceContent => ({
    events: [{ id: 'e', file: 'content/events/e.md', data: { citations: [{ source: 's', provenance }] } }],
    actors: [
      { id: 'lee-gelernt', file: 'content/actors/lee-gelernt.md', data: { kind: 'person', citations: [] } },
      { id: 'new-york-times', file: 'content/actors/new-york-times.md', data: { kind: 'organisation', citations: [] } },
    ],
    disputes: [],
    periods: [],
  });

  test('known ids pass', () => {
    expect(findProvenanceProblems(content({ kind: 'person', by: 'lee-gelernt', via: 'new-york-times' }))).toEqual([]);
    expect(findProvenanceProblems(content({ kind: 'relayed', by: 'new-york-times' }))).toEqual([]);
  });

  test('an unknown by or via is one line each, with a hint', () => {
    const problems = findProvenanceProblems(content({ kind: 'person', by: 'lee-gelernd', via: 'nowhere-news' }));
    expect(problems.map((p) => `${p.field}: ${p.message}; ${p.fix}`)).toEqual([
      'citations[0].provenance.by: no actor "lee-gelernd" exists; did you mean "lee-gelernt"? write an id from content/actors/',
      'citations[0].provenance.via: no actor "nowhere-news" exists; write the file name (without .md) of a person or outlet in content/actors/, or add one',
    ]);
  });

  test('a relayed outlet that is a person is refused', () => {
    const problems = findProvenanceProblems(content({ kind: 'relayed', by: 'lee-gelernt' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/names a person/);
  });

  test('an actor file that failed its own schema is not reported again', () => {
    expect(findProvenanceProblems(content({ kind: 'person', by: 'broken' }), { actors: new Set(['broken']) })).toEqual([]);
  });
});
