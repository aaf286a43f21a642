// Mutation testing of src/lib/ (`npm run test:mutation`, not part of `npm test`): Stryker changes
// the code one small edit at a time (a flipped comparison, an emptied string, a removed call) and
// runs the unit tests against each change; a change no test notices is a "survivor". The run fails
// when the score drops below `thresholds.break`, set where the tests stand now.
// One file while you work: `npm run test:mutation -- --mutate src/lib/dates.ts`.
// Stryker's vitest runner (9.6.1, its latest) does not switch mutants on under Vitest 5: every mutant
// outside module scope "survives", even one that empties a function. So each mutant runs the unit
// tests as a command, which switches it on through __STRYKER_ACTIVE_MUTANT__ in the environment.
// MUTATION_TESTS narrows the test files for a one-file run:
//   MUTATION_TESTS=tests/unit/dates.test.ts npm run test:mutation -- --mutate src/lib/dates.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: `npx vitest run --config vitest.mutation.config.ts --reporter=dot --bail=1 ${process.env.MUTATION_TESTS ?? ''}`.trim() },
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'off',
  // The machine is shared: one or two test processes at a time.
  concurrency: 2,
  timeoutMS: 20_000,
  // Re-runs only mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'tests/.tmp/mutation/incremental.json',
  // Under tests/.tmp/, which git, tsc and the Vitest projects all leave out.
  tempDirName: 'tests/.tmp/stryker',
  // tests/fixtures/bad/broken-link is a deliberately broken symbolic link (a content-check fixture), which
  // Stryker cannot copy into its sandbox.
  ignorePatterns: ['dist', '.build', '.astro', 'tests/.tmp', 'bench-results', 'tests/e2e', 'tests/bench', 'tests/fixtures/bad/broken-link'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tests/.tmp/mutation/index.html' },
  jsonReporter: { fileName: 'tests/.tmp/mutation/report.json' },
  // break: where the tests stand (2026-12-02 evening): the content check with dates.ts 87.4% of 1,520
  // mutants (verify.ts 95.8%, src/lib/rules/ but the Spanish ones 84.8%, dates.ts 93.8%), the Spanish
  // rules 94.8% and 99.2%, chronology.ts 97.2%, examples 88.4%; the search engine 84.8%.
  thresholds: { high: 90, low: 80, break: 80 },
};
