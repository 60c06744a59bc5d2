import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './helpers/test.mjs';

const title = 'the built index.html carries the CSP, and an injected inline script or eval does not run';

test(title, async ({ t }) => {
  // The policy is in the built file itself (a meta tag), so it holds on any static host.
  const html = readFileSync(join(t.server.outDir, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  t.assert.ok(meta, 'index.html has a Content-Security-Policy meta tag');
  const policy = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
  ]) {
    t.assert.ok(policy.includes(directive), `CSP has ${directive}`);
  }
  t.assert.doesNotMatch(
    policy,
    /unsafe-inline|unsafe-eval|\*/,
    'CSP allows no inline code, eval or wildcard',
  );
  t.assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'index.html has no inline script');

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
  t.assert.equal(await page.evaluate(() => window.__x), undefined, 'injected inline script did not run');
  t.assert.equal(await page.evaluate(() => window.__y), undefined, 'injected inline handler did not run');
  // A string timer is eval in disguise: it must not run either (DevTools' own evaluate is exempt
  // from the page's CSP, so eval is provoked from a timer the page itself schedules).
  const reported = await page.evaluate(() => window.__cspViolations.length);
  await page.evaluate(() => setTimeout('window.__z = 1', 0));
  await page.waitForFunction((n) => window.__cspViolations.length > n, reported);
  t.assert.equal(await page.evaluate(() => window.__z), undefined, 'a string timer (eval) did not run');
  const violations = await page.evaluate(() => window.__cspViolations);
  t.assert.ok(violations.length >= 2, `the browser reported the violations: ${violations.join('; ')}`);
});
