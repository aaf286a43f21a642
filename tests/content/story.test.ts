// The real content: it passes the check, the events the user named are there with honest dates,
// and every source, actor, theme and dispute holds to the rules of the chronology.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { checkContent } from '../../src/node/check-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
let chronology: Chronology;

beforeAll(async () => {
  const result = await checkContent(root);
  if (!result.ok) throw new Error(`content has problems:\n${result.problems.map(formatProblem).join('\n')}`);
  chronology = result.chronology;
});

const byId = (id: string) => {
  const found = chronology.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

test('the real content passes the check with all five sources', () => {
  expect(chronology.sources.map((s) => s.id).sort()).toEqual([
    'abc-news-2021-01-14', 'huffpost-2020-10-07', 'seattle-times-2021-01-14', 'upi-2021-01-14', 'washington-post-2021-01-14',
  ]);
  expect(chronology.events.length).toBeGreaterThanOrEqual(30);
});

describe('the events the user named', () => {
  test.each([
    ['2017-03-el-paso-initiative', '2017-03/2017-11', 'interval', 'March–November 2017'],
    ['2018-04-06-announcement', '2018-04-06', 'day', 'April 6, 2018'],
    ['2018-05-conference-call', '2018-05', 'month', 'May 2018'],
    ['2018-06-reversal', '2018-06~', 'month', 'around June 2018'],
    ['2021-01-14-report-released', '2021-01-14', 'day', 'January 14, 2021'],
  ])('%s is dated %s (%s, "%s")', (id, date, precision, label) => {
    expect(byId(id)).toMatchObject({ date, precision, label });
  });

  test('the conference call quotes "take away children"', () => {
    expect(byId('2018-05-conference-call').citations.map((c) => c.quote).join(' ')).toMatch(/take away children/i);
  });
  test('the reversal is approximate and says how its date was derived', () => {
    const reversal = byId('2018-06-reversal');
    expect(reversal.approximate).toBe(true);
    expect(reversal.dateNote).toMatch(/about two months/);
  });
  test('the report release is cited by the four articles of January 14, 2021', () => {
    const cited = new Set(byId('2021-01-14-report-released').citations.map((c) => c.source));
    for (const id of ['abc-news-2021-01-14', 'upi-2021-01-14', 'seattle-times-2021-01-14', 'washington-post-2021-01-14']) expect(cited).toContain(id);
  });
});

describe('inferred dates', () => {
  test.each([
    ['2020-10-06-draft-report', '2020-10-06', /Tuesday/],
    ['2020-12-court-filing', '2020-12', /last month/],
  ])('%s is %s and explains it', (id, date, note) => {
    const found = byId(id);
    expect(found.date).toBe(date);
    expect(found.dateNote).toMatch(note);
  });

  test('every approximate date explains itself', () => {
    for (const e of chronology.events.filter((x) => x.approximate)) expect(e.dateNote, e.id).toBeTruthy();
  });
});

test('no event is dated after an article that reports it was published', () => {
  const published = new Map(chronology.sources.map((s) => [s.id, s.published.slice(0, 10)]));
  for (const e of chronology.events) {
    for (const c of e.citations) expect(e.start <= published.get(c.source)!, `${e.id} cites ${c.source}`).toBe(true);
  }
});

test('every source, actor and theme is used', () => {
  const cited = new Set(chronology.events.flatMap((e) => e.citations.map((c) => c.source)));
  const actors = new Set(chronology.events.flatMap((e) => e.actors));
  const tags = new Set(chronology.events.flatMap((e) => e.tags));
  expect(chronology.sources.filter((s) => !cited.has(s.id))).toEqual([]);
  expect(chronology.actors.filter((a) => !actors.has(a.id)).map((a) => a.id)).toEqual([]);
  expect(chronology.themes.filter((t) => !tags.has(t.id)).map((t) => t.id)).toEqual([]);
});

describe('disputes', () => {
  test('every dispute has differing readings from at least two sources', () => {
    for (const d of chronology.disputes) {
      const readings = d.readings.map((r) => r.reading.toLowerCase());
      expect(new Set(readings).size, d.id).toBe(readings.length);
      expect(new Set(d.readings.flatMap((r) => r.citations.map((c) => c.source))).size, d.id).toBeGreaterThanOrEqual(2);
    }
  });

  test.each([
    ['children-separated-count', ['3,000', '5,000']],
    ['children-still-separated', ['550', '628', '500']],
    ['take-away-children-wording', ['take away children', 'take children away']],
    ['policy-duration', ['two months', 'six weeks']],
    ['sessions-departure', ['resign', 'fired']],
  ])('%s sets %j side by side', (id, figures) => {
    const dispute = chronology.disputes.find((d) => d.id === id);
    expect(dispute, id).toBeDefined();
    const quotes = dispute!.readings.flatMap((r) => r.citations.map((c) => c.quote)).join(' ').toLowerCase();
    for (const figure of figures) expect(quotes).toContain(figure);
  });

  test('the Post’s two versions disagree on the number of children', () => {
    const dispute = chronology.disputes.find((d) => d.id === 'children-separated-count')!;
    const sourcesFor = (figure: string) => dispute.readings.filter((r) => r.citations.some((c) => c.quote.includes(figure))).flatMap((r) => r.citations.map((c) => c.source));
    expect(sourcesFor('5,000')).toContain('washington-post-2021-01-14');
    expect(sourcesFor('3,000')).toContain('seattle-times-2021-01-14');
  });
});

test('the bands of the overview are the El Paso initiative and the weeks the policy was in force', () => {
  expect(chronology.periods.map((p) => p.id).sort()).toEqual(['el-paso-initiative', 'zero-tolerance-separations']);
});

describe('the fact-check of 2026-12-02 (issue 10)', () => {
  test.each([
    // No article gives the day the separations began: the span starts in an approximate month.
    ['2018-04-children-separated', '2018-04~/2018-06~', 'interval', 'around April–around June 2018'],
    // Neither Post version says which news event, and nothing supports "early April".
    ['2018-04-nielsen-withdrawn', '2018-04~', 'month', 'around April 2018'],
    // Bounded only from above by the article of January 14, 2021: dated by that report.
    ['2021-01-14-biden-task-force', '2021-01-14', 'day', 'January 14, 2021'],
  ])('%s is dated %s (%s, "%s")', (id, date, precision, label) => {
    expect(byId(id)).toMatchObject({ date, precision, label });
  });

  test('the separations period starts in an approximate April, not on the day of the announcement', () => {
    const period = chronology.periods.find((p) => p.id === 'zero-tolerance-separations')!;
    expect(period.date).toBe('2018-04~/2018-06~');
    expect(period.start).toBe('2018-04-01');
  });

  test('the call is dated by HuffPost alone, through the Times and the draft', () => {
    const call = byId('2018-05-conference-call');
    expect(call.dateNote).toMatch(/Only HuffPost/);
    const huffpost = call.citations.find((c) => c.source === 'huffpost-2020-10-07')!;
    expect(huffpost.provenance).toEqual({ kind: 'relayed', by: 'new-york-times', of: 'draft' });
    expect(call.summary).toMatch(/reportedly/);
  });

  test.each([
    ['2018-04-children-separated'], ['2018-04-nielsen-withdrawn'], ['2018-05-conference-call'], ['2018-04-06-announcement'],
    ['2018-04-dhs-refers-parents'], ['2018-rosenstein-instruction'], ['2018-05-sentencing-memo'], ['2018-rosenstein-doj-equity'],
    ['2020-10-06-draft-report'], ['2017-03-el-paso-initiative'], ['2021-01-14-report-released'], ['2021-01-14-biden-task-force'],
    ['2018-05-immediate-reunification-assurance'],
  ])('%s carries a correction dated 2026-12-02', (id) => {
    expect(byId(id).corrections.map((c) => c.date)).toContain('2026-12-02');
  });

  test('titles no longer state an outlet\'s word or inference as fact', () => {
    expect(byId('2018-04-06-announcement').title).not.toMatch(/speech/);
    expect(byId('2018-rosenstein-instruction').title).toMatch(/categorically/);
    expect(byId('2018-05-sentencing-memo').title).not.toMatch(/cannot be immediate/);
    expect(byId('2018-rosenstein-doj-equity').summary).toMatch(/The Post writes that he also “at times boasted”/);
  });

  test('every citation says whose words it gives, and person provenances name an actor', () => {
    const actorIds = new Set(chronology.actors.map((a) => a.id));
    const all = [
      ...chronology.events.flatMap((e) => e.citations),
      ...chronology.disputes.flatMap((d) => d.readings.flatMap((r) => r.citations)),
      ...chronology.periods.flatMap((p) => p.citations),
    ];
    expect(all.length).toBeGreaterThan(150);
    for (const c of all) {
      expect(['report-quoted', 'report-paraphrased', 'outlet', 'person', 'relayed']).toContain(c.provenance.kind);
      if (c.provenance.kind === 'person') expect(actorIds).toContain(c.provenance.by);
    }
    expect(new Set(all.map((c) => c.provenance.kind)).size).toBe(5);
  });
});
