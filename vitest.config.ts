import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{helper,shared,extension,test}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    // Two files at once even on two cores: the browser journeys spend most of their time waiting
    // for the next 30-second code, so Chromium's and Firefox's run side by side.
    maxWorkers: 2,
  },
});
