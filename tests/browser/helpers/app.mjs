// Peerstart-specific steps the browser specs share: creating a case through the UI, reaching its
// fields, and reading what IndexedDB really holds (raw IndexedDB, not the app's own code, so a
// test compares the screen with the stored truth).
import { expect } from '@playwright/test';

/** The case form's text fields, by the `name` attribute CaseDetails gives them. */
export const CASE_TEXT_FIELDS = ['organisation', 'unit', 'roleTitle', 'managerName', 'peerName', 'note'];

/** The locator of one case field (input or textarea) by its name. */
export function caseField(page, name) {
  return page.locator(`[name="${name}"]`);
}

/** Creates a case with "Nyt forløb" on the case list and returns its id (the page is on its overview). */
export async function createCase(t, page) {
  if (new URL(page.url()).pathname !== '/' || !(await page.locator('#main').count())) await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  await page.waitForURL(/\/cases\/[^/?]+/);
  await caseField(page, 'organisation').waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
}

/** Opens a case's overview with its "Om forløbet" details unfolded. */
export async function openCase(t, page, caseId) {
  await t.open(page, `/cases/${caseId}`);
  await page.locator('details.case-details-card').waitFor();
  await showCaseDetails(page);
}

/**
 * Waits until a tool screen has loaded: its frame (`.tool-body`) shows a loading line while the tool's
 * data is read, and only then its controls. Waiting for the frame alone let a spec look for a field
 * too early on a busy machine, find none, type nothing and then wait in vain for "Gemt". If no
 * control appears, the error says what the page showed (with the harness `t`, also its console).
 */
export async function waitForToolLoaded(page, tool, t) {
  await page
    .locator('.tool-body')
    .locator('button:visible, input:visible, textarea:visible, select:visible, a[href]:visible')
    .first()
    .waitFor()
    .catch(async (error) => {
      const shown = await page
        .locator('body')
        .innerText({ timeout: 5_000 })
        .catch((reason) => `(unreadable: ${reason.message})`);
      throw new Error(
        `${tool}: no control appeared in the tool at ${page.url()}; the page showed:\n${shown.slice(0, 1500)}\n` +
          `${t ? `the page's console and failed requests:\n${t.recentTrouble(page)}\n` : ''}${error.message}`,
      );
    });
}

/** Opens one tool of a case and waits until it has loaded (see waitForToolLoaded). */
export async function openTool(t, page, caseId, tool) {
  await t.open(page, `/cases/${caseId}/${tool}`);
  await waitForToolLoaded(page, tool, t);
}

/** Unfolds the case details on the current overview if they are folded. */
export async function showCaseDetails(page) {
  const details = page.locator('details.case-details-card');
  if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
  await caseField(page, 'organisation').waitFor();
}

/**
 * Waits until the app has created its database. The app opens it only after its first paint
 * (src/after-paint.ts), so "Nyt forløb" can be on screen before it exists, and opening it from a
 * spec first would create an empty database of version 1 under the app's feet: the spec's
 * transaction then finds no store, and the app's own open waits for ever behind that connection.
 * Polled in the page, not with `page.waitForFunction`: that takes a predicate's promise itself as
 * the truthy answer and returned at once, which is how a loaded run's seed once beat the app to it.
 * Dexie's native version is its schema version × 10, so the app's database is at 10 or more.
 */
export async function waitForAppDatabase(page, { timeout = 30_000 } = {}) {
  const created = await page.evaluate(async (timeout) => {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const list = await indexedDB.databases();
      if (list.some((d) => d.name === 'peerstart' && d.version >= 10)) return true;
      // The next look (a poll, as waitForFunction's; timers also run in a tab in the background).
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }, timeout);
  if (!created) throw new Error(`The app did not create its database within ${timeout / 1000} s`);
}

/** Reads records straight from IndexedDB ("peerstart") in the page: `store` and an optional key. */
export async function readStore(page, store, key) {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(key === undefined ? [] : undefined);
            return;
          }
          const os = db.transaction(store, 'readonly').objectStore(store);
          const request = key === undefined ? os.getAll() : os.get(key);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { store, key },
  );
}

/** The stored case record (raw IndexedDB). */
export function readCase(page, caseId) {
  return readStore(page, 'cases', caseId);
}

/** Waits until the stored value of a case field equals `expected` (or fails with what is stored). */
export async function waitForStoredField(page, caseId, field, expected, timeout = 10_000) {
  await expect
    .poll(async () => (await readCase(page, caseId))?.[field], {
      message: `stored ${field} of case ${caseId}`,
      timeout,
    })
    .toBe(expected);
}

/** Resolves after the page has painted twice (layout, styles and a render triggered now are done). */
export function nextFrames(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * A simulated user's timing, not a wait for a condition: the user (or the OS killing the tab) acts
 * `ms` after the last thing the test did. Use only where the delay itself is what is being tested.
 */
export function userPause(page, ms) {
  return page.waitForTimeout(ms);
}

/** Asserts field by field that the stored case and the form on screen both hold `expected`. */
export async function assertCaseFields(page, caseId, expected) {
  const stored = await readCase(page, caseId);
  expect(stored, `case ${caseId} is stored`).toBeTruthy();
  for (const [field, value] of Object.entries(expected)) {
    expect(stored[field], `stored ${field}`).toBe(value);
    if (await caseField(page, field).count()) {
      expect(await caseField(page, field).inputValue(), `${field} on screen`).toBe(value);
    }
  }
}

/** The status text of the save indicator ("Gemt", "Gemmer …", "Ikke gemt") or ''. */
export function saveState(page) {
  return page.evaluate(
    () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? '',
  );
}

/** Puts a record straight into IndexedDB (as an older version of the app could have stored it). */
export async function putRecord(page, store, record) {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ store, record }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, record },
  );
}
