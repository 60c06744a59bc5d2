import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCaseFields, caseField, createCase, openCase, waitForStoredField } from './helpers/app.mjs';
import { test } from './helpers/test.mjs';

const title = 'the browser is closed and started again on the same profile: every case and field is there';

test(title, async ({ t }) => {
  const profile = mkdtempSync(join(tmpdir(), 'peerstart-restart-'));
  try {
    let context = await t.persistentContext(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await t.open(page, '/');
    await t.waitForServiceWorker(page);
    const typed = {
      organisation: 'Kriminalforsorgen Midt',
      unit: 'Pension Engelsborg',
      roleTitle: 'Peer-støtte',
      managerName: 'Jens Ulrik Bak',
      peerName: 'Nadia Farah',
      note: 'Første samtale: tirsdag.\nAndet møde: efter 3 uger.',
    };
    const caseId = await createCase(t, page);
    for (const [field, value] of Object.entries(typed)) await caseField(page, field).fill(value);
    await caseField(page, 'startDate').fill('2027-03-01');
    await waitForStoredField(page, caseId, 'startDate', '2027-03-01');
    const second = await createCase(t, page);
    await caseField(page, 'organisation').fill('Andet forløb');
    await t.waitForSaved(page);
    await context.close();

    // Started again, and with no network: the app and every field come back from the disk.
    context = await t.persistentContext(profile, { offline: true });
    page = context.pages()[0] ?? (await context.newPage());
    await t.open(page, '/');
    await page.getByRole('link', { name: /Kriminalforsorgen Midt/ }).waitFor();
    await page.getByRole('link', { name: 'Andet forløb' }).waitFor();
    await openCase(t, page, caseId);
    await assertCaseFields(page, caseId, { ...typed, startDate: '2027-03-01' });
    await openCase(t, page, second);
    await assertCaseFields(page, second, { organisation: 'Andet forløb' });
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
