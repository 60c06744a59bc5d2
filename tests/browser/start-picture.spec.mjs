import { caseField, createCase } from './helpers/app.mjs';
import { turnLockOn } from './helpers/lock.mjs';
import { expect, test } from './helpers/test.mjs';

// The start picture (src/storage/start-picture.ts): a cold start shows the case list as it last
// showed before the app's own script has run, inert, and the app renders over it. The service
// worker is blocked so a route can hold the app's entry script back: what shows then is what a
// slow tablet shows while that script is fetched and compiled.
const ENTRY = /\/assets\/start-[^/]+\.js$/;
const PICTURE_KEY = 'peerstart.start-picture.v1';

/** Two cases made through the app, the list seen live and its picture stored. */
async function listSeen(t, page, names) {
  for (const name of names) {
    await createCase(t, page);
    await caseField(page, 'organisation').fill(name);
    await t.waitForSaved(page);
  }
  await t.open(page, '/');
  for (const name of names) await page.getByRole('link', { name }).waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, PICTURE_KEY);
}

/** Loads the start page with the entry script held back until `release()`. */
async function startHeldBack(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(ENTRY, async (route) => {
    await released;
    await route.continue();
  });
  // Not `load`: that waits for the held script.
  await page.goto(page.url(), { waitUntil: 'commit' });
  return release;
}

test('a cold start shows the list before the app has started, inert, and the app takes it over', async ({
  t,
}) => {
  const page = await t.newPage({ serviceWorkers: 'block' });
  await listSeen(t, page, ['Bostedet Lærkebo', 'Café Pusterummet']);
  const release = await startHeldBack(page);

  const cards = page.locator('.case-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.locator('h2').allTextContents()).toEqual(['Café Pusterummet', 'Bostedet Lærkebo']);
  expect(await page.locator('#app > [inert]').count(), 'the header and the list, both inert').toBe(2);
  // Inert: nothing in it can be tapped or focused until the app runs.
  const reachable = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => /Nyt forløb/.test(b.textContent));
    const box = button.getBoundingClientRect();
    button.focus();
    return {
      tapped: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === button,
      focused: document.activeElement === button,
    };
  });
  expect(reachable).toEqual({ tapped: false, focused: false });
  await t.screenshotTablet(page, 'start-picture-before-the-app');

  release();
  await page
    .locator('#main:not([inert])')
    .getByRole('button', { name: /Nyt forløb/ })
    .waitFor();
  await expect(page.locator('[inert]'), 'nothing is inert once the app runs').toHaveCount(0);
  expect(await cards.locator('h2').allTextContents()).toEqual(['Café Pusterummet', 'Bostedet Lærkebo']);
  await t.axe(page, 'the case list after the start picture');
  await createCase(t, page);
  await caseField(page, 'organisation').fill('Recovery-skolen Aarhus');
  await t.waitForSaved(page);
});

test("the app's script never comes: the list stays inert and the notice to reload covers its top", async ({
  t,
}) => {
  const page = await t.newPage({ serviceWorkers: 'block' });
  await listSeen(t, page, ['Bostedet Lærkebo']);
  let aborts = 1;
  await page.route(ENTRY, (route) => (aborts-- > 0 ? route.abort('aborted') : route.continue()));
  await page.goto(page.url());
  await expect(page.locator('[inert] .case-card')).toBeVisible();
  const notice = page.locator('.start-failed');
  await expect(notice.getByText('Peerstart er ikke startet.')).toBeVisible();
  const top = await notice.boundingBox();
  expect(top.y, 'the notice is at the top of the screen').toBe(0);
  await t.axe(page, 'the start picture with the notice to reload');
  await t.screenshotTablet(page, 'start-picture-start-failed');
  await notice.getByRole('link', { name: /Genindlæs siden/ }).click();
  await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
  await expect(notice).toHaveCount(0);
});

test("a deleted case's name leaves the picture at once; with the lock on there is no picture at all", async ({
  t,
}) => {
  const page = await t.newPage({ serviceWorkers: 'block' });
  await listSeen(t, page, ['Bostedet Lærkebo', 'Café Pusterummet']);
  const stored = () => page.evaluate(() => JSON.stringify(localStorage));
  expect(await stored()).toContain('Bostedet Lærkebo');

  await page.getByRole('button', { name: 'Slet Bostedet Lærkebo' }).click();
  await page.getByRole('button', { name: 'Fortryd' }).waitFor();
  expect(await stored(), 'the name is gone from localStorage with the case').not.toContain(
    'Bostedet Lærkebo',
  );

  await turnLockOn(t, page);
  expect(await page.evaluate((key) => localStorage.getItem(key), PICTURE_KEY)).toBeNull();
  expect(await stored(), 'no name readable at rest with the lock on').not.toContain('Café Pusterummet');
  await page.goto(new URL('/', page.url()).href, { waitUntil: 'commit' });
  await page.getByRole('heading', { name: 'Peerstart er låst' }).waitFor();
  await expect(page.locator('.case-card')).toHaveCount(0);
});
