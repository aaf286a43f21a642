// Citations: hand-checked Chicago, APA and MLA entries for the real sources and for an event page.
import { describe, expect, test } from 'vitest';
import {
  citationToHtml,
  citeEventPage,
  citeSource,
  citeSourceInText,
  nestQuotes,
  paragraphList,
  formatApaDate,
  formatChicagoDate,
  formatMlaDate,
  type CitationStyle,
} from '../../src/lib/cite.ts';
import { absoluteUrl } from '../../src/lib/routes.ts';
import type { SourceRecord } from '../../src/lib/records.ts';
import { ABC_NEWS, HUFFPOST, SEATTLE_TIMES, UPI, WASHINGTON_POST, eventRecord } from './records-fixtures.ts';

// The real sources; paragraphs are not needed to cite.
const SOURCES: Record<string, SourceRecord> = {
  abc: ABC_NEWS,
  upi: UPI,
  seattle: SEATTLE_TIMES,
  huffpost: HUFFPOST,
  post: WASHINGTON_POST,
};

function source(key: string): SourceRecord {
  const found = SOURCES[key];
  if (!found) throw new Error(key);
  return found;
}

describe('date forms', () => {
  test.each([
    ['2021-01-14', 'January 14, 2021', '2021, January 14', '14 Jan. 2021'],
    ['2021-01-14T20:32', 'January 14, 2021', '2021, January 14', '14 Jan. 2021'],
    ['2020-10-07', 'October 7, 2020', '2020, October 7', '7 Oct. 2020'],
    ['2018-05-01', 'May 1, 2018', '2018, May 1', '1 May 2018'],
    ['2018-06-20', 'June 20, 2018', '2018, June 20', '20 June 2018'],
    ['2017-07-04', 'July 4, 2017', '2017, July 4', '4 July 2017'],
    ['2024-09-03', 'September 3, 2024', '2024, September 3', '3 Sept. 2024'],
  ])('%s: Chicago %s, APA %s, MLA %s', (iso, chicago, apa, mla) => {
    expect(formatChicagoDate(iso)).toBe(chicago);
    expect(formatApaDate(iso)).toBe(apa);
    expect(formatMlaDate(iso)).toBe(mla);
  });
});

