// Issue 14, defect 1 (and issue 11, item 8) through the UI: every backup Peerstart writes, it reads
// back. Fields stop at their limit with a counter, a five-digit year is never stored, a value stored
// before the limits existed makes the export refuse (no "gemt", no backup time), the import preview
// counts the tools held as rounds, and a "keep both" copy stays within the limit.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseField, createCase, putRecord, readCase, readStore, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'backups read back: field limits with a counter, no five-digit years, export refuses what it cannot read back, preview counts 7 tools';

const NOTE_MAX = 20_000;
const ORGANISATION_MAX = 300;
const CORPUS = 'tests/fixtures/backup-corpus';

/** Saves a backup of all cases from Settings; returns the saved file's path. */
async function saveBackup(page, dir) {
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
  return path;
}

test(title, async ({ t }) => {
  const dir = mkdtempSync(join(tmpdir(), 'peerstart-roundtrip-'));
  const page = await t.newPage();
  const caseId = await createCase(t, page);

  // A pasted note of 100,050 characters: the field holds 20,000 and says so.
  const note = caseField(page, 'note');
  await note.click();
  await page.keyboard.insertText('n'.repeat(100_050));
  await waitForStoredField(page, caseId, 'note', 'n'.repeat(NOTE_MAX));
  expect((await note.inputValue()).length).toBe(NOTE_MAX);
  await page.getByText('20.000 af 20.000 tegn').waitFor();
  await page.getByRole('status').filter({ hasText: 'der er plads til 20.000 tegn' }).waitFor();

  // An organisation of 1,999 characters stops at 300; the counter appears from 80 % on.
  const words = 'Bostedet Åbrinken og Væksthuset '.repeat(70).slice(0, 1_999);
  const organisation = caseField(page, 'organisation');
  await organisation.click();
  await page.keyboard.insertText(words.slice(0, 230));
  expect(await page.getByText(/af 300 tegn/).count(), 'no counter far from the limit').toBe(0);
  await page.keyboard.insertText(words.slice(230, 250));
  await page.getByText('250 af 300 tegn').waitFor();
  await page.keyboard.insertText(words.slice(250));
  await waitForStoredField(page, caseId, 'organisation', words.slice(0, ORGANISATION_MAX));
  await t.screenshotTablet(page, 'backup-field-limit-counter');

  // A start date: a valid one is stored; typing a fifth year digit is refused on screen, never stored.
  const date = caseField(page, 'startDate');
  expect(await date.getAttribute('min')).toBe('1900-01-01');
  expect(await date.getAttribute('max')).toBe('2199-12-31');
  await date.fill('2026-03-01');
  await waitForStoredField(page, caseId, 'startDate', '2026-03-01');
  // Typed digit by digit, the year passes through 0002, 0020 and 0202: none of them is stored.
  await date.focus();
  await page.keyboard.type('0301');
  await page.keyboard.type('2027');
  await page.getByRole('alert').filter({ hasText: 'Datoen er ikke gemt' }).waitFor({ state: 'detached' });
  const typed = await date.inputValue();
  expect(typed).toMatch(/^2027-\d{2}-\d{2}$/);
  await waitForStoredField(page, caseId, 'startDate', typed);
  // A five-digit year (the date picker allows up to 275760): shown as refused, never stored.
  await date.fill('20266-03-01');
  expect(await date.inputValue()).toBe('20266-03-01');
  await page.getByRole('alert').filter({ hasText: 'Datoen er ikke gemt' }).waitFor();
  expect(await date.getAttribute('aria-invalid')).toBe('true');
  expect((await readCase(page, caseId)).startDate, 'only a valid date is stored').toBe(typed);
  await t.screenshotTablet(page, 'backup-date-refused');

  // A backup of this case saves, and it is read back by the import: 1 case, nothing lost.
  await t.open(page, '/settings');
  const first = await saveBackup(page, dir);
  const file = JSON.parse(readFileSync(first, 'utf8'));
  expect(file.cases[0].case.note.length).toBe(NOTE_MAX);
  const chooser = page.locator('input[type="file"]');
  await chooser.setInputFiles(first);
  await page.getByText('Findes allerede på denne enhed').waitFor();
  // Keep both: the copy gets " (importeret)" within the 300 characters.
  await page.getByRole('button', { name: 'Importér' }).click();
  await page.getByText('1 forløb er importeret.').waitFor();
  const cases = await readStore(page, 'cases');
  const copy = cases.find((c) => c.id !== caseId);
  expect(copy.organisation.length <= ORGANISATION_MAX, 'the copy stays within the limit').toBeTruthy();
  expect(copy.organisation.endsWith(' (importeret)')).toBeTruthy();
  // And a backup of both reads back.
  const both = await saveBackup(page, dir);
  await chooser.setInputFiles(both);
  await page.getByRole('heading', { name: /Indhold i / }).waitFor();
  await page.getByRole('button', { name: 'Annuller' }).click();

  // A value stored before the limits existed: the export says the backup is NOT saved, names the
  // case and the field, offers no file and records no backup time.
  const stored = await readCase(page, caseId);
  await putRecord(page, 'cases', { ...stored, startDate: '20266-03-01' });
  await t.open(page, '/settings');
  const statusBefore = await page.getByTestId('backup-status').textContent();
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Sikkerhedskopien er IKKE gemt' });
  await refusal.waitFor();
  expect(await refusal.textContent()).toMatch(/\(ved Forventet startdato\)/);
  expect(await page.getByText(/Sikkerhedskopien er gemt som/).count()).toBe(0);
  expect(downloaded, 'no file is handed out').toBe(false);
  expect(await page.getByTestId('backup-status').textContent(), 'no backup time').toBe(statusBefore);
  await t.screenshotTablet(page, 'backup-export-refused');
  await t.axe(page, 'export refused');
  await putRecord(page, 'cases', stored);

  // Issue 11, item 8: a case with all seven tools filled (five documents, two tools as rounds).
  await t.open(page, '/settings');
  await chooser.setInputFiles(join(CORPUS, 'valid-all-tools.backup'));
  await page.getByText(/7 redskaber udfyldt, 3 runder/).waitFor();
  await t.screenshotTablet(page, 'backup-preview-seven-tools');
  await page.getByRole('button', { name: 'Annuller' }).click();
  writeFileSync(join(dir, 'done'), '');
});
