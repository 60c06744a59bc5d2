// Filling a whole case through the UI, shared by the export spec and the PDF bench: the case form,
// every tool screen filled generically, and a finished Role Star round. A tool that cannot be filled
// fails the set-up (it is never skipped quietly).
import { expect } from '@playwright/test';
import { openTool, waitForToolLoaded } from './app.mjs';

export const SCRIPT = '<img src=x onerror=alert(1)>';

/**
 * Fills a tool screen generically: starts a round if there is one, types in every text field, picks
 * options. With the harness `t`, a screen that never loads is reported with the page's console errors.
 */
export async function fillTool(page, tool, typed, t) {
  const body = page.locator('.tool-body');
  await waitForToolLoaded(page, tool, t);
  const attempt = async (action) => {
    try {
      await action();
      return true;
    } catch {
      return false;
    }
  };
  let changed = false;
  const start = body.getByRole('button', { name: /ny runde|start|begynd|ny måling/i });
  if (await start.count()) {
    const label = (await start.first().innerText()).trim();
    await start.first().click();
    // The round has started when the button that started it has given way to the round itself.
    await expect(body.getByRole('button', { name: label, exact: true })).toHaveCount(0);
    // A started round is a change (the Role Star's round then waits for "who rates first"; its
    // ratings come from addRevealedRoleStarRound below).
    changed = true;
  }
  for (let pass = 0; pass < 2; pass++) {
    const names = await body
      .locator('input[type="radio"]:not([disabled])')
      .evaluateAll((inputs) => [...new Set(inputs.map((input) => input.name))]);
    for (const name of names) {
      const options = body.locator(`input[type="radio"][name="${name}"]:not([disabled])`);
      const count = await options.count();
      if (count === 0 || (await options.evaluateAll((all) => all.some((o) => o.checked)))) continue;
      const pick = options.nth(Math.min(count - 1, 1 + (name.length % Math.max(1, count - 1))));
      changed = (await attempt(() => pick.check({ force: true, timeout: 2_000 }))) || changed;
    }
    const fields = body.locator('textarea:visible, input[type="text"]:visible, input:not([type]):visible');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if (!(await field.isEditable()) || (await field.inputValue())) continue;
      const text = `${tool} svar ${i + 1}: ærlig sparring på området og trygge rammer`;
      if (await attempt(() => field.fill(text, { timeout: 2_000 }))) {
        typed.push(text);
        changed = true;
      }
    }
    const dates = body.locator('input[type="date"]:visible');
    for (let i = 0; i < (await dates.count()); i++) {
      if (await dates.nth(i).isEditable())
        await attempt(() => dates.nth(i).fill('2026-12-15', { timeout: 2_000 }));
    }
    const boxes = body.locator('input[type="checkbox"]:visible:not([disabled])');
    for (let i = 0; i < (await boxes.count()); i += 2) {
      changed = (await attempt(() => boxes.nth(i).check({ force: true, timeout: 2_000 }))) || changed;
    }
  }
  return changed;
}

/** Creates a case through the case form and fills every tool; returns the case id and typed texts. */
export async function fillCase(t, page) {
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  await page.getByLabel('Organisation').fill('Bostedet Åbrinken');
  await page.getByLabel('Stillingsbetegnelse').fill('Peer-medarbejder i bostøtten');
  await page.getByLabel('Leder', { exact: true }).fill('Søren Ørsted');
  await page.getByLabel('Peer-medarbejder', { exact: true }).fill('Åse Æbelø');
  await page
    .getByLabel('Note', { exact: true })
    .fill(`${SCRIPT} مرحبا 😀 Vi vil gøre det ordentligt – også når det er svært.`);
  await t.waitForSaved(page);
  const caseId = new URL(page.url()).pathname.split('/')[2];
  const typed = [];
  for (const tool of [
    'motivation',
    'readiness',
    'role-mapping',
    'hiring-topics',
    'role-star',
    'practicalities',
    'job-start',
  ]) {
    await openTool(t, page, caseId, tool);
    expect(
      await fillTool(page, tool, typed, t),
      `the set-up could not fill anything in ${tool}`,
    ).toBeTruthy();
    await t.waitForSaved(page);
  }
  await addRevealedRoleStarRound(page, caseId);
  return { caseId, typed };
}

const STAR_LABELS = {
  'one-to-one': 'Samtaler én til én',
  'own-experience': 'Bruge egne erfaringer',
  groups: 'Grupper og kurser',
  'role-model': 'Forbillede for håb',
  community: 'Fællesskaber i lokalmiljøet',
  'bridge-staff': 'Bro til kollegerne',
  practical: 'Praktisk støtte',
  voice: 'Brugerstemmen',
  social: 'Socialt samvær',
  teaching: 'Undervisning',
  development: 'Udvikling af tilbuddet',
  'general-tasks': 'Almindelige opgaver',
};

/**
 * Writes a finished, revealed Role Star round straight into IndexedDB (rating a whole round by turns
 * through the UI is the Role Star's own spec), so the PDF gets its radar charts and data tables.
 */
async function addRevealedRoleStarRound(page, caseId) {
  await page.evaluate(
    ({ caseId, labels }) =>
      new Promise((resolve, reject) => {
        const ids = Object.keys(labels);
        const value = (k) => Object.fromEntries(ids.map((id, i) => [id, (i * 3 + k) % 5]));
        const now = Date.now();
        const round = {
          id: `bench-star-${now}`,
          caseId,
          tool: 'role-star',
          createdAt: now,
          updatedAt: now,
          data: {
            name: 'Ansættelsessamtale',
            date: '2026-11-23',
            dimensionIds: ids,
            labels,
            ratings: { manager: value(1), peer: value(2) },
            finished: { manager: true, peer: true },
            revealed: true,
            agreed: value(1),
            notes: {
              'one-to-one': 'Vi starter med to samtaler om ugen – og ser på det igen efter tre måneder.',
            },
          },
        };
        const request = indexedDB.open('peerstart');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('rounds', 'readwrite');
          tx.objectStore('rounds').put(round);
          tx.oncomplete = () => {
            db.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { caseId, labels: STAR_LABELS },
  );
}
