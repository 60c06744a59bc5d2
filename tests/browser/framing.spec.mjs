// Issue 14, defect 7 (framing, CSP order) through the browser: the Content-Security-Policy meta tag
// is the first thing in <head>, and inside another site's frame Peerstart does not start (the app is
// not rendered, no database opened) and shows a short message instead (a meta CSP cannot set
// frame-ancestors).

import { expect, test } from './helpers/test.mjs';

const title = 'framed by another page the app does not start; the CSP meta tag comes first in <head>';

test(title, async ({ t }) => {
  const page = await t.newPage();

  // The built index.html: the policy is in force before any script, style or link is met.
  const html = await (await page.request.get(new URL('/', t.baseUrl).href)).text();
  const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
  expect(head).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src (&#39;|')self/);
  expect(
    html.indexOf('Content-Security-Policy') < html.indexOf('<script'),
    'the CSP comes before every script tag',
  ).toBeTruthy();

  // Another page (here an about:blank document of its own) frames the app.
  await page.setContent(
    `<!doctype html><title>Someone else</title><iframe title="framed" src="${new URL('/', t.baseUrl).href}" width="900" height="600"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { name: 'Peerstart kan ikke vises her' }).waitFor();
  await frame.getByText('Open Peerstart directly in the browser.').waitFor();
  expect(await frame.locator('#main').count(), 'the app itself is not rendered').toBe(0);
  expect(await frame.getByRole('button').count(), 'nothing to click inside the frame').toBe(0);
  await t.screenshotTablet(page, 'framing-blocked');

  // Opened directly, the app starts as usual.
  await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
});
