// Vitest runs the unit, content and end-to-end suites; `npm test` builds dist/ first, which e2e
// serves, and a second build for a public address under a sub-path, which the `subpath` project
// serves under that path as a host would.
import { defineConfig } from 'vitest/config';

/** The second build: `npm run build:subpath` writes it, for SITE_URL below. */
export const SUBPATH = { dist: 'tests/.tmp/subpath-dist', base: '/projects/timeline/' } as const;

/** Tests that run the command line in a child process, up to a whole build of their own (slow). */
const BUILD_TESTS = ['tests/content/story-build.test.ts', 'tests/content/cli.test.ts', 'tests/content/deploy-build.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.tmp/vitest-report.json' },
    projects: [
      // Unit, content and browser tests; `npm run test:unit` runs this project's unit and content folders.
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: [...BUILD_TESTS, '**/node_modules/**', 'tests/.tmp/**'] } },
      // The command line run as an editor runs it, and the fixture story built whole: only in `npm test`.
      { extends: true, test: { name: 'build', include: [...BUILD_TESTS] } },
      {
        extends: true,
        test: {
          name: 'subpath',
          // What a sub-path can break: links and anchors, search and filters, data files, headers.
          include: ['tests/e2e/{links,search,data-files,data-files-es,pages,csp,publish}.test.ts'],
          env: { E2E_DIST: SUBPATH.dist, E2E_BASE: SUBPATH.base },
        },
      },
    ],
  },
});
