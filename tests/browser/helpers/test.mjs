// The Playwright fixture every browser spec uses: `t`, the same toolbox the old home-made runner
// passed to a spec (helpers/harness.mjs): t.newPage, t.newContext, t.persistentContext,
// t.open, t.waitForServiceWorker, t.waitForSaved, t.screenshot, t.screenshotTablet, t.axe,
// t.expectProblem, t.cdp, t.problem, t.baseUrl, t.server, t.outputDir, t.specName, t.browser.
// Its guards hold for every test: a request that leaves 127.0.0.1, a CSP violation or an uncaught
// page error fails the test after its body ran (unless declared with t.expectProblem).
//
// Converting a spec written in the old format is mechanical:
//   export default async function (t) { … }
// becomes
//   import { test } from './helpers/test.mjs';
//   test(title, async ({ t }) => { … });
// and `export const title` becomes `const title` (Biome forbids exports from a test file; shared
// set-up belongs in helpers/). Several test() calls in one file are fine. Waits are on conditions
// (locator waits, expect.poll, page.waitForFunction), never page.waitForTimeout. Run one spec with
// `npx playwright test <name-filter>` after `npm run build`.
import { basename } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createHarness } from './harness.mjs';

export { expect };

export const test = base.extend({
  t: async ({ browser }, use, testInfo) => {
    const baseUrl = process.env.PEERSTART_BASE_URL;
    if (!baseUrl) throw new Error('PEERSTART_BASE_URL is not set: run the specs with `npx playwright test`.');
    const server = {
      baseUrl,
      port: Number(new URL(baseUrl).port),
      outDir: process.env.PEERSTART_DIST_DIR,
    };
    const t = createHarness({
      browser,
      baseUrl,
      specName: basename(testInfo.file).replace(/\.spec\.mjs$/, ''),
      server,
    });
    await use(t);
    await t.finish();
  },
});
