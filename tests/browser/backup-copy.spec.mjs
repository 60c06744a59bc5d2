// Issue 14, defect 1 ("Kopiér" after an organisation at its limit) through the UI: the copy's
// " (kopi)" never takes the organisation over its limit, so a backup with the copy saves and reads
// back. Needs duplicateCase (src/storage/cases.ts) to use withSuffix() from src/storage/limits.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseField, createCase, readStore, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'a copy of a case whose organisation is at its limit stays within it, and its backup reads back';

const ORGANISATION_MAX = 300;

test(title, async ({ t }) => {
  const dir = mkdtempSync(join(tmpdir(), 'peerstart-copy-'));
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  const words = 'Bostedet Åbrinken og Væksthuset '.repeat(70).slice(0, 1_999);
  await caseField(page, 'organisation').click();
  await page.keyboard.insertText(words);
  await waitForStoredField(page, caseId, 'organisation', words.slice(0, ORGANISATION_MAX));

  await t.open(page, '/');
  await page.getByRole('button', { name: 'Kopiér' }).first().click();
  await page.getByText(/Kopi oprettet/).waitFor();
  const cases = await readStore(page, 'cases');
  expect(cases.length).toBe(2);
  const copy = cases.find((c) => c.id !== caseId);
  expect(
    copy.organisation.length <= ORGANISATION_MAX,
    `the copy has ${copy.organisation.length} characters`,
  ).toBeTruthy();
  expect(copy.organisation.endsWith(' (kopi)')).toBeTruthy();

  // The backup of both is saved ("gemt" only because it reads back) and imports again.
  await t.open(page, '/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await page
    .getByText(/Sikkerhedskopien er gemt som/)
    .first()
    .waitFor();
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByLabel('Erstat udgaven her med filens udgave').check();
  await page.getByRole('button', { name: 'Importér' }).click();
  await page.getByText('2 forløb er importeret.').waitFor();
});
