// Shared unit-test fixtures: the five real sources' metadata (content/sources/*.md) and an EventRecord builder.
import { parseEventDate, type MonthPart } from '../../src/lib/dates.ts';
import type { CitationRecord, CorrectionRecord, EventRecord, SourceRecord } from '../../src/lib/records.ts';

// Frontmatter as in content/sources/*.md; no test needs the articles' text, so `paragraphs` is empty.
// A test that needs a variant spreads one of these: `{ ...UPI, paragraphs: ['…'] }`.

export const ABC_NEWS: SourceRecord = {
  id: 'abc-news-2021-01-14',
  outlet: 'ABC News',
  headline: "Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report",
  dek: 'More than 500 children remain separated from their families as of October 2020.',
  published: '2021-01-14T20:32',
  publishedNote:
    'The article prints “January 14, 2021, 8:32 PM” with no time zone; ABC News dates its stories in U.S. Eastern time.',
  url: 'https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201',
  paragraphs: [],
};

export const HUFFPOST: SourceRecord = {
  id: 'huffpost-2020-10-07',
  outlet: 'HuffPost',
  headline: "Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report",
  dek: '“We need to take away children,” the then-attorney general told Justice Department prosecutors, according to a draft inspector general\'s report.',
  published: '2020-10-07',
  url: 'https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927',
  note: 'Reports on a draft of the inspector general’s report, obtained by The New York Times and NBC News on Tuesday, October 6, 2020, three months before the final report was released. Its quotations are from the draft, not the final text.',
  paragraphs: [],
};

export const SEATTLE_TIMES: SourceRecord = {
  id: 'seattle-times-2021-01-14',
  outlet: 'The Seattle Times',
  republishedFrom: 'The Washington Post',
  headline: "Sessions pushed Trump's border policy despite warnings, Justice Department review finds",
  published: '2021-01-14',
  url: 'https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/',
  sameStoryAs: 'washington-post-2021-01-14',
  note: 'A Washington Post story as republished by The Seattle Times. It is a longer version of the Post’s own web copy and differs from it in places, most visibly “more than 3,000 children” here against “more than 5,000 children” there.',
  paragraphs: [],
};

export const UPI: SourceRecord = {
  id: 'upi-2021-01-14',
  outlet: 'UPI',
  headline: 'Report: Jeff Sessions pushed zero-tolerance border policy despite concerns',
  published: '2021-01-14',
  publishedNote: 'The dateline reads “Jan. 14 (UPI)”.',
  url: 'https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/',
  paragraphs: [],
};

export const WASHINGTON_POST: SourceRecord = {
  id: 'washington-post-2021-01-14',
  outlet: 'The Washington Post',
  headline:
    "Trump's 'zero tolerance' border policy was pushed aggressively by Jeff Sessions, despite warnings, Justice Dept. review finds",
  published: '2021-01-14',
  url: 'https://www.washingtonpost.com/national/trumps-zero-tolerance-border-policy-was-pushed-aggressively-by-jeff-sessions-despite-warnings-justice-department-review-finds/2021/01/14/b283093a-567a-11eb-89bc-7f51ceb6bd57_story.html',
  sameStoryAs: 'seattle-times-2021-01-14',
  note: 'The Post’s own web copy of the story that The Seattle Times republished in a longer version. The two differ in places, most visibly “more than 5,000 children” here against “more than 3,000 children” there.',
  paragraphs: [],
};

/** All five, in file-name order. */
export const REAL_SOURCES: readonly SourceRecord[] = [ABC_NEWS, HUFFPOST, SEATTLE_TIMES, UPI, WASHINGTON_POST];

export interface EventOptions {
  /** "early" | "mid" | "late", passed to parseEventDate and kept on the record. */
  part?: MonthPart | undefined;
  /** Default `Title of <id>`. */
  title?: string | undefined;
  /** Default `Summary of <id>.`. */
  summary?: string | undefined;
  actors?: string[] | undefined;
  tags?: string[] | undefined;
  /** The citations as given; when present, `sources` is ignored. */
  citations?: CitationRecord[] | undefined;
  /** Dated corrections; none when absent. */
  corrections?: CorrectionRecord[] | undefined;
  /**
   * Source ids, each cited with a placeholder (`quote <i>`, paragraph i + 1) and the real source's
   * URL (https://example.com for an id that is not one of the real sources).
   */
  sources?: string[] | undefined;
  dateNote?: string | undefined;
}

/** An event record as the build makes it: bounds, precision and label come from parseEventDate. */
export function eventRecord(id: string, date: string, options: EventOptions = {}): EventRecord {
  const parsed = parseEventDate(date, options.part);
  if (!parsed.ok) throw new Error(`${date}: ${parsed.message}`);
  const d = parsed.date;
  const record: EventRecord = {
    id,
    title: options.title ?? `Title of ${id}`,
    summary: options.summary ?? `Summary of ${id}.`,
    date,
    start: d.start,
    end: d.end,
    precision: d.precision,
    approximate: d.approximate,
    label: d.label,
    when: d,
    sources: [],
    actors: options.actors ?? [],
    tags: options.tags ?? [],
    url: `/events/${id}/`,
    citations:
      options.citations ??
      (options.sources ?? []).map((source, i) => ({
        source,
        quote: `quote ${i}`,
        paragraph: i + 1,
        url: REAL_SOURCES.find((s) => s.id === source)?.url ?? 'https://example.com',
        provenance: { kind: 'outlet' as const },
      })),
    corrections: options.corrections ?? [],
  };
  record.sources = [...new Set(record.citations.map((c) => c.source))];
  if (options.part) record.part = options.part;
  if (options.dateNote) record.dateNote = options.dateNote;
  return record;
}
