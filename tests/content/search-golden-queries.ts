// The fixed queries whose results on the real content must not change when the engine changes:
// words, prefixes while typing, typos, quoted phrases, dates, filters, glossary synonyms, no-result queries.
import type { SearchFilters } from '../../src/lib/search.ts';

export interface GoldenQuery {
  query: string;
  /** Filters applied to the hits, as the timeline applies them. */
  filters?: SearchFilters;
  /** As the search box sends it while typing (last word a prefix) or after the pause (default true). */
  prefix?: boolean;
}

export const GOLDEN_QUERIES: GoldenQuery[] = [
  // words
  { query: 'Sessions' }, { query: 'report' }, { query: 'beds' }, { query: 'caravans' }, { query: 'children' },
  { query: 'take away children' }, { query: 'El Paso' }, { query: '72-hour' }, { query: 'zero tolerance' },
  { query: 'the inspector general' }, { query: 'Rosenstein Sessions' }, { query: 'Sessions warehouse nothing' },
  // prefixes while typing
  { query: 'ros' }, { query: 'sep' }, { query: 'prosec' }, { query: 'inspector gen' }, { query: 'ch' },
  { query: 'sep', prefix: false },
  // typos
  { query: 'Rosenstien' }, { query: 'Nielson' }, { query: 'Gelernt' }, { query: 'Whittaker' }, { query: 'seperation' },
  { query: 'prosecuton' }, { query: 'imigration' },
  // phrases in quotes
  { query: '"take away children"' }, { query: '"take children away"' }, { query: '"children take away"' },
  { query: '"zero tolerance" Sessions' }, { query: '"inspector general" report' }, { query: '"we need to take away children"' },
  { query: '"nowhere at all"' },
  // dates
  { query: 'May 2018' }, { query: '2019' }, { query: 'June 2018 memo' }, { query: 'april' },
  // filters
  { query: 'report', filters: { actor: 'rod-rosenstein', year: 2021 } },
  { query: '', filters: { theme: 'warnings' } },
  { query: '', filters: { year: 2018, outlet: 'upi-2021-01-14' } },
  { query: 'children', filters: { theme: 'families' } },
  { query: 'memo', filters: { actor: 'jeff-sessions' } },
  // glossary synonyms
  { query: 'ORR' }, { query: 'EOUSA' }, { query: 'OAG' }, { query: 'USMS' }, { query: 'CBP' }, { query: 'DHS' },
  { query: 'Office of Refugee Resettlement' }, { query: 'Executive Office for United States Attorneys' },
  // article text only
  { query: 'Officer of Inspector General' },
  // no result, blank
  { query: 'xylophone' }, { query: 'qqqq zzzz' }, { query: '"children xylophone"' }, { query: '!!!' }, { query: 'the' },
];
