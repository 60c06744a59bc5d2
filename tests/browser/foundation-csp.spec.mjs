import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/test.mjs';

const title = 'the built index.html carries the CSP, and an injected inline script or eval does not run';

test(title, async ({ t }) => {
  // The policy is in the built file itself (a meta tag), so it holds on any static host.
  const html = readFileSync(join(t.server.outDir, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  expect(meta, 'index.html has a Content-Security-Policy meta tag').toBeTruthy();
  const policy = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
  ]) {
    expect(policy.includes(directive), `CSP has ${directive}`).toBeTruthy();
  }
  expect(policy, 'CSP allows no inline code, eval or wildcard').not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(html, 'index.html has no inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  // The browser enforces it: these violations are provoked on purpose.
  t.expectProblem(/inline script|script-src-elem|script-src/);
  const page = await t.newPage();
  await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__x = 1';
    document.body.append(script);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="/missing-image.png" onerror="window.__y = 1" alt="">',
    );
  });
  // Both are reported once the browser has refused them (the image's handler once the image failed).
  await page.waitForFunction(() => window.__cspViolations.length >= 2);
  expect(await page.evaluate(() => window.__x), 'injected inline script did not run').toBe(undefined);
  expect(await page.evaluate(() => window.__y), 'injected inline handler did not run').toBe(undefined);
  // A string timer is eval in disguise: it must not run either (DevTools' own evaluate is exempt
  // from the page's CSP, so eval is provoked from a timer the page itself schedules).
  const reported = await page.evaluate(() => window.__cspViolations.length);
  await page.evaluate(() => setTimeout('window.__z = 1', 0));
  await page.waitForFunction((n) => window.__cspViolations.length > n, reported);
  expect(await page.evaluate(() => window.__z), 'a string timer (eval) did not run').toBe(undefined);
  const violations = await page.evaluate(() => window.__cspViolations);
  expect(
    violations.length >= 2,
    `the browser reported the violations: ${violations.join('; ')}`,
  ).toBeTruthy();
});
