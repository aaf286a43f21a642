// The downloadable data files: their paths, formats and descriptions, shared by /data/ and its JSON-LD.
export const DATA_FILES = [
  { path: '/data/events.json', encodingFormat: 'application/json', name: 'Events (JSON)', description: 'Every event with its EDTF date, the ISO days that bound it, its precision, the date in words, people, themes, permalink and citations.' },
  { path: '/data/events.schema.json', encodingFormat: 'application/schema+json', name: 'Events JSON Schema', description: 'A JSON Schema (draft 2020-12) for events.json, generated from the same schema that checks the file when it is built.' },
  { path: '/data/events.csv', encodingFormat: 'text/csv', name: 'Events (CSV)', description: 'One row per event (RFC 4180, UTF-8, comma-separated, CRLF line ends). People and themes are ids joined by semicolons.' },
  { path: '/data/citations.csv', encodingFormat: 'text/csv', name: 'Citations (CSV)', description: 'One row per citation: the event, the article, the exact quote and its paragraph.' },
  { path: '/data/sources.json', encodingFormat: 'application/json', name: 'Sources (JSON)', description: 'The articles: outlet, headline, publication date, original address and notes.' },
  { path: '/data/events.ics', encodingFormat: 'text/calendar', name: 'Calendar (iCalendar)', description: 'One all-day entry per event (RFC 5545). An event known only to the month or year spans that whole month or year and says the day is not known.' },
  { path: '/feed.xml', encodingFormat: 'application/rss+xml', name: 'Feed (RSS)', description: 'The events as an RSS feed, in chronological order.' },
] as const;
