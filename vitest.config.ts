/**
 * Two projects (`npm test` runs both; `npm run test:unit` the first alone):
 * - `unit`: what a developer runs before every commit. In-process only: no build, no spawned
 *   CLI, no worker threads, no browser, no long property runs.
 * - `e2e`: esereport as users get it. One build (tsc + bundle) into a temporary folder, made once
 *   by test/support/e2e-build.ts and handed to the tests through `inject('e2eBuild')`; then the
 *   spawned command, the parse workers, Chromium, the package install, the single executable,
 *   and the property runs scaled by ESEREPORT_PROPERTY_RUNS (test/hostile/pipeline.ts).
 * A test file is unit unless it is listed here.
 */
import { defineConfig } from 'vitest/config';

const E2E = [
  // The built command, spawned (package.json's bin).
  'test/cli/spawn.test.ts',
  // Parse workers, from the build (worker threads load compiled JavaScript).
  'test/cli/parallel.test.ts',
  // npm pack → npm install -g, and the single executable.
  'test/package/install.test.ts',
  'test/package/executable.test.ts',
  // Chromium (test/support/chromium.ts).
  'test/render/browser.test.ts',
  'test/**/*.browser.test.ts',
  // Property runs scaled by ESEREPORT_PROPERTY_RUNS.
  'test/hostile/properties.test.ts',
  'test/hostile/cli.test.ts',
  'test/hostile/conflicts.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E } },
      // Long runs: a property over worker reads takes most of a minute on a quiet 2-core machine.
      { extends: true, test: { name: 'e2e', include: E2E, globalSetup: ['test/support/e2e-build.ts'], testTimeout: 180_000 } },
    ],
  },
});
