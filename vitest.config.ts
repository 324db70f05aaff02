import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{electron,shared,renderer,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'out/**', 'tests/e2e/**', 'tests/electron/**'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20_000,
  },
});
