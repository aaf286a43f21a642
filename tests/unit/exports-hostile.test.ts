// Hostile text in the exports: the feed is well-formed XML 1.0 (a strict parser), the calendar
// parses with ical.js to the same visible words, and CSV cells never start a formula.
import { getRssString } from '@astrojs/rss';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { eventsToCsv } from '../../src/lib/csv.ts';
import { feedItems, xmlText } from '../../src/lib/feed.ts';
import { eventsToIcs } from '../../src/lib/ics.ts';
import { ABC_NEWS, eventRecord } from './records-fixtures.ts';

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const HOSTILE = [
  `controls ${C0} and DEL \u007f and C1 \u0085\u009b`,
  'markup <script>alert(1)</script> & ]]> <![CDATA[ x ]]> &amp; &#0;',
  'noncharacters \uFFFE\uFFFF and a lone surrogate \uD800 here',
  'separators \u2028 line \u2029 paragraph, bidi \u202E reversed \u202C',
  '=HYPERLINK("https://evil.example","click") ; , \\ backslash',
  '@SUM(1+1)',
  '-2+3',
];

const events = HOSTILE.map((text, i) => eventRecord(`2018-05-hostile-${i}`, '2018-05', { sources: [ABC_NEWS.id], title: text, summary: text }));

function parseXml(xml: string): string[] {
  const errors: string[] = [];
  const texts: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => errors.push(error.message));
  parser.on('text', (t) => texts.push(t));
  parser.on('cdata', (t) => texts.push(t));
  parser.write(xml).close();
  expect(errors).toEqual([]);
  return texts;
}

describe('feed', () => {
  test('hostile titles and summaries make a well-formed feed that keeps the visible words', async () => {
    const xml = await getRssString({ title: xmlText(`Site ${C0}`), description: 'd', site: 'https://example.org/', items: feedItems(events) });
    const text = parseXml(xml).join('');
    expect(text).toContain('markup <script>alert(1)</script> & ]]>');
    expect(text).toContain('=HYPERLINK("https://evil.example","click")');
  });
  test('xmlText removes exactly what XML 1.0 cannot carry', () => {
    expect(xmlText(`a${C0}b`)).toBe('a\t\n\rb');
    expect(xmlText('x\uFFFE\uFFFF\uD800y 👨‍👩‍👧')).toBe('xy 👨‍👩‍👧');
  });
});

describe('calendar', () => {
  test('hostile text makes a calendar ical.js reads, with each summary on one line', () => {
    const ics = eventsToIcs(events, [ABC_NEWS], { calendarName: `Cal ${C0}`, host: 'example.org', siteUrl: 'https://example.org/', dtstamp: '2026-01-01T00:00:00Z' });
    for (const line of ics.split('\r\n').slice(0, -1)) expect(line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(events.length);
    const summaries = vevents.map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries[1]).toBe('markup <script>alert(1)</script> & ]]> <![CDATA[ x ]]> &amp; &#0; (May 2018; the day is not known)');
    expect(summaries[4]).toContain('=HYPERLINK("https://evil.example","click") ; , \\ backslash');
    expect(summaries[0]).toMatch(/^controls \t\n\n and DEL  and C1 \u0085\u009b/);
  });
});

describe('CSV', () => {
  test('no parsed cell starts a formula', () => {
    const rows = parseCsv(eventsToCsv(events), { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(rows).toHaveLength(events.length);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[4]!['title']).toBe(`'${HOSTILE[4]}`);
  });
});
