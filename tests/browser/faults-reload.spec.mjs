import { caseField, createCase, openCase, readCase, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title = 'a reload in the middle of a burst of typing keeps every character the page had seen';

// The bound: nothing the page had seen is lost. TextField starts a write on every keystroke, and an
// unload aborts the IndexedDB transactions that have not committed (the write in flight and the one
// queued behind it). So every edit is also journalled synchronously in the tab's sessionStorage
// before its write starts (src/storage/journal.ts), and the reloaded page writes again what was cut
// off. Everything the page had seen at its last input event must be stored, and the stored text must
// be a prefix of what was typed (nothing reordered, nothing invented).
const FULL_TEXT =
  'Vi aftaler en fast sparringsaftale med en erfaren peer, og lederen følger op hver 14. dag. '
    .repeat(3)
    .slice(0, 200);

test(title, async ({ t }) => {
  const page = await t.newPage();
  // Remember (synchronously, in sessionStorage, which survives the reload) what the field held at
  // every input event: that is what the page had seen when it unloaded.
  await page.addInitScript(() => {
    document.addEventListener(
      'input',
      (event) => {
        if (event.target?.name !== 'note') return;
        const log = JSON.parse(sessionStorage.getItem('__seen') ?? '[]');
        log.push({ at: Date.now(), length: event.target.value.length });
        sessionStorage.setItem('__seen', JSON.stringify(log));
      },
      true,
    );
    addEventListener('pagehide', () => sessionStorage.setItem('__unloadAt', String(Date.now())));
  });
  const caseId = await createCase(t, page);
  // The reload comes once the field shows this many characters (early and late in the burst), not
  // after a fixed time, so a slow machine still reloads mid-burst.
  for (const reloadAfterChars of [40, 110]) {
    await openCase(t, page, caseId);
    await caseField(page, 'note').fill('');
    await waitForStoredField(page, caseId, 'note', '');
    await page.evaluate(() => {
      sessionStorage.removeItem('__seen');
      sessionStorage.removeItem('__unloadAt');
    });
    await caseField(page, 'note').click();
    const typing = page.keyboard.type(FULL_TEXT, { delay: 5 }).catch(() => undefined);
    await page.waitForFunction(
      (n) => (document.querySelector('[name="note"]')?.value.length ?? 0) >= n,
      reloadAfterChars,
      { polling: 'raf' },
    );
    await page.reload();
    await typing;
    await page.locator('#main').waitFor();
    const { log, unloadAt } = await page.evaluate(() => ({
      log: JSON.parse(sessionStorage.getItem('__seen') ?? '[]'),
      unloadAt: Number(sessionStorage.getItem('__unloadAt')),
    }));
    const seen = FULL_TEXT.slice(0, log.at(-1)?.length ?? 0);
    const mustHave = seen.length;
    // The journal is replayed after the reload: wait until the stored text
    // holds what the page had seen (or fail with what it holds), then read the stored truth.
    // (Nothing may be left to replay when every write had committed before the unload, so this waits
    // for the stored text, not for a "Gemt".)
    await expect
      .poll(async () => (await readCase(page, caseId))?.note.length ?? 0, {
        message: `stored characters, the page had seen ${mustHave} before it unloaded`,
      })
      .toBeGreaterThanOrEqual(mustHave);
    const stored = (await readCase(page, caseId)).note;
    expect(
      seen.length > 10 && seen.length < FULL_TEXT.length,
      `the reload came mid-burst (${seen.length})`,
    ).toBeTruthy();
    expect(unloadAt > 0, 'the unload time was recorded').toBeTruthy();
    expect(
      FULL_TEXT.startsWith(stored),
      `stored text is a prefix of the typed text: ${JSON.stringify(stored)}`,
    ).toBeTruthy();
    expect(
      stored.length >= mustHave,
      `stored ${stored.length} characters, but the page had seen ${mustHave} before it unloaded`,
    ).toBeTruthy();
    console.log(
      `    reload after ${reloadAfterChars} characters: seen ${seen.length}, stored ${stored.length} (lost ${seen.length - stored.length}; required ≥ ${mustHave})`,
    );
    await openCase(t, page, caseId);
    expect(await caseField(page, 'note').inputValue(), 'the form shows the stored text').toBe(stored);
  }
});
