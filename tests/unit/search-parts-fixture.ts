// A tiny chronology for the search modules' table tests: few enough words to reason about by hand.
// Dates are written out rather than parsed, so the file loads without the date grammar (the mutation
// run starts a process per mutant).
import type { EventRecord, SourceRecord } from '../../src/lib/records.ts';
import type { SearchIndexInput } from '../../src/lib/search.ts';

const DATES: Record<string, Pick<EventRecord, 'start' | 'end' | 'precision' | 'label'>> = {
  '2018-03': { start: '2018-03-01', end: '2018-03-31', precision: 'month', label: 'March 2018' },
  '2018-05-02': { start: '2018-05-02', end: '2018-05-02', precision: 'day', label: 'May 2, 2018' },
  '2019': { start: '2019-01-01', end: '2019-12-31', precision: 'year', label: '2019' },
  '2020-07-09': { start: '2020-07-09', end: '2020-07-09', precision: 'day', label: 'July 9, 2020' },
};

function eventRecord(id: string, date: string, o: Partial<EventRecord>): EventRecord {
  return { id, date, ...DATES[date]!, approximate: false, url: `/events/${id}/`, actors: [], tags: [], citations: [], sources: [], ...o } as unknown as EventRecord;
}

export const source: SourceRecord = {
  id: 'src-a',
  outlet: 'The Ledger',
  headline: 'Headline',
  published: '2021-01-14',
  url: 'https://example.org/a',
  paragraphs: ['The harbour board delayed the bridge repairs again.', 'Residents asked for a public meeting about the bridge.', 'Nothing here but ferries.'],
};

const cite = (quote: string, paragraph: number) => [{ source: 'src-a', quote, paragraph, url: '', provenance: { kind: 'outlet' as const } }];

/** Events in date order: documents 0–3; paragraphs are documents 4–6. */
export const tiny: SearchIndexInput = {
  events: [
    eventRecord('e-bridge', '2018-03', { title: 'Bridge repairs delayed', summary: 'The board delayed the bridge repairs.', actors: ['board'], tags: ['works'], citations: cite('delayed the bridge repairs', 1) }),
    eventRecord('e-meeting', '2018-05-02', { title: 'Residents ask for a meeting', summary: 'Residents asked for a public meeting.', citations: cite('asked for a public meeting', 2) }),
    eventRecord('e-ferry', '2019', { title: 'Ferry contract signed', summary: 'The ferry contract was signed; repairs to bridges waited.', actors: ['board'], tags: ['transport'] }),
    eventRecord('e-bridges', '2020-07-09', { title: 'Bridges inspected', summary: 'Inspectors looked at every bridge.', tags: ['works'] }),
  ],
  sources: [source],
  actors: [{ id: 'board', name: 'Harbour Board', kind: 'organisation', role: 'Port authority', aliases: ['HB'], citations: [] }],
  themes: [
    { id: 'works', title: 'Public works', description: '' },
    { id: 'transport', title: 'Transport', description: '' },
  ],
};
