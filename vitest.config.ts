// Vitest runs the unit, content and end-to-end suites; the e2e suite builds and serves the site itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
