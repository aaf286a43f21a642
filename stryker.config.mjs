// Mutation testing of src/lib/ (`npm run test:mutation`, not part of `npm test`): Stryker changes
// the code one small edit at a time (a flipped comparison, an emptied string, a removed call) and
// runs the unit tests against each change; a change no test notices is a "survivor". The run fails
// when the score drops below `thresholds.break`, set where the tests stand now.
// One file while you work: `npm run test:mutation -- --mutate src/lib/dates.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared: one or two test processes at a time.
  concurrency: 2,
  timeoutMS: 20_000,
  // Re-runs only mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'tests/.tmp/mutation/incremental.json',
  // Outside tests/, so no test glob picks up the sandbox's copies of the tests.
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', '.build', '.astro', 'tests/.tmp', 'bench-results', 'tests/e2e', 'tests/bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tests/.tmp/mutation/index.html' },
  jsonReporter: { fileName: 'tests/.tmp/mutation/report.json' },
  thresholds: { high: 90, low: 75, break: 70 },
};