// Written out by hand from the manuals' patterns for an unsigned online news article.
const SOURCE_CASES: [string, CitationStyle, string][] = [
  ['abc', 'chicagoNote',
    "“Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report,” ABC News, January 14, 2021, https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201."],
  ['abc', 'chicagoBibliography',
    "ABC News. “Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report.” January 14, 2021. https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201."],
  ['abc', 'apa',
    "Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report. (2021, January 14). ABC News. https://abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201"],
  ['abc', 'mla',
    "“Sessions' DOJ 'driving force' behind 'zero-tolerance' family separation policy: Watchdog report.” ABC News, 14 Jan. 2021, abcnews.go.com/Politics/sessions-doj-driving-force-tolerance-family-separation-policy/story?id=75258201."],

  ['upi', 'chicagoNote',
    '“Report: Jeff Sessions pushed zero-tolerance border policy despite concerns,” UPI, January 14, 2021, https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/.'],
  ['upi', 'chicagoBibliography',
    'UPI. “Report: Jeff Sessions pushed zero-tolerance border policy despite concerns.” January 14, 2021. https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/.'],
  ['upi', 'apa',
    'Report: Jeff Sessions pushed zero-tolerance border policy despite concerns. (2021, January 14). UPI. https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/'],
  ['upi', 'mla',
    '“Report: Jeff Sessions pushed zero-tolerance border policy despite concerns.” UPI, 14 Jan. 2021, www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/.'],

  ['seattle', 'chicagoNote',
    "“Sessions pushed Trump's border policy despite warnings, Justice Department review finds,” Seattle Times, January 14, 2021, originally published in the Washington Post, https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/."],
  ['seattle', 'chicagoBibliography',
    "Seattle Times. “Sessions pushed Trump's border policy despite warnings, Justice Department review finds.” January 14, 2021. Originally published in the Washington Post. https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/."],
  ['seattle', 'apa',
    "Sessions pushed Trump's border policy despite warnings, Justice Department review finds. (2021, January 14). The Seattle Times. https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/ (Original work published in The Washington Post)"],
  ['seattle', 'mla',
    "“Sessions pushed Trump's border policy despite warnings, Justice Department review finds.” The Seattle Times, 14 Jan. 2021, www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/. Originally published in The Washington Post."],

  ['huffpost', 'chicagoNote',
    "“Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report,” HuffPost, October 7, 2020, https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927."],
  ['huffpost', 'chicagoBibliography',
    "HuffPost. “Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report.” October 7, 2020. https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927."],
  ['huffpost', 'apa',
    "Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report. (2020, October 7). HuffPost. https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927"],
  ['huffpost', 'mla',
    "“Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report.” HuffPost, 7 Oct. 2020, www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927."],

  ['post', 'chicagoNote',
    "“Trump's 'zero tolerance' border policy was pushed aggressively by Jeff Sessions, despite warnings, Justice Dept. review finds,” Washington Post, January 14, 2021, https://www.washingtonpost.com/national/trumps-zero-tolerance-border-policy-was-pushed-aggressively-by-jeff-sessions-despite-warnings-justice-department-review-finds/2021/01/14/b283093a-567a-11eb-89bc-7f51ceb6bd57_story.html."],
  ['post', 'chicagoBibliography',
    "Washington Post. “Trump's 'zero tolerance' border policy was pushed aggressively by Jeff Sessions, despite warnings, Justice Dept. review finds.” January 14, 2021. https://www.washingtonpost.com/national/trumps-zero-tolerance-border-policy-was-pushed-aggressively-by-jeff-sessions-despite-warnings-justice-department-review-finds/2021/01/14/b283093a-567a-11eb-89bc-7f51ceb6bd57_story.html."],
  ['post', 'apa',
    "Trump's 'zero tolerance' border policy was pushed aggressively by Jeff Sessions, despite warnings, Justice Dept. review finds. (2021, January 14). The Washington Post. https://www.washingtonpost.com/national/trumps-zero-tolerance-border-policy-was-pushed-aggressively-by-jeff-sessions-despite-warnings-justice-department-review-finds/2021/01/14/b283093a-567a-11eb-89bc-7f51ceb6bd57_story.html"],
  ['post', 'mla',
    "“Trump's 'zero tolerance' border policy was pushed aggressively by Jeff Sessions, despite warnings, Justice Dept. review finds.” The Washington Post, 14 Jan. 2021, www.washingtonpost.com/national/trumps-zero-tolerance-border-policy-was-pushed-aggressively-by-jeff-sessions-despite-warnings-justice-department-review-finds/2021/01/14/b283093a-567a-11eb-89bc-7f51ceb6bd57_story.html."],
];

