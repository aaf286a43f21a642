// The tests Stryker runs against each mutant of src/lib/ (`npm run test:mutation`): the unit tests,
// which test src/lib/ directly, and the bad-content fixtures, which prove each content rule; none
// needs a build. Files share one module cache per worker (no isolation): a mutant run is
// dominated by importing the engine, and the tests keep no state between files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/bad-content.test.ts'],
    isolate: false,
    testTimeout: 30_000,
  },
});
