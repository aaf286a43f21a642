// The real chronology and a searcher over its index, as the content search tests share them: the index
// round-trips through JSON, as the browser receives it.
import path from 'node:path';
import { buildSearchIndex, loadSearchIndex, type Searcher } from '../../src/lib/search.ts';
import type { Chronology } from '../../src/lib/records.ts';
import { checkContent } from '../../src/node/check-content.ts';

export async function loadRealSearch(): Promise<{ chronology: Chronology; searcher: Searcher }> {
  const result = await checkContent(path.resolve(import.meta.dirname, '../..'));
  if (!result.ok) throw new Error('content has problems; run npm run check');
  return { chronology: result.chronology, searcher: loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(result.chronology)))) };
}