describe('citeSource', () => {
  test.each(SOURCE_CASES)('%s, %s', (key, style, expected) => {
    expect(citeSource(source(key))[style].text).toBe(expected);
  });

  test.each(SOURCE_CASES)('%s, %s: segments join to the text', (key, style) => {
    const { text, segments } = citeSource(source(key))[style];
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test.each([
    ['chicagoNote', ['Seattle Times', 'Washington Post']],
    ['chicagoBibliography', ['Seattle Times', 'Washington Post']],
    ['apa', ['The Seattle Times', 'The Washington Post']],
    ['mla', ['The Seattle Times', 'The Washington Post']],
  ] as const)('republished story, %s: italic runs are the two outlets', (style, italics) => {
    const { segments } = citeSource(source('seattle'))[style];
    expect(segments.filter((s) => s.italic).map((s) => s.text)).toEqual(italics);
  });

  test('Chicago note segments, in full', () => {
    expect(citeSource(source('seattle')).chicagoNote.segments).toEqual([
      { text: "“Sessions pushed Trump's border policy despite warnings, Justice Department review finds,” " },
      { text: 'Seattle Times', italic: true },
      { text: ', January 14, 2021, originally published in the ' },
      { text: 'Washington Post', italic: true },
      {
        text: ', https://www.seattletimes.com/nation-world/sessions-pushed-trumps-border-policy-despite-warnings-justice-department-review-finds/.',
      },
    ]);
  });

  test('APA, news website: the title is italic and the site roman', () => {
    const { text, segments } = citeSource(source('huffpost'), { newsWebsite: true }).apa;
    expect(text).toBe(
      "Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report. (2020, October 7). HuffPost. https://www.huffpost.com/entry/jeff-sessions-family-separations-border_n_5f7dafccc5b6e5aba0d2e927",
    );
    expect(segments[0]).toEqual({
      text: "Jeff Sessions, Top DOJ Officials 'Were A Driving Force' Behind Family Separations: Report",
      italic: true,
    });
    expect(segments.filter((s) => s.italic)).toHaveLength(1);
  });

  test.each([
    ['chicagoNote', '“Was the policy legal?” Example Gazette, March 2, 2019, https://example.com/a.'],
    ['chicagoBibliography', 'Example Gazette. “Was the policy legal?” March 2, 2019. https://example.com/a.'],
    ['apa', 'Was the policy legal? (2019, March 2). The Example Gazette. https://example.com/a'],
    ['mla', '“Was the policy legal?” The Example Gazette, 2 Mar. 2019, example.com/a.'],
  ] as const)('a headline ending in "?" keeps its mark and takes no more, %s', (style, expected) => {
    const question: SourceRecord = {
      id: 'gazette-2019-03-02',
      outlet: 'The Example Gazette',
      headline: 'Was the policy legal?',
      published: '2019-03-02',
      url: 'https://example.com/a',
      paragraphs: [],
    };
    expect(citeSource(question)[style].text).toBe(expected);
  });
});

const EVENT = eventRecord('2018-05-conference-call', '2018-05', {
  title: 'Conference call with border prosecutors',
  summary: 'A summary.',
});
const SITE = { siteName: 'Zero Tolerance: A Sourced Chronology', siteUrl: 'https://example.org/timeline/' };
const PERMALINK = 'https://example.org/timeline/events/2018-05-conference-call/';

describe('citeEventPage', () => {
  test.each([
    ['updated', 'chicagoNote',
      `“Conference call with border prosecutors,” Zero Tolerance: A Sourced Chronology, last modified September 3, 2024, ${PERMALINK}.`],
    ['updated', 'chicagoBibliography',
      `Zero Tolerance: A Sourced Chronology. “Conference call with border prosecutors.” Last modified September 3, 2024. ${PERMALINK}.`],
    ['updated', 'apa',
      `Conference call with border prosecutors. (2024, September 3). Zero Tolerance: A Sourced Chronology. ${PERMALINK}`],
    ['updated', 'mla',
      '“Conference call with border prosecutors.” Zero Tolerance: A Sourced Chronology, 3 Sept. 2024, example.org/timeline/events/2018-05-conference-call/.'],
    ['accessed', 'chicagoNote',
      `“Conference call with border prosecutors,” Zero Tolerance: A Sourced Chronology, accessed February 11, 2025, ${PERMALINK}.`],
    ['accessed', 'chicagoBibliography',
      `Zero Tolerance: A Sourced Chronology. “Conference call with border prosecutors.” Accessed February 11, 2025. ${PERMALINK}.`],
    ['accessed', 'apa',
      `Conference call with border prosecutors. (n.d.). Zero Tolerance: A Sourced Chronology. Retrieved February 11, 2025, from ${PERMALINK}`],
    ['accessed', 'mla',
      '“Conference call with border prosecutors.” Zero Tolerance: A Sourced Chronology, example.org/timeline/events/2018-05-conference-call/. Accessed 11 Feb. 2025.'],
    ['both', 'chicagoNote',
      `“Conference call with border prosecutors,” Zero Tolerance: A Sourced Chronology, last modified September 3, 2024, accessed February 11, 2025, ${PERMALINK}.`],
    ['both', 'apa',
      `Conference call with border prosecutors. (2024, September 3). Zero Tolerance: A Sourced Chronology. Retrieved February 11, 2025, from ${PERMALINK}`],
    ['both', 'mla',
      '“Conference call with border prosecutors.” Zero Tolerance: A Sourced Chronology, 3 Sept. 2024, example.org/timeline/events/2018-05-conference-call/. Accessed 11 Feb. 2025.'],
  ] as const)('with %s date, %s', (dates, style, expected) => {
    const options = {
      ...SITE,
      ...(dates !== 'accessed' ? { updated: '2024-09-03' } : {}),
      ...(dates !== 'updated' ? { accessed: '2025-02-11' } : {}),
    };
    expect(citeEventPage(EVENT, options)[style].text).toBe(expected);
  });

  test.each([
    ['apa', ['Conference call with border prosecutors']],
    ['mla', ['Zero Tolerance: A Sourced Chronology']],
    ['chicagoNote', []],
    ['chicagoBibliography', []],
  ] as const)('%s italicises %j', (style, italics) => {
    const { segments } = citeEventPage(EVENT, { ...SITE, updated: '2024-09-03' })[style];
    expect(segments.filter((s) => s.italic).map((s) => s.text)).toEqual(italics);
  });

  test('uses the site name it is given', () => {
    const { mla } = citeEventPage(EVENT, { siteName: 'Another Story', siteUrl: 'https://other.example/' });
    expect(mla.text).toBe('“Conference call with border prosecutors.” Another Story, other.example/events/2018-05-conference-call/.');
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['https://example.org', '/events/a/', 'https://example.org/events/a/'],
    ['https://example.org/', '/events/a/', 'https://example.org/events/a/'],
    ['https://example.org/timeline', '/events/a/', 'https://example.org/timeline/events/a/'],
    ['https://example.org/timeline/', 'events/a/', 'https://example.org/timeline/events/a/'],
  ])('%s + %s', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});

describe('citationToHtml', () => {
  test('italic runs become <i>, text is escaped', () => {
    expect(citationToHtml([{ text: '“A & <B>,” ' }, { text: 'Times', italic: true }, { text: '.' }])).toBe(
      '“A &amp; &lt;B&gt;,” <i>Times</i>.',
    );
  });
});

test.each([
  ['Sessions announces “zero tolerance” in a speech', 'Sessions announces ‘zero tolerance’ in a speech'],
  ['A "straight" title', 'A ‘straight’ title'],
  ["Trump's 'zero tolerance' policy", "Trump's 'zero tolerance' policy"],
])('double quotation marks inside a quoted title become single: %s', (title, nested) => {
  expect(nestQuotes(title)).toBe(nested);
});

test('an event title with quotation marks nests them in a Chicago note', () => {
  const cited = citeEventPage({ ...EVENT, title: 'Sessions announces “zero tolerance” in a speech' }, { siteName: 'Site', siteUrl: 'https://example.org/' });
  expect(cited.chicagoNote.text).toContain('“Sessions announces ‘zero tolerance’ in a speech,”');
});

describe('paragraphs and publisher', () => {
  test.each([
    [[9], { plural: false, text: '9' }],
    [[9, 3], { plural: true, text: '3, 9' }],
    [[4, 3, 5, 5, 9], { plural: true, text: '3–5, 9' }],
    [[2, 3], { plural: true, text: '2, 3' }],
  ])('paragraphList(%j)', (input, expected) => {
    expect(paragraphList(input)).toEqual(expected);
  });

  test('the Chicago note carries the paragraph as a locator; the bibliography, APA and MLA entries do not', () => {
    const plain = citeSource(source('upi'));
    const cited = citeSource(source('upi'), { paragraphs: [9] });
    expect(cited.chicagoNote.text).toBe(
      '“Report: Jeff Sessions pushed zero-tolerance border policy despite concerns,” UPI, January 14, 2021, para. 9, https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-policy-despite-concerns/1021610651431/.',
    );
    expect(citeSource(source('upi'), { paragraphs: [12, 3] }).chicagoNote.text).toContain(', paras. 3, 12, https://');
    for (const style of ['chicagoBibliography', 'apa', 'mla'] as const) expect(cited[style]).toEqual(plain[style]);
  });

  test('in-text citations: APA with "para.", MLA with "par."', () => {
    const { apa, mla } = citeSourceInText(source('upi'), [9]);
    expect(apa.text).toBe('(“Report: Jeff Sessions pushed zero-tolerance border policy despite concerns,” 2021, para. 9)');
    expect(mla.text).toBe('(“Report: Jeff Sessions pushed zero-tolerance border policy despite concerns” par. 9)');
    expect(citeSourceInText(source('upi'), [3, 9]).mla.text).toContain('” pars. 3, 9)');
  });

  const WITH_PUBLISHER = { ...SITE, publisher: 'The Example Desk', updated: '2024-09-03' };
  test.each([
    ['chicagoNote', `“Conference call with border prosecutors,” Zero Tolerance: A Sourced Chronology, The Example Desk, last modified September 3, 2024, ${PERMALINK}.`],
    ['chicagoBibliography', `The Example Desk. “Conference call with border prosecutors.” Zero Tolerance: A Sourced Chronology. Last modified September 3, 2024. ${PERMALINK}.`],
    ['apa', `The Example Desk. (2024, September 3). Conference call with border prosecutors. Zero Tolerance: A Sourced Chronology. ${PERMALINK}`],
    ['mla', '“Conference call with border prosecutors.” Zero Tolerance: A Sourced Chronology, The Example Desk, 3 Sept. 2024, example.org/timeline/events/2018-05-conference-call/.'],
  ] as const)('the publisher in the %s of the chronology', (style, expected) => {
    expect(citeEventPage(EVENT, WITH_PUBLISHER)[style].text).toBe(expected);
  });

  test('a publisher that is the site itself is not named twice', () => {
    expect(citeEventPage(EVENT, { ...SITE, publisher: SITE.siteName })).toEqual(citeEventPage(EVENT, SITE));
  });
});
