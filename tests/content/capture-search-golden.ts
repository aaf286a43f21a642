// Writes tests/fixtures/search-golden/expected.json: the results of GOLDEN_QUERIES on the real content.
// Run once with the engine whose behaviour is the reference: node tests/content/capture-search-golden.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, loadSearchIndex } from '../../src/lib/search.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { GOLDEN_QUERIES } from './search-golden-queries.ts';
import { goldenResult } from './search-golden-results.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = await checkContent(root);
if (!result.ok) throw new Error('content has problems; run npm run check');
const searcher = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(result.chronology))));
const out = GOLDEN_QUERIES.map((q) => goldenResult(searcher, q));
writeFileSync(path.join(root, 'tests/fixtures/search-golden/expected.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.length} queries written`);
