// Steps of the passcode lock that several specs share: turning it on in the settings, locking from
// the header, and unlocking on the unlock screen.
import { expect } from '@playwright/test';

export const PASSCODE = 'tavle-2026';

/** Turns the lock on in the settings with `passcode` and waits until the header offers "Lås". */
export async function turnLockOn(t, page, passcode = PASSCODE) {
  await t.open(page, '/settings');
  await page.locator('#lock-new').fill(passcode);
  await page.locator('#lock-repeat').fill(passcode);
  await page.getByRole('button', { name: 'Slå låsen til' }).click();
  await expect(page.getByRole('button', { name: 'Lås Peerstart nu' })).toBeVisible({ timeout: 30_000 });
}

/** Locks with the header's button and waits for the unlock screen of the reloaded page. */
export async function lockFromHeader(page) {
  await page.getByRole('button', { name: 'Lås Peerstart nu' }).click();
  await expect(page.getByRole('heading', { name: 'Peerstart er låst' })).toBeVisible({ timeout: 15_000 });
}

/** Unlocks with `passcode` and waits until the unlock screen has given way. */
export async function unlockWith(page, passcode = PASSCODE) {
  const submit = page.getByRole('button', { name: 'Lås op' });
  await expect(submit).toBeEnabled();
  await page.locator('#unlock-passcode').fill(passcode);
  await submit.click();
  await expect(page.getByRole('heading', { name: 'Peerstart er låst' })).toHaveCount(0, { timeout: 30_000 });
}

/** Goes to `path` with the lock on (a new page load, so it asks for the passcode) and unlocks. */
export async function openUnlocked(t, page, path, passcode = PASSCODE) {
  await t.open(page, path);
  await unlockWith(page, passcode);
}
