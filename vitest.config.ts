import { defineConfig } from 'vitest/config';
import { BROWSER_KINDS, e2eBrowsers } from './test/kit/choice.js';

/** `npm start` on a virtual display, with real browsers: run by `npm test`, not by test:unit. */
const START_TEST = 'test/integration/start-opens-browser.test.ts';
/** The browsers left out by E2E_BROWSERS: their files are not collected at all (nothing is skipped). */
const unchosen = BROWSER_KINDS.filter((kind) => !e2eBrowsers().includes(kind));
/** The order the e2e journeys run in: E2E_SEED repeats one, otherwise a new one each run (printed). */
const seed = process.env['E2E_SEED'] === undefined || process.env['E2E_SEED'] === '' ? Math.floor(Math.random() * 1_000_000) : Number(process.env['E2E_SEED']);

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'dist/**'],
    // Four files at once on two cores: a browser file spends much of its time waiting on another
    // process (the helper, the browser's own processes), so two more files fill that time. Measured
    // on the 2-core machine: the e2e project took 407 s with 2 workers and 298 s with 4.
    maxWorkers: 4,
    // The seed every shuffle uses. Vitest takes `sequence` from here only (a project's own is not
    // passed on), so the e2e journeys shuffle through their describe's `shuffle` option.
    sequence: { seed },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{helper,shared,extension,test}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'dist/**', 'test/e2e/**', 'test/build/**', START_TEST],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Reads what `npm run build` wrote to dist/ (the size budgets): run by npm test, after the build.
        test: { name: 'build', include: ['test/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'start', include: [START_TEST], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**', ...unchosen.map((kind) => `test/e2e/${kind}*.e2e.test.ts`)],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['test/e2e/support/print-seed.ts', 'test/e2e/support/accessibility-summary.ts'],
        },
      },
    ],
  },
});
