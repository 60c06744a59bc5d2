import { caseField, createCase, openCase, readCase, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'storage is full: a clear message, the text stays on screen, and it is saved once there is room again';

const BANNER = 'Der er ikke plads på enheden';

test(title, async ({ t }) => {
  const page = await t.newPage();
  // While window.__failWrites is true, every IndexedDB write fails as on a full disk.
  await page.addInitScript(() => {
    window.__failWrites = false;
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const [proto, names] of [
      [IDBObjectStore.prototype, ['put', 'add']],
      [IDBCursor.prototype, ['update']],
    ]) {
      for (const name of names) {
        const original = proto[name];
        proto[name] = function (...args) {
          if (window.__failWrites) throw full();
          return original.apply(this, args);
        };
      }
    }
  });
  const caseId = await createCase(t, page);
  await caseField(page, 'organisation').pressSequentially('Væksthuset');
  await waitForStoredField(page, caseId, 'organisation', 'Væksthuset');

  // The disk fills up while the user types.
  await page.evaluate(() => {
    window.__failWrites = true;
  });
  await caseField(page, 'organisation').pressSequentially(' i Aarhus');
  const banner = page.getByRole('alert').filter({ hasText: BANNER });
  await banner.waitFor({ timeout: 5000 });
  expect(await caseField(page, 'organisation').inputValue(), 'typed text stays').toBe('Væksthuset i Aarhus');
  expect(
    await page.locator('[data-save-state]').getAttribute('data-save-state'),
    'the indicator says "Ikke gemt"',
  ).toBe('error');
  await t.axe(page, 'quota banner');
  await t.screenshotTablet(page, 'faults-quota-banner');
  // Typing on while full: still nothing lost on screen, another field too.
  await caseField(page, 'note').pressSequentially('Skrevet mens disken var fuld.');
  expect((await readCase(page, caseId)).organisation, 'nothing half-written was stored').toBe('Væksthuset');

  // Room again: "Prøv at gemme igen" saves every field that was typed meanwhile.
  await page.evaluate(() => {
    window.__failWrites = false;
  });
  // (Another write that succeeds first may clear the banner on its own; then the retry is moot,
  // but the text must still be saved, which the checks below demand either way.)
  await page
    .getByRole('button', { name: 'Prøv at gemme igen' })
    .click({ timeout: 2000 })
    .catch(() => console.log('    the banner was gone before "Prøv at gemme igen" could be clicked'));
  await waitForStoredField(page, caseId, 'organisation', 'Væksthuset i Aarhus');
  await waitForStoredField(page, caseId, 'note', 'Skrevet mens disken var fuld.');
  await banner.waitFor({ state: 'detached' });
  await t.waitForSaved(page);

  // Full again, then room again: this time the next keystroke saves it, with no button.
  await page.evaluate(() => {
    window.__failWrites = true;
  });
  await caseField(page, 'unit').pressSequentially('Værkstedet');
  await banner.waitFor();
  await page.evaluate(() => {
    window.__failWrites = false;
  });
  await caseField(page, 'unit').pressSequentially('!');
  await waitForStoredField(page, caseId, 'unit', 'Værkstedet!');
  await banner.waitFor({ state: 'detached' });

  // And after a reload, every field is what was typed.
  await openCase(t, page, caseId);
  const stored = await readCase(page, caseId);
  expect({ organisation: stored.organisation, unit: stored.unit, note: stored.note }).toEqual({
    organisation: 'Væksthuset i Aarhus',
    unit: 'Værkstedet!',
    note: 'Skrevet mens disken var fuld.',
  });
  expect(await caseField(page, 'unit').inputValue()).toBe('Værkstedet!');
});
