// The local-first measurements of `npm run bench`: how soon a tap shows (tap → painted), and the
// offline cold start of Peerstart beside a minimal "floor" app of the same stack (tests/bench/floor/),
// measured the same way in the same run, so their ratio does not depend on the machine.
import assert from 'node:assert/strict';
import { caseField, createCase, waitForAppDatabase } from '../browser/helpers/app.mjs';
import { turnLockOn } from '../browser/helpers/lock.mjs';
import { median, quantile, READY_PROBE, UNLOCK_READY_PROBE } from './measure.mjs';

// In the page: from the click on an answer (event time) to the first animation frame in which the
// app shows that answer as chosen: a rating's label carries `segment-checked`, a job-start item's
// card `checklist-done` (both set from the app's state, not the browser's own input state). The
// frame after that callback is the one that paints it.
const TAP_PROBE = () => {
  window.__taps = [];
  document.addEventListener(
    'click',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      const started = event.timeStamp;
      const shown =
        input.type === 'radio'
          ? () => input.closest('label')?.classList.contains('segment-checked') && input.checked
          : input.type === 'checkbox'
            ? () => input.closest('.checklist-item')?.classList.contains('checklist-done') === input.checked
            : null;
      if (!shown) return;
      const frame = (now) => {
        if (shown()) window.__taps.push(now - started);
        else if (now - started < 5000) requestAnimationFrame(frame);
        else window.__taps.push(Number.POSITIVE_INFINITY);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
};

/**
 * In the page: Chromium's own Event Timing (what INP is made of). Per interaction (a tap's
 * pointerdown, pointerup and click; a key's keydown and keyup), the longest of its events' durations:
 * from the input's time to the frame *presented* after its handlers ran, in 8 ms steps. The probes
 * above see the first frame that contains the change; this sees when that frame reached the screen,
 * work the frame itself does included. Interactions under 16 ms are not reported at all.
 */
const EVENT_TIMING_PROBE = () => {
  const interactions = new Map();
  const take = (entries) => {
    for (const entry of entries) {
      if (!entry.interactionId) continue;
      const longest = interactions.get(entry.interactionId) ?? 0;
      interactions.set(entry.interactionId, Math.max(longest, entry.duration));
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  // takeRecords: the entries queued but not yet delivered to the callback count too.
  window.__eventTiming = {
    clear: () => {
      observer.takeRecords();
      interactions.clear();
    },
    durations: () => {
      take(observer.takeRecords());
      return [...interactions.values()];
    },
  };
};

/** Shortest duration Event Timing reports; an interaction it did not report took less. */
export const EVENT_TIMING_FLOOR = 16;

/**
 * The Event Timing figures of the page's last `count` interactions: those not reported count as
 * EVENT_TIMING_FLOOR (an upper bound for them), so the quantiles are over every interaction made.
 */
async function eventTiming(page, count) {
  // An entry is queued once its frame is presented: two more frames let the last one's arrive. A
  // page that paints no frames (hidden) has nothing more to report: the wait ends after a second.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve));
        setTimeout(resolve, 1000);
      }),
  );
  const reported = await page.evaluate(() => window.__eventTiming.durations());
  const all = [...reported, ...Array(Math.max(0, count - reported.length)).fill(EVENT_TIMING_FLOOR)];
  return {
    p50: quantile(all, 0.5),
    p95: quantile(all, 0.95),
    max: Math.max(...all),
    reported: reported.length,
  };
}

/** Forgets the interactions so far (opening the screen), so only the measured ones count. */
async function startEventTiming(page) {
  await page.evaluate(() => window.__eventTiming.clear());
}

/** The tapped control's screen, opened and ready: `tool` is 'readiness', 'role-star' or 'job-start'. */
async function openTapScreen(t, page, tool) {
  const caseId = await createCase(t, page);
  if (tool === 'role-star') {
    await caseField(page, 'managerName').fill('Mette');
    await caseField(page, 'peerName').fill('Ali');
    await t.waitForSaved(page);
  }
  await t.open(page, `/cases/${caseId}/${tool}`);
  await page.locator('.tool-body').locator('button:visible, input:visible').first().waitFor();
  if (tool === 'readiness') {
    // A fresh case starts with "Start målingen".
    await page
      .locator('.tool-body')
      .getByRole('button', { name: /Start|Begynd/ })
      .first()
      .click();
  }
  if (tool === 'role-star') {
    // Choosing who starts starts the round; Mette then rates.
    await page.getByRole('button', { name: 'Mette starter' }).click();
    await page.waitForURL(/\?round=/);
  }
  const controls = tool === 'job-start' ? page.locator('.checklist-check input') : page.locator('.segmented');
  await controls.first().waitFor();
  return controls;
}

/**
 * A finger rests on the glass for a while: 50 ms here, short for a real tap (80–120 ms is usual).
 * Without it, Playwright's mouse-up follows the mouse-down at once and waits behind the frame the
 * down started (the focus ring, :active), a wait no hand can cause; `hold: 0` measures that too.
 */
export const TAP_CONTACT_MS = 50;

/**
 * The first `waitForFunction` of a page makes Playwright evaluate its own script in the page: a
 * task of about 45 ms at 4× CPU (an EvaluateScript with no URL in a trace), which landed among the
 * first taps or keystrokes and the app's work for them. Done before the CPU is slowed, so the
 * bench's probe is not part of what it measures.
 */
async function primeProbe(page) {
  await page.waitForFunction(() => true);
}

/**
 * Taps in one tool at `cpu`× slowdown: p50/p95/max of tap → painted. The readiness check and the
 * Role Star: a different answer each time round, so every tap changes something; the job start:
 * ticks, and the next round of taps unticks. With `bare`, the same taps on the bench's bare
 * controls page (tests/bench/static/controls.html) at that address: what a tap costs in this
 * browser with no app behind it.
 */
export async function tapToPaint(
  t,
  { taps = 40, cpu = 4, tool = 'readiness', hold = TAP_CONTACT_MS, bare } = {},
) {
  const page = await t.newPage();
  await page.addInitScript(TAP_PROBE);
  await page.addInitScript(EVENT_TIMING_PROBE);
  const checkbox = tool === 'job-start';
  let controls;
  if (bare) {
    await page.goto(bare);
    controls = page.locator(checkbox ? '.checklist-check input' : '.segmented');
    await controls.first().waitFor();
  } else controls = await openTapScreen(t, page, tool);
  const cdp = await t.cdp(page);
  await primeProbe(page);
  await startEventTiming(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // The Role Star passes the tablet on once every task is rated: its last task is left open.
  const groups = (await controls.count()) - (tool === 'role-star' && !bare ? 1 : 0);
  for (let i = 0; i < taps; i++) {
    if (checkbox) {
      await controls.nth(i % groups).click({ delay: hold });
    } else {
      const options = controls.nth(i % groups).locator('input[type="radio"]');
      const count = await options.count();
      await options.nth((Math.floor(i / groups) + i) % count).click({ delay: hold });
    }
    await page.waitForFunction((n) => window.__taps.length >= n, i + 1);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (!bare) await t.waitForSaved(page);
  const latencies = await page.evaluate(() => window.__taps);
  const presented = await eventTiming(page, taps);
  await page.context().close();
  assert.ok(latencies.every(Number.isFinite), 'every tap was shown as chosen');
  return {
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    presented,
  };
}

/** Puts `n` cases straight into the origin's IndexedDB "peerstart" (as created by the app). */
function seedCases(page, n) {
  return page.evaluate(
    (n) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          for (let i = 0; i < n; i++) {
            tx.objectStore('cases').put({
              id: `floor-${i}`,
              organisation: `Koldstart ${i + 1}`,
              unit: 'Team Nord',
              roleTitle: 'Peer-medarbejder',
              managerName: 'Leder',
              peerName: 'Peer',
              startDate: '',
              note: '',
              createdAt: Date.now() - i * 1000,
              updatedAt: Date.now() - i * 1000,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    n,
  );
}

// In the page: when the case list itself was painted, as the browser reports it (Element Timing on
// the case titles, `elementtiming="case-title"`): the presentation time of the frame that first
// showed a title. Set by the app, the floor app and the static page alike.
const LIST_PAINT_PROBE = () => {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'case-title' && window.__listPaintedAt === undefined)
        window.__listPaintedAt = entry.renderTime || entry.startTime;
  }).observe({ type: 'element', buffered: true });
};

/**
 * Makes `baseUrl` ready for offline cold starts in a context of its own: the page seen once, its
 * service worker running, `cases` cases stored (`seed`: the static page has no database), the
 * passcode lock turned on (`lock`: Peerstart's first screen is then the unlock screen), the start
 * picture stored (`picture`), then offline. Returns the context to measure in.
 */
async function prepareColdStart(t, baseUrl, { cases = 3, seed = true, lock = false, picture = false } = {}) {
  const context = await t.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl).href);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
  if (seed) {
    await waitForAppDatabase(page);
    await seedCases(page, cases);
  }
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await page.locator('.case-card').first().waitFor();
  // Peerstart: the list has been seen live, so its start picture is stored (taken when idle).
  if (picture)
    await page.waitForFunction(() => localStorage.getItem('peerstart.start-picture.v1') !== null, undefined, {
      timeout: 30_000,
    });
  if (lock) await turnLockOn(t, page);
  await page.close();
  await context.setOffline(true);
  await context.addInitScript(lock ? UNLOCK_READY_PROBE : READY_PROBE);
  await context.addInitScript(LIST_PAINT_PROBE);
  return context;
}

/**
 * One offline cold start: a new tab with every service worker stopped and the CPU slowed `cpu`×;
 * navigation start → the list with its "Nyt forløb" button in the DOM, the list's own paint
 * (Element Timing) and the first contentful paint. With `lock`: → the unlock screen ready for the
 * passcode (no case may show), and its first contentful paint.
 */
async function coldStartOnce(t, context, baseUrl, cpu, lock) {
  const probe = await context.newPage();
  const cdp = await t.cdp(probe);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await probe.goto(new URL('/', baseUrl).href);
  await probe.waitForFunction(() => window.__listReadyAt !== undefined, undefined, { timeout: 30_000 });
  // Both paints are reported once they have happened: after the list is in the DOM.
  await probe.waitForFunction(
    (lock) =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      (lock || window.__listPaintedAt !== undefined),
    lock,
    {
      timeout: 30_000,
    },
  );
  assert.ok(await probe.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'served by the SW');
  if (lock) assert.equal(await probe.locator('.case-card').count(), 0, 'no case shows while locked');
  else assert.ok((await probe.locator('.case-card').count()) >= 1, 'the list shows the stored cases');
  const sample = await probe.evaluate(() => ({
    list: window.__listReadyAt,
    shown: window.__listShownAt ?? window.__listReadyAt,
    painted: window.__listPaintedAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
  }));
  await probe.close();
  return sample;
}

/**
 * Offline cold starts of several builds, interleaved run by run (A, B, C, A, B, C, …) so a busy
 * moment of the machine falls on all of them alike: `targets` is `{ name: { baseUrl, seed, lock } }`.
 * Returns, per target, the medians and every run.
 */
export async function coldStarts(t, targets, { runs = 7, cpu = 4 } = {}) {
  const prepared = {};
  for (const [name, target] of Object.entries(targets))
    prepared[name] = await prepareColdStart(t, target.baseUrl, target);
  const samples = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, target] of Object.entries(targets))
      samples[name].push(await coldStartOnce(t, prepared[name], target.baseUrl, cpu, target.lock));
  for (const context of Object.values(prepared)) await context.close();
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        median: median(list.map((s) => s.list)),
        fcp: median(list.map((s) => s.fcp)),
        fcpGap: median(list.map((s) => s.fcp - s.list)),
        // How far the first contentful paint is from the list's own paint (0: the list is it).
        fcpToListPaint: median(list.map((s) => Math.abs(s.painted - s.fcp))),
        domToPaint: median(list.map((s) => s.painted - s.shown)),
        // The list on screen: its own paint (Element Timing), or the first paint with the lock on.
        painted: median(list.map((s) => s.painted ?? s.fcp)),
        runs: list.map((s) => s.list),
        fcpRuns: list.map((s) => s.fcp),
        paintRuns: list.map((s) => s.painted),
      },
    ]),
  );
}

