import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{helper,shared,extension,test}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'dist/**'],
    testTimeout: 20_000,
  },
});
