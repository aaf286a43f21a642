// The tests Stryker runs against each mutant of src/lib/ (`npm run test:mutation`): the unit tests
// only, which test src/lib/ directly and need no build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
