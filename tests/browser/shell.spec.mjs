import { caseField, createCase, openCase } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'create a case, go offline, reload: the case is there, and every route opens offline from a fresh navigation';

test(title, async ({ t }) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  const caseId = await createCase(t, page);
  await page.getByLabel('Organisation').fill('Bostedet Åbrinken');
  await page.getByLabel('Leder').fill('Søren Ørsted');
  await t.waitForSaved(page);

  const context = page.context();
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Organisation').waitFor();
  expect(await page.getByLabel('Organisation').inputValue()).toBe('Bostedet Åbrinken');
  await t.open(page, '/');
  await page.getByRole('link', { name: /Bostedet Åbrinken/ }).waitFor();

  // Fresh navigations (typed address, bookmark) to every kind of route, with no network at all.
  const fresh = await context.newPage();
  await t.open(fresh, '/settings');
  await fresh.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
  await t.open(fresh, '/sources');
  await fresh.getByRole('heading', { level: 1 }).waitFor();
  expect(await fresh.locator('h1').textContent()).toMatch(/Kilder/);
  await openCase(t, fresh, caseId);
  expect(await caseField(fresh, 'managerName').inputValue()).toBe('Søren Ørsted');
  await t.open(fresh, '/no/such/page');
  await fresh.getByRole('heading', { level: 1, name: 'Siden findes ikke.' }).waitFor();

  // The app still works offline: an edit made now is saved.
  await openCase(t, fresh, caseId);
  await caseField(fresh, 'unit').fill('Nattevagten');
  await t.waitForSaved(fresh);
  await fresh.reload();
  await openCase(t, fresh, caseId);
  expect(await caseField(fresh, 'unit').inputValue()).toBe('Nattevagten');
  await context.setOffline(false);
});
