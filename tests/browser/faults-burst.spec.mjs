import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseField, createCase, openCase, readCase } from './helpers/app.mjs';
import { killPage, restartAfterCrash } from './helpers/crash.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'a burst of typing (no pause between keys) at 4× CPU, then the tab is closed or its renderer killed at once, 20 times: no character lost';

const TRIALS = 20;

/** Waits until the stored note and the note on screen both read `expected`; returns what was stored. */
async function storedNote(t, page, caseId, expected) {
  await openCase(t, page, caseId);
  await page
    .waitForFunction(
      ({ expected }) => document.querySelector('[name="note"]')?.value === expected,
      { expected },
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  let stored = (await readCase(page, caseId))?.note;
  for (let tries = 0; stored !== expected && tries < 150; tries++) {
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    stored = (await readCase(page, caseId))?.note;
  }
  return { stored, shown: await caseField(page, 'note').inputValue() };
}

/** How many characters of `expected` are missing from `got` (beyond their common start). */
function lost(expected, got = '') {
  let same = 0;
  while (same < expected.length && expected[same] === got[same]) same++;
  return expected.length - same;
}

// 20 trials, each with a fresh page and a replay: minutes on a busy machine.
test.describe.configure({ timeout: 720_000 });

test(title, async ({ t }) => {
  const profile = mkdtempSync(join(tmpdir(), 'peerstart-burst-'));
  let totalLost = 0;
  const failures = [];
  try {
    let context = await t.persistentContext(profile);
    const first = context.pages()[0] ?? (await context.newPage());
    const caseId = await createCase(t, first);
    await first.close();
    for (let trial = 0; trial < TRIALS; trial++) {
      const how = trial % 2 === 0 ? 'closed' : 'killed';
      const text = `Forsøg ${trial + 1}: æøå ÆØÅ ${how} – ${'x'.repeat(trial % 5)}!`;
      const page = await context.newPage();
      await openCase(t, page, caseId);
      const field = caseField(page, 'note');
      await field.click();
      await page.keyboard.press('Control+A');
      const cdp = await t.cdp(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.keyboard.type(text); // no delay between keys
      if (how === 'closed') {
        await page.close({ runBeforeUnload: false });
      } else {
        expect(await killPage(page, profile), 'the tab died').not.toBe('alive');
        // As on a tablet whose OS killed the tab: the app is started again. (Chromium can hang on a
        // new page after its renderers were killed; the restart also avoids that.)
        context = await restartAfterCrash(t, context, profile);
      }
      const check = await context.newPage();
      const { stored, shown } = await storedNote(t, check, caseId, text);
      const missing = Math.max(lost(text, stored), lost(text, shown));
      totalLost += missing;
      if (missing > 0)
        failures.push(
          `trial ${trial + 1} (${how}): stored ${JSON.stringify(stored)}, shown ${JSON.stringify(shown)}`,
        );
      await check.close();
    }
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`    ${TRIALS} trials at 4× CPU, half closed and half killed: ${totalLost} characters lost`);
  expect(totalLost, `characters were lost:\n${failures.join('\n')}`).toBe(0);
});
