// Issue 14, defects 3, 4, 6 and 7 (files) through the UI: every file the import is given, it
// survives. Prototype-named ids are refused (and, stored by an older version, break no screen); a
// timestamp Date cannot read is refused and the file button stays; BOMs and UTF-16 are read, bytes
// that are not UTF-8 are refused, never called "afkortet"; an import refused for lack of space stops
// being reported once later typing is saved.
import { join } from 'node:path';
import {
  caseField,
  createCase,
  putRecord,
  readStore,
  showCaseDetails,
  waitForStoredField,
} from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'backup files: prototype ids, unreadable timestamps, BOMs and encodings refused or read clearly; a full-disk import leaves no stale banner';

const CORPUS = 'tests/fixtures/backup-corpus';
const FULL_DISK_BANNER = 'Der er ikke plads på enheden';

async function dump(page) {
  return {
    cases: await readStore(page, 'cases'),
    toolDocs: await readStore(page, 'toolDocs'),
    rounds: await readStore(page, 'rounds'),
  };
}

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

  await t.open(page, '/settings');
  const before = await dump(page);
  const chooser = page.locator('input[type="file"]');
  const fileButton = page.getByText('Vælg fil …');
  const refused = async (file, message) => {
    await chooser.setInputFiles(join(CORPUS, file));
    const alert = page.getByRole('alert').filter({ hasText: message });
    await alert.waitFor();
    expect(!(await alert.textContent()).includes('afkortet'), `${file}: not called "afkortet"`).toBeTruthy();
    await fileButton.waitFor();
  };

  // Defect 3: dimension ids that name Object.prototype members are refused as a whole.
  for (const name of ['tostring', 'constructor', 'proto', 'valueof']) {
    await refused(`dimension-id-${name}.backup`, 'ikke kan bruge');
  }
  await refused('data-key-tostring.backup', 'ikke kan bruge');
  // Defect 4: a timestamp Date cannot read is refused; the file button and the header stay.
  await refused('timestamp-hours-offset.backup', 'ikke kan bruge');
  expect((await page.getByRole('navigation').getByRole('link').count()) >= 3, 'header links stay').toBe(true);
  // Defect 7: bytes that are not UTF-8, and UTF-32, are refused with a message that says so.
  await refused('latin1-bytes.backup', 'ikke gemt som UTF-8-tekst');
  await refused('utf32-bom.backup', 'ikke gemt som UTF-8-tekst');
  await t.screenshotTablet(page, 'backup-files-encoding-refused');
  await t.axe(page, 'encoding refused');
  expect(await dump(page), 'refused files change nothing').toEqual(before);

  // BOMs (two of them) and UTF-16 with its BOM are read: the preview shows the file's cases.
  for (const file of ['double-bom.backup', 'utf16le-bom.backup', 'utf16be-bom.backup']) {
    await chooser.setInputFiles(join(CORPUS, file));
    await page.getByRole('heading', { name: `Indhold i ${file}` }).waitFor();
    await page.getByText(/7 redskaber udfyldt, 3 runder/).waitFor();
    await page.getByRole('button', { name: 'Annuller' }).click();
    await fileButton.waitFor();
  }
  expect(await dump(page), 'cancelled previews change nothing').toEqual(before);

  // Defect 6: an import refused for lack of space. The import says so, and so does the full-disk
  // banner, which goes once later typing is saved (it stayed for good before).
  await chooser.setInputFiles(join(CORPUS, 'valid-all-tools.backup'));
  await page.getByRole('heading', { name: /Indhold i / }).waitFor();
  await page.evaluate(() => {
    window.__failWrites = true;
  });
  await page.getByRole('button', { name: 'Importér' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'ikke plads nok på enheden til sikkerhedskopien' })
    .waitFor();
  // The app-wide banner says the disk is full (it is, for now).
  await page.getByRole('alert').filter({ hasText: FULL_DISK_BANNER }).waitFor();
  await t.screenshotTablet(page, 'backup-files-import-full');
  await page.evaluate(() => {
    window.__failWrites = false;
  });
  expect(await dump(page), 'nothing of the refused import was written').toEqual(before);
  // In the same page (no reload, which would forget any state): to the case through the app's links.
  await page.getByRole('navigation').getByRole('link', { name: 'Forløb', exact: true }).click();
  await page
    .getByRole('link', { name: /Væksthuset/ })
    .first()
    .click();
  await showCaseDetails(page);
  await caseField(page, 'note').pressSequentially('Skrevet efter importen.');
  await waitForStoredField(page, caseId, 'note', 'Skrevet efter importen.');
  await page.getByRole('alert').filter({ hasText: FULL_DISK_BANNER }).waitFor({ state: 'detached' });
  await t.waitForSaved(page);
  expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('ok');

  // Defect 3, stored before the validator knew: a Role Star round with prototype-named ids (and
  // an agreed value under one) opens, and so do the round list and Practicalities.
  const now = Date.now();
  await putRecord(page, 'rounds', {
    id: 'old-round',
    caseId,
    tool: 'role-star',
    createdAt: now,
    updatedAt: now,
    data: {
      name: 'Gammel runde',
      date: '2026-03-01',
      dimensionIds: ['toString', 'constructor', '__proto__', 'valueOf'],
      labels: {},
      ratings: { manager: { toString: 3 }, peer: {} },
      finished: { manager: true, peer: true },
      revealed: true,
      agreed: { valueOf: 4 },
      notes: {},
    },
  });
  await t.open(page, `/cases/${caseId}/role-star?round=old-round`);
  await page.locator('.tool-body').waitFor();
  await t.open(page, `/cases/${caseId}/role-star`);
  await page.getByText('Gammel runde').first().waitFor();
  await t.open(page, `/cases/${caseId}/practicalities`);
  await page.locator('.tool-body').waitFor();
  // Navigating away leaves no broken screen behind.
  await page.getByRole('navigation').getByRole('link', { name: 'Forløb', exact: true }).click();
  await page.getByRole('heading', { name: 'Forløb', exact: true }).waitFor();
});
