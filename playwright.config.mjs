// The browser specs (tests/browser/*.spec.mjs) with @playwright/test, in Debian's Chromium, against
// the production build served by vite preview (tests/browser/helpers/global-setup.mjs). Run
// `npm run build` first; `npx playwright test <name-filter>` runs a subset.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/helpers/browser.mjs';

export default defineConfig({
  testDir: 'tests/browser',
  // Traces and failure screenshots; $TEST_OUTPUT moves all output (also the specs' own) elsewhere,
  // e.g. for a second run beside this one.
  outputDir: `${process.env.TEST_OUTPUT ?? 'test-output'}/playwright`,
  globalSetup: './tests/browser/helpers/global-setup.mjs',
  // Two workers, one per CPU of the 2-CPU machine: each launches its own browsers on fresh (or its
  // own temporary) profiles, and starts any server of its own in its own port range
  // (helpers/server.mjs), while all share the one build and its preview server. The specs wait for
  // conditions, never for time, so they hold on a machine this loaded; no retries that would hide a
  // flake. A spec file's tests run in order in one worker.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 2),
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // Per test: a spec takes 5–90 s on a quiet machine and 3–4× that beside a second run or a bench
  // (the touch-target sweep of every screen took 3.2 min in a loaded CI run, over the former 3-min
  // limit). The limit catches a hang, not slowness; a spec that needs more sets its own with
  // test.describe.configure({ timeout }).
  timeout: 480_000,
  // An assertion waits for its condition up to 30 s: beside a second suite (load average 20+ on
  // 2 CPUs) a tab at 4× CPU took more than 10 s to take 20 typed characters.
  expect: { timeout: 30_000 },
  reporter: [['list'], ['./tests/browser/helpers/summary-reporter.mjs']],
  projects: [
    {
      // Every spec, in Debian's Chromium through playwright-core.
      name: 'chromium',
      testMatch: '*.spec.mjs',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        viewport: { width: 1024, height: 768 },
        acceptDownloads: true,
        actionTimeout: 30_000,
        navigationTimeout: 30_000,
        // A failed test keeps its trace (each step's DOM snapshot and the sources), but no screencast:
        // recording screenshots of every frame was 40 % of a spec's CPU (the Role Star alone:
        // 168 → 104 CPU-seconds over all Chromium processes and the runner), and the suite is CPU-bound
        // on two CPUs. The failure's own screenshot below still shows the screen it died on.
        trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
        screenshot: 'only-on-failure',
      },
    },
    {
      // The core journey in WebKit (what every iPad browser runs): WebKitGTK's MiniBrowser through
      // its own WebDriver under xvfb (helpers/webdriver.mjs), installed by scripts/install-browser.sh.
      name: 'webkit',
      testMatch: '*.webkit.mjs',
    },
  ],
});
