// The passcode lock's own measurement in `npm run bench` (issue 13): how long unlocking takes, from
// pressing "Lås op" with the right passcode until the case list shows its first case. The lock's
// cold start and autosave with encryption are `coldStart` and `autosave` of measure.mjs with
// `lock: true`, so they are measured exactly as the rows without the lock.
import { caseField, createCase } from '../browser/helpers/app.mjs';
import { PASSCODE, turnLockOn } from '../browser/helpers/lock.mjs';
import { median, quantile } from './measure.mjs';

// In the page: the time stamp of the click on the unlock form's submit button, and the first moment
// (MutationObserver) a case card is in the document after it.
const UNLOCK_PROBE = () => {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('.unlock-form button') : null;
      if (button && window.__unlockClickAt === undefined) window.__unlockClickAt = event.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    if (window.__unlockClickAt === undefined || window.__unlockedAt !== undefined) return;
    if (document.querySelector('.case-card')) window.__unlockedAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

/** PBKDF2-SHA-256 at the app's 600,000 iterations, alone, in the page (WebCrypto, as kdf.ts). */
function timeKdf(page) {
  return page.evaluate(async () => {
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode('tavle-2026'),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const started = performance.now();
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 },
      material,
      256,
    );
    return performance.now() - started;
  });
}

/**
 * Unlock time at `cpu`× slowdown: 3 cases stored, the lock turned on, then offline; each of `runs`
 * runs opens a new tab on the list, waits for the unlock screen to be ready, slows the CPU, types the
 * right passcode and presses "Lås op"; click → the first case card in the document. Each run also
 * times the key derivation alone (same page, same slowdown), to show how much of it is PBKDF2.
 */
export async function unlockTime(t, { runs = 7, cpu = 1, cases = 3 } = {}) {
  const page = await t.newPage();
  const context = page.context();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  for (let i = 0; i < cases; i++) {
    await createCase(t, page);
    await caseField(page, 'organisation').fill(`Oplåsning ${i + 1}`);
    await t.waitForSaved(page);
  }
  await turnLockOn(t, page);
  await page.close();
  await context.setOffline(true);
  await context.addInitScript(UNLOCK_PROBE);
  const times = [];
  const kdfTimes = [];
  for (let i = 0; i < runs; i++) {
    const probe = await context.newPage();
    await probe.goto(new URL('/', t.baseUrl).href);
    const submit = probe.getByRole('button', { name: 'Lås op' });
    await submit.waitFor();
    await probe.waitForFunction(() => {
      const button = document.querySelector('.unlock-form button');
      return button && !button.disabled;
    });
    const cdp = await t.cdp(probe);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await probe.locator('#unlock-passcode').fill(PASSCODE);
    await submit.click();
    await probe.waitForFunction(() => window.__unlockedAt !== undefined, undefined, { timeout: 30_000 });
    const sample = await probe.evaluate(() => window.__unlockedAt - window.__unlockClickAt);
    t.assert.ok(sample > 0, 'the list came after the click');
    t.assert.ok((await probe.locator('.case-card').count()) >= cases, 'every stored case is listed');
    times.push(sample);
    kdfTimes.push(await timeKdf(probe));
    await probe.close();
  }
  await context.close();
  return {
    median: median(times),
    p95: quantile(times, 0.95),
    max: Math.max(...times),
    runs: times,
    kdf: median(kdfTimes),
    kdfRuns: kdfTimes,
  };
}
