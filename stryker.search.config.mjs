// Mutation testing of the search engine alone (`npm run test:mutation:search`): its modules, against
// the search modules' table tests and the engine's unit tests, run in one bare Node process per mutant
// (tests/mutation/run.ts), since Vitest's start-up would cost more than the tests. Otherwise as
// stryker.config.mjs. Last run: 85.3% of 1,364 mutants (2026-12-03).
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  commandRunner: { command: 'node tests/mutation/run.ts tests/unit/search-modules.test.ts tests/unit/search.test.ts tests/unit/search-cards.test.ts' },
  mutate: ['src/lib/search/**/*.ts', '!src/lib/search/index.ts', '!src/lib/search/types.ts'],
  incrementalFile: 'tests/.tmp/mutation/search-incremental.json',
  htmlReporter: { fileName: 'tests/.tmp/mutation/search.html' },
  jsonReporter: { fileName: 'tests/.tmp/mutation/search.json' },
};
