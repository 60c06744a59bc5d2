// The browser specs (tests/browser/*.spec.mjs) with @playwright/test, in Debian's Chromium, against
// the production build served by vite preview (tests/browser/helpers/global-setup.mjs). Run
// `npm run build` first; `npx playwright test <name-filter>` runs a subset.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/helpers/browser.mjs';

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.mjs',
  // Traces and failure screenshots; $TEST_OUTPUT moves all output (also the specs' own) elsewhere,
  // e.g. for a second run beside this one.
  outputDir: `${process.env.TEST_OUTPUT ?? 'test-output'}/playwright`,
  globalSetup: './tests/browser/helpers/global-setup.mjs',
  // The specs measure timing-sensitive things (typing bursts, a tab killed mid-write) on a 2-CPU
  // machine: one at a time, and no retries that would hide a flake.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // Per test (a spec takes 5–60 s on a quiet machine, up to 3× that beside a second run); a spec that
  // needs more sets its own with test.describe.configure({ timeout }).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/browser/helpers/summary-reporter.mjs']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1024, height: 768 },
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
