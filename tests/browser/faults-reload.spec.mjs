import { caseField, createCase, openCase, readCase, waitForStoredField } from './helpers/app.mjs';

export const title =
  'a reload in the middle of a burst of typing keeps everything but at most the last keystrokes';

// The bound: TextField starts a write on every keystroke and writes of one field are chained, a
// queued write being skipped when a newer value arrives. When the page unloads, IndexedDB aborts
// transactions that are not committed, so what can be lost is the write in flight plus the one
// queued behind it: at most 2 keystrokes. Typing at 5 ms a key (faster than anyone types on a
// tablet) and reloading mid-burst, the stored text must be a prefix of what was typed and at most
// LOSS_BOUND characters shorter than what the page had seen before it unloaded.
const LOSS_BOUND = 2;
const FULL_TEXT =
  'Vi aftaler en fast sparringsaftale med en erfaren peer, og lederen følger op hver 14. dag. '
    .repeat(3)
    .slice(0, 200);

export default async function (t) {
  const page = await t.newPage();
  // Remember (synchronously, in sessionStorage, which survives the reload) what the field held at
  // every input event: that is what the page had seen when it unloaded.
  await page.addInitScript(() => {
    document.addEventListener(
      'input',
      (event) => {
        if (event.target?.name === 'note') sessionStorage.setItem('__seen', event.target.value);
      },
      true,
    );
  });
  const caseId = await createCase(t, page);
  for (const reloadAfterMs of [250, 600]) {
    await openCase(t, page, caseId);
    await caseField(page, 'note').fill('');
    await waitForStoredField(page, caseId, 'note', '');
    await page.evaluate(() => sessionStorage.removeItem('__seen'));
    await caseField(page, 'note').click();
    const typing = page.keyboard.type(FULL_TEXT, { delay: 5 }).catch(() => undefined);
    await page.waitForTimeout(reloadAfterMs);
    await page.reload();
    await typing;
    await page.locator('#main').waitFor();
    const seen = await page.evaluate(() => sessionStorage.getItem('__seen') ?? '');
    // Give any write that survived the unload time to land, then read the stored truth.
    await page.waitForTimeout(300);
    const stored = (await readCase(page, caseId)).note;
    t.assert.ok(
      seen.length > 10 && seen.length < FULL_TEXT.length,
      `the reload came mid-burst (${seen.length})`,
    );
    t.assert.ok(FULL_TEXT.startsWith(seen), 'the page saw a prefix of the text');
    t.assert.ok(
      FULL_TEXT.startsWith(stored),
      `stored text is a prefix of the typed text: ${JSON.stringify(stored)}`,
    );
    t.assert.ok(
      stored.length >= seen.length - LOSS_BOUND,
      `lost ${seen.length - stored.length} keystrokes (bound ${LOSS_BOUND}); seen ${seen.length}, stored ${stored.length}`,
    );
    console.log(
      `    reload after ${reloadAfterMs} ms: seen ${seen.length}, stored ${stored.length} characters`,
    );
    await openCase(t, page, caseId);
    t.assert.equal(await caseField(page, 'note').inputValue(), stored, 'the form shows the stored text');
  }
}
