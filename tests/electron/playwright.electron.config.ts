import { defineConfig } from '@playwright/test';

/** The live desktop app through Playwright's `_electron`; needs `electron-vite build` first. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.electron.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['./skip-reasons-reporter.ts']],
});