// In the page: from each keydown in a text field (event time) to the next animation frame, the one
// that shows the character with whatever the app renders for it.
const KEY_PROBE = () => {
  window.__keys = [];
  document.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement)) return;
      const started = event.timeStamp;
      requestAnimationFrame((now) => window.__keys.push(now - started));
    },
    true,
  );
};

/**
 * Keystrokes in the longest text screen (Det praktiske) at `cpu`× slowdown, one at a time:
 * p50/p95/max of keystroke → painted. With `bare`, the same keystrokes in the text field of the
 * bench's bare controls page at that address.
 */
export async function keystrokeToPaint(t, { keys = 100, cpu = 4, bare } = {}) {
  const page = await t.newPage();
  await page.addInitScript(KEY_PROBE);
  await page.addInitScript(EVENT_TIMING_PROBE);
  let field;
  if (bare) {
    await page.goto(bare);
    field = page.locator('textarea');
  } else {
    const caseId = await createCase(t, page);
    await t.open(page, `/cases/${caseId}/practicalities`);
    field = page.locator('.tool-body textarea:visible').first();
  }
  await field.waitFor();
  await field.click();
  const cdp = await t.cdp(page);
  await primeProbe(page);
  await startEventTiming(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('peer-erfaring '[i % 14]);
    await page.waitForFunction((n) => window.__keys.length >= n, i + 1);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (!bare) await t.waitForSaved(page);
  const latencies = await page.evaluate(() => window.__keys);
  const presented = await eventTiming(page, keys);
  await page.context().close();
  return {
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    presented,
  };
}
