import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killPage, restartAfterCrash } from './helpers/crash.mjs';
import { PASSCODE, unlockWith } from './helpers/lock.mjs';
import { seedCases, seededCaseId, storedForm } from './helpers/seed.mjs';
import { expect, test } from './helpers/test.mjs';

const CASES = 600;

test('a crash in the middle of turning the lock on loses nothing: all records stay in one form, every text readable', async ({
  t,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'peerstart-lock-crash-'));
  try {
    let context = await t.persistentContext(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await t.open(page, '/');
    await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
    await seedCases(page, CASES, {
      text: 'Hun har selv brugt tilbuddet og kender ventetiden indefra.',
      repeat: 30,
    });
    await t.open(page, '/settings');
    // A slow tablet, so the migration is still running when the renderer dies.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.locator('#lock-new').fill(PASSCODE);
    await page.locator('#lock-repeat').fill(PASSCODE);
    await page.getByRole('button', { name: 'Slå låsen til' }).click();
    // Some records rewritten, more to go: the transaction is open.
    await expect(page.getByText(/^[1-9]\d* af \d+ dele er skrevet om\.$/)).toBeVisible({ timeout: 60_000 });
    expect(await killPage(page, profile), 'the tab died').not.toBe('alive');

    context = await restartAfterCrash(t, context, profile);
    const check = context.pages()[0] ?? (await context.newPage());
    await t.open(check, '/');
    const form = await storedForm(check);
    console.log(`    after the crash: ${JSON.stringify(form)}`);
    expect(form.sealed + form.plain, 'every record is still there').toBe(CASES * 3);
    expect(form.sealed === 0 || form.plain === 0, 'no mix of sealed and plain records').toBeTruthy();
    expect(form.lockRecord, 'the lock record agrees with the records').toBe(form.sealed > 0);
    if (form.lockRecord) await unlockWith(check);

    // Every case is listed, and the texts of the first and the last are whole.
    await expect(check.getByText(`${CASES} forløb`, { exact: false })).toBeVisible({ timeout: 30_000 });
    for (const i of [0, CASES - 1]) {
      await t.open(check, `/cases/${seededCaseId(i)}/motivation`);
      if (form.lockRecord) await unlockWith(check);
      await expect
        .poll(() => check.locator('#main textarea').evaluateAll((all) => all.map((a) => a.value).join('\n')))
        .toContain(`Svar ${i}: Hun har selv brugt tilbuddet`);
    }
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
