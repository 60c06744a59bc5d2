// Issue 13, encrypted backups through the UI: a backup protected with a passphrase holds none of
// the typed text; after the case is deleted, a wrong passphrase is refused with a message and an
// unchanged database, and the right one brings the case back with its text. The passphrase screens
// are checked with axe, their targets measured, and photographed at both tablet sizes.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseField, createCase, readStore, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'encrypted backup: made with a passphrase through the UI, no typed text in the file, wrong passphrase refused with nothing written, right one restores the case';

const PASSPHRASE = 'Blå hest på engen 42';
const TYPED = {
  organisation: 'Væksthuset Nørrebro',
  managerName: 'Søren Ørsted',
  peerName: 'Åse Æbelø',
  note: 'Fortroligt: sygemelding aftalt til fredag, ingen møder før kl. 10',
};

async function countCases(page) {
  return (await readStore(page, 'cases')).length;
}

/** Every target a finger must hit is at least 44 × 44 CSS pixels. */
async function assertTargets(locators) {
  for (const [name, locator] of locators) {
    const box = await locator.boundingBox();
    expect(
      box && box.height >= 44 && box.width >= 44,
      `${name} is at least 44 px (${JSON.stringify(box)})`,
    ).toBeTruthy();
  }
}

test(title, async ({ t }) => {
  const dir = join(t.outputDir, 'backup-encrypted');
  mkdirSync(dir, { recursive: true });
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  for (const [field, text] of Object.entries(TYPED)) {
    await caseField(page, field).fill(text);
    await waitForStoredField(page, caseId, field, text);
  }
  const stored = await readStore(page, 'cases', caseId);

  // Make the backup with a passphrase: the option, the two fields and the warning.
  await t.open(page, '/settings');
  const protect = page.getByLabel('Beskyt med adgangssætning');
  expect(await protect.isChecked(), 'unprotected by default (the device lock is off)').toBe(false);
  await protect.focus();
  await page.keyboard.press('Space');
  const first = page.getByLabel('Adgangssætning', { exact: true });
  const second = page.getByLabel('Skriv adgangssætningen igen');
  await first.waitFor();
  await page.getByText(/Glemmer du adgangssætningen, kan sikkerhedskopien ikke åbnes/).waitFor();
  await first.fill('kort');
  await second.fill('kort');
  const save = page.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' });
  await save.click();
  await page.getByRole('alert').filter({ hasText: 'Adgangssætningen skal være på mindst 8 tegn.' }).waitFor();
  await page.locator('#backup').scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'backup-encrypted-export-short');
  await t.axe(page, 'backup export with the passphrase fields and a refusal');
  await assertTargets([
    ['"Beskyt med adgangssætning"', page.locator('label.backup-protect')],
    ['the passphrase field', first],
    ['the repeated field', second],
    ['the save button', save],
  ]);

  await first.fill(PASSPHRASE);
  await second.fill(PASSPHRASE);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^peerstart-sikkerhedskopi-alle-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await page
    .getByText(/beskyttet med adgangssætning\.$/)
    .first()
    .waitFor();
  expect(await first.inputValue(), 'the passphrase is cleared once the file is made').toBe('');
  const text = readFileSync(path, 'utf8');
  for (const typed of [
    ...Object.values(TYPED),
    'Væksthuset',
    'Nørrebro',
    'sygemelding',
    caseId,
    PASSPHRASE,
  ]) {
    expect(!text.includes(typed), `the file does not contain "${typed}"`).toBeTruthy();
  }
  const file = JSON.parse(text);
  expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'encryption', 'ciphertext']);
  expect(file.formatVersion).toBe(3);
  expect({
    cipher: file.encryption.cipher,
    kdf: file.encryption.kdf,
    iterations: file.encryption.iterations,
  }).toEqual({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600_000 });

  // Delete the case from the case list.
  await t.open(page, '/');
  await page.getByRole('button', { name: `Slet ${TYPED.organisation}` }).click();
  await page.getByText(`"${TYPED.organisation}" er slettet.`).first().waitFor();
  await expect.poll(() => countCases(page)).toBe(0);

  // Import: the file asks for its passphrase.
  await t.open(page, '/settings');
  await page.locator('input[type="file"]').setInputFiles(path);
  const heading = page.getByRole('heading', { name: /er beskyttet med en adgangssætning$/ });
  await heading.waitFor();
  const field = page.getByLabel('Adgangssætning', { exact: true });
  await expect(field).toBeFocused();
  await heading.scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'backup-encrypted-import-passphrase');
  await t.axe(page, 'the passphrase screen of an encrypted backup');
  const unlock = page.getByRole('button', { name: 'Åbn filen' });
  await assertTargets([
    ['the passphrase field', field],
    ['"Åbn filen"', unlock],
    ['"Annuller"', page.getByRole('button', { name: 'Annuller' })],
  ]);

  // A wrong passphrase, from the keyboard: a clear message, nothing written.
  const before = { cases: await readStore(page, 'cases'), toolDocs: await readStore(page, 'toolDocs') };
  await field.pressSequentially('blå hest på engen 42');
  await page.keyboard.press('Enter');
  await page
    .getByRole('alert')
    .filter({ hasText: /^Forkert adgangssætning/ })
    .waitFor({ timeout: 30_000 });
  await expect(field).toBeFocused();
  expect(
    { cases: await readStore(page, 'cases'), toolDocs: await readStore(page, 'toolDocs') },
    'a wrong passphrase writes nothing',
  ).toEqual(before);
  await t.screenshotTablet(page, 'backup-encrypted-import-wrong');
  await t.axe(page, 'the passphrase screen after a wrong passphrase');

  // The right one: the usual preview, then the case is back with its text.
  await field.fill(PASSPHRASE);
  await unlock.click();
  await page
    .getByRole('heading', { name: /Indhold i peerstart-sikkerhedskopi/ })
    .waitFor({ timeout: 30_000 });
  expect(await countCases(page), 'nothing is written before "Importér"').toBe(0);
  await page.getByRole('button', { name: 'Importér' }).click();
  await page.getByText('1 forløb er importeret.').first().waitFor();
  expect(await readStore(page, 'cases', caseId), 'the case is back exactly as it was').toEqual(stored);
  await t.open(page, `/cases/${caseId}`);
  await page.getByRole('heading', { name: TYPED.organisation }).first().waitFor();

  // The case overview's own backup has the same choice.
  const card = page.locator('.case-export');
  await card.getByLabel('Beskyt med adgangssætning').check();
  await card.getByLabel('Adgangssætning', { exact: true }).waitFor();
  await card.scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'backup-encrypted-case-card');
  await t.axe(page, 'the case overview with the passphrase fields');
});
