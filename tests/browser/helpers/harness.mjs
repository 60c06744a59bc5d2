// The toolbox every browser spec gets (as the Playwright fixture `t`, helpers/test.mjs; the benches
// build it directly): pages with a network guard, CSP and error watchers,
// screenshots at tablet sizes and axe checks. A spec fails on any request that leaves 127.0.0.1,
// any Content-Security-Policy violation and any uncaught page error, whatever else it asserts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launchPersistent } from './browser.mjs';

export const OUTPUT_DIR = process.env.TEST_OUTPUT ?? 'test-output';
/** Whether the specs save their screenshots (see `screenshot`). */
export const SCREENSHOTS = Boolean(process.env.SCREENSHOTS);
export const TABLET_PORTRAIT = { width: 768, height: 1024 };
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/** Builds the toolbox for one spec. */
export function createHarness({ browser, baseUrl, specName, server }) {
  const problems = [];
  const contexts = [];
  // Problems a spec provokes on purpose (e.g. the CSP blocking an injected script): each pattern
  // must occur at least once, and what matches it is not a failure.
  const expected = [];
  const shotDir = join(OUTPUT_DIR, 'screenshots');
  mkdirSync(shotDir, { recursive: true });

  const isLocal = (url) => /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:)/.test(url);

  const watchContext = (context) => {
    contexts.push(context);
    context.on('request', (request) => {
      if (!isLocal(request.url())) problems.push(`request left 127.0.0.1: ${request.url()}`);
    });
    // Collects CSP violations inside the page (init scripts run outside the page's CSP).
    void context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    context.on('page', watchPage);
    for (const page of context.pages()) watchPage(page);
    return context;
  };

  // The page's last console errors and failed requests, for a failure message to say why (a screen
  // that never loaded on a busy CI machine is otherwise read from a screenshot alone).
  const recent = new WeakMap();
  const remember = (page, line) => {
    const lines = recent.get(page) ?? [];
    lines.push(line);
    recent.set(page, lines.slice(-20));
  };

  const watchPage = (page) => {
    page.on('requestfailed', (request) =>
      remember(page, `request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
    );
    page.on('pageerror', (error) =>
      problems.push(`page error: ${error.name}: ${error.message} ${String(error.stack ?? '').slice(0, 300)}`),
    );
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        remember(page, `console ${message.type()}: ${message.text().slice(0, 500)}`);
      }
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
  };

  const t = {
    baseUrl,
    browser,
    specName,
    /** The preview server the suite runs against (`outDir` is the build it serves). */
    server,
    outputDir: OUTPUT_DIR,
    /** A fresh browser context (own storage) with the guards attached. */
    async newContext(options = {}) {
      return watchContext(
        await browser.newContext({ viewport: TABLET_LANDSCAPE, acceptDownloads: true, ...options }),
      );
    },
    /** A page in a fresh context, at 1024×768 unless told otherwise. */
    async newPage(options = {}) {
      const context = await t.newContext(options);
      return context.newPage();
    },
    /** A context on a profile folder that survives closing (to test a browser restart). */
    async persistentContext(userDataDir, options = {}) {
      return watchContext(await launchPersistent(userDataDir, options));
    },
    /**
     * Goes to a path of the app and waits until the app has rendered (over the start picture, if the
     * page showed one). If the page shows its own
     * "Peerstart er ikke startet" notice instead (the entry script's fetch failed: a loaded machine's
     * service worker has aborted one), it does what the notice asks, once, and says so.
     */
    async open(page, path = '/') {
      await page.goto(new URL(path, baseUrl).href);
      const notice = page.locator('.start-failed');
      // The app's own #main, not the inert start picture's (src/storage/start-picture.ts).
      const main = page.locator('#main:not([inert])');
      await main.or(notice).first().waitFor();
      if (await notice.isVisible()) {
        console.log(
          `    ${path}: the app did not start (${t.recentTrouble(page).split('\n').at(-1)}); reloading`,
        );
        await notice.getByRole('link').click();
        await main.waitFor();
      }
    },
    /** Waits until the service worker controls the page (reloading once, as on a first visit). */
    async waitForServiceWorker(page) {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
        await page.reload();
        await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
      }
    },
    /** Waits until every change is committed ("Gemt" shown and nothing pending). */
    async waitForSaved(page) {
      await page.waitForFunction(
        () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'ok',
      );
    },
    /**
     * Saves a full-page screenshot as test-output/screenshots/<name>.png, for people to look at (no
     * spec asserts on one). Only when $SCREENSHOTS is set (`npm run screenshots`): encoding tall
     * pages at two sizes is a large share of the suite's time, and `npm test` needs none of it.
     */
    async screenshot(page, name) {
      if (!SCREENSHOTS) return;
      await page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });
    },
    /** Screenshots the page at both tablet sizes (portrait and landscape). */
    async screenshotTablet(page, name) {
      if (!SCREENSHOTS) return;
      const original = page.viewportSize();
      for (const [label, size] of [
        ['768x1024', TABLET_PORTRAIT],
        ['1024x768', TABLET_LANDSCAPE],
      ]) {
        await page.setViewportSize(size);
        // Laid out and painted at the new size (two frames), not a guessed pause.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
        );
        await t.screenshot(page, `${name}-${label}`);
      }
      if (original) await page.setViewportSize(original);
    },
    /** Runs axe on the page and fails with a readable list when it finds any violation. */
    async axe(page, label) {
      // Only violations are reported: computing the details of every pass is most of axe's time.
      // A page without frames (the app has none) is checked in legacy mode, axe run in the page
      // itself: the default opens a blank page for every check to merge the frames' results, which
      // doubled each check (≈ 1.5 s → 0.7 s on the Role Star screen) and its CPU on a suite that is
      // CPU-bound. A page with frames keeps the default, which also checks inside every frame
      // (legacy mode missed an unlabelled input in a srcdoc frame).
      const result = await new AxeBuilder({ page })
        .setLegacyMode(page.frames().length === 1)
        .options({ resultTypes: ['violations'] })
        .analyze();
      const lines = result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      );
      assert.equal(lines.length, 0, `axe found violations on ${label}:\n${lines.join('\n')}`);
    },
    /**
     * Declares a problem the spec provokes on purpose (a CSP report for an injected script, say):
     * matching problems do not fail the spec, but the pattern must be seen at least once.
     */
    expectProblem(pattern) {
      expected.push({ pattern, seen: 0 });
    },
    /** A Chrome DevTools Protocol session for the page (CPU throttling, crashing the renderer, …). */
    cdp(page) {
      return page.context().newCDPSession(page);
    },
    /** The page's last console errors and warnings and failed requests, one per line. */
    recentTrouble(page) {
      return (recent.get(page) ?? []).join('\n') || '(no console error, warning or failed request)';
    },
    /** Records a problem without stopping the spec (reported at its end). */
    problem(message) {
      problems.push(message);
    },
    /** Checks the guards: CSP violations seen in open pages, requests and page errors. */
    async finish() {
      for (const context of contexts) {
        for (const page of context.pages()) {
          const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
          for (const v of violations) problems.push(`CSP violation: ${v}`);
        }
      }
      await Promise.allSettled(contexts.map((c) => c.close()));
      const unexpected = problems.filter((problem) => {
        const match = expected.find((e) => e.pattern.test(problem));
        if (match) match.seen++;
        return !match;
      });
      for (const e of expected) {
        if (e.seen === 0) unexpected.push(`expected problem never seen: ${e.pattern}`);
      }
      problems.length = 0;
      assert.equal(unexpected.length, 0, `guards failed:\n${unexpected.join('\n')}`);
    },
  };
  return t;
}
