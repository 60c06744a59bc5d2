// The in-browser measurements of `npm run bench`: offline cold start, autosave latency and scale.
// Each takes a harness `t` (tests/browser/helpers/harness.mjs), so the network guard holds here too.
import assert from 'node:assert/strict';
import {
  caseField,
  createCase,
  openCase,
  readCase,
  showCaseDetails,
  waitForAppDatabase,
} from '../browser/helpers/app.mjs';
import { PASSCODE, turnLockOn, unlockWith } from '../browser/helpers/lock.mjs';

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

// Records (in page time, ms since navigation start) when the case list is in the DOM
// (`__listShownAt`: the "Nyt forløb" button and the list, cards or the empty-state text) and when it
// is live (`__listReadyAt`: the same outside the start picture, which is inert until the app has
// rendered over it: src/storage/start-picture.ts). Without a picture, and in the floor app and the
// static page, the two are the same moment.
export const READY_PROBE = () => {
  const check = () => {
    if (window.__listReadyAt !== undefined) return;
    const button = [...document.querySelectorAll('button')].find((b) => /Nyt forløb/.test(b.textContent));
    const list = document.querySelector('.case-card, .empty-state');
    if (!button || !list) return;
    const now = performance.now();
    if (window.__listShownAt === undefined) window.__listShownAt = now;
    if (!button.closest('[inert]') && !list.closest('[inert]')) window.__listReadyAt = now;
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['inert'],
  });
};

// With the passcode lock on, the first screen is the unlock screen: it is ready for input when the
// passcode field and the "Lås op" button are both there and enabled (a press while the database still
// opens waits for it). `__unlockShownAt`: the field is first there.
export const UNLOCK_READY_PROBE = () => {
  const check = () => {
    if (window.__listReadyAt !== undefined) return;
    const field = document.querySelector('#unlock-passcode');
    if (field && window.__unlockShownAt === undefined) window.__unlockShownAt = performance.now();
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lås op');
    if (field && !field.disabled && button && !button.disabled) window.__listReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
};

/**
 * Offline cold start at 4× CPU slowdown: navigation start → interactive case list, `runs` times.
 * With `lock`, the passcode lock is turned on after the cases are made, and the end point is the
 * unlock screen ready for input instead (no case may show).
 */
export async function coldStart(t, { runs = 5, cpu = 4, stopWorker = true, lock = false } = {}) {
  const page = await t.newPage();
  const context = page.context();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  for (let i = 0; i < 3; i++) {
    await createCase(t, page);
    await caseField(page, 'organisation').fill(`Koldstart ${i + 1}`);
    await t.waitForSaved(page);
  }
  if (lock) await turnLockOn(t, page);
  await page.close();
  await context.setOffline(true);
  await context.addInitScript(lock ? UNLOCK_READY_PROBE : READY_PROBE);
  const times = [];
  const htmlTimes = [];
  const dclTimes = [];
  const shownTimes = [];
  for (let i = 0; i < runs; i++) {
    const probe = await context.newPage();
    const cdp = await t.cdp(probe);
    // Cold: the service worker is stopped, so it starts again for this navigation.
    if (stopWorker) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await probe.goto(new URL('/', t.baseUrl).href);
    await probe.waitForFunction(() => window.__listReadyAt !== undefined, undefined, { timeout: 30_000 });
    assert.ok(await probe.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'served by the SW');
    if (lock) assert.equal(await probe.locator('.case-card').count(), 0, 'no case shows while locked');
    const sample = await probe.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ready: window.__listReadyAt,
        shown: window.__unlockShownAt,
        html: nav.responseEnd,
        dcl: nav.domContentLoadedEventEnd,
      };
    });
    times.push(sample.ready);
    shownTimes.push(sample.shown);
    htmlTimes.push(sample.html);
    dclTimes.push(sample.dcl);
    await probe.close();
  }
  await context.setOffline(false);
  const result = { median: median(times), runs: times, html: median(htmlTimes), dcl: median(dclTimes) };
  return lock ? { ...result, shown: median(shownTimes) } : result;
}

// Times every keystroke in the note field from keydown to the 'complete' event of the next
// read-write IndexedDB transaction on the cases store (the commit), in page time.
const AUTOSAVE_PROBE = () => {
  window.__bench = { keys: [], commits: [] };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.target?.name === 'note') window.__bench.keys.push(performance.now());
    },
    true,
  );
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = original.call(this, stores, mode, ...rest);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('cases')) {
      tx.addEventListener('complete', () => window.__bench.commits.push(performance.now()));
    }
    return tx;
  };
};

/**
 * Keystroke → committed write, over `edits` single-character edits (one at a time), p50/p95. With
 * `lock`, the passcode lock is on (every commit is a sealed record) and the case is opened through
 * the unlock screen.
 */
export async function autosave(t, { edits = 200, cpu = 1, lock = false } = {}) {
  const page = await t.newPage();
  await page.addInitScript(AUTOSAVE_PROBE);
  const caseId = await createCase(t, page);
  if (lock) {
    await turnLockOn(t, page);
    await t.open(page, `/cases/${caseId}`);
    await unlockWith(page);
    await page.locator('details.case-details-card').waitFor();
    await showCaseDetails(page);
  } else {
    await openCase(t, page, caseId);
  }
  if (cpu > 1) await (await t.cdp(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await caseField(page, 'note').click();
  const text = 'Peer-medarbejderen og lederen aftaler rollen sammen. ';
  const latencies = [];
  for (let i = 0; i < edits; i++) {
    await page.keyboard.type(text[i % text.length]);
    const latency = await page.evaluate(
      (index) =>
        new Promise((resolve, reject) => {
          const started = window.__bench.keys[index];
          const deadline = performance.now() + 5000;
          const poll = () => {
            const commit = window.__bench.commits.find((c) => c > started);
            if (commit !== undefined) return resolve(commit - started);
            if (performance.now() > deadline) return reject(new Error(`no commit for edit ${index}`));
            setTimeout(poll, 1);
          };
          poll();
        }),
      i,
    );
    latencies.push(latency);
  }
  await t.waitForSaved(page);
  // Verified against the stored truth: the last commit holds every character.
  const expected = Array.from({ length: edits }, (_, i) => text[i % text.length]).join('');
  assert.equal(await caseField(page, 'note').inputValue(), expected);
  if (lock) {
    // Stored sealed: the raw record holds no note and none of the text; a new page load, unlocked,
    // shows all of it, so the sealed commits measured are the real ones.
    const raw = await readCase(page, caseId);
    assert.ok(raw?.sealed && raw.note === undefined, 'the stored case is sealed');
    assert.ok(!JSON.stringify(raw).includes('Peer-medarbejderen'), 'no typed text at rest');
    await t.open(page, `/cases/${caseId}`);
    await unlockWith(page, PASSCODE);
    await page.locator('details.case-details-card').waitFor();
    await showCaseDetails(page);
    assert.equal(await caseField(page, 'note').inputValue(), expected, 'every keystroke is stored');
  } else {
    const stored = await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const open = indexedDB.open('peerstart');
          open.onsuccess = () => {
            const request = open.result.transaction('cases').objectStore('cases').get(id);
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result.note);
            };
          };
        }),
      caseId,
    );
    assert.equal(stored, expected, 'every keystroke is stored');
  }
  await page.context().close();
  return { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: Math.max(...latencies) };
}

const DIMENSIONS = [
  'one-to-one',
  'own-experience',
  'groups',
  'role-model',
  'community',
  'bridge-staff',
  'practical',
  'voice',
  'social',
  'teaching',
  'development',
  'general-tasks',
];

/** Adds `cases` cases with `rounds` Role Star rounds each, straight into IndexedDB. */
async function seed(page, cases, rounds) {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ cases, rounds, dims }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('seed: opening the database was blocked'));
        open.onupgradeneeded = () => reject(new Error(`seed: upgrade from ${open.result.version}`));
        open.onsuccess = () => {
          const db = open.result;
          let tx;
          try {
            tx = db.transaction(['cases', 'rounds'], 'readwrite');
          } catch (error) {
            reject(new Error(`seed: ${error} (version ${db.version}, stores ${[...db.objectStoreNames]})`));
            return;
          }
          const t0 = Date.UTC(2026, 0, 1);
          for (let c = 0; c < cases; c++) {
            const id = `scale-${String(c).padStart(4, '0')}`;
            tx.objectStore('cases').put({
              id,
              organisation: `Organisation ${c}`,
              unit: `Team ${c % 17}`,
              roleTitle: 'Peer-medarbejder',
              managerName: `Leder ${c}`,
              peerName: `Peer ${c}`,
              startDate: '2026-03-01',
              note: 'Et forløb til skalatesten.',
              createdAt: t0 + c * 60_000,
              updatedAt: t0 + c * 60_000,
            });
            for (let r = 0; r < rounds; r++) {
              const rating = (offset) => Object.fromEntries(dims.map((d, i) => [d, (i + r + offset) % 5]));
              tx.objectStore('rounds').put({
                id: `${id}-round-${r}`,
                caseId: id,
                tool: 'role-star',
                createdAt: t0 + c * 60_000 + r * 1000,
                updatedAt: t0 + c * 60_000 + r * 1000,
                data: {
                  name: `Runde ${r + 1}`,
                  date: '2026-04-01',
                  dimensionIds: dims,
                  labels: {},
                  ratings: { manager: rating(0), peer: rating(1) },
                  finished: { manager: true, peer: true },
                  revealed: true,
                  agreed: rating(2),
                  notes: { [dims[0]]: 'En aftalt note.' },
                },
              });
            }
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { cases, rounds, dims: DIMENSIONS },
  );
}

/** 1,000 cases × 10 rounds: time to show the list, to open a case, and the tab's JS heap. */
export async function scale(t, { cases = 1000, rounds = 10, opens = 5 } = {}) {
  const page = await t.newPage();
  await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).waitFor();
  await seed(page, cases, rounds);
  await page.context().addInitScript(READY_PROBE);

  const listTimes = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(new URL('/', t.baseUrl).href);
    await page.waitForFunction(() => window.__listReadyAt !== undefined, undefined, { timeout: 30_000 });
    listTimes.push(await page.evaluate(() => window.__listReadyAt));
  }
  // The list shows the most recent cases and says how many there are (the rest on request or by search).
  await page.getByText(`${cases} forløb`).waitFor();
  assert.ok((await page.locator('.case-card').count()) > 0, 'the most recent cases are listed');
  const shownIds = await page.$$eval('.case-card-title a', (links) =>
    links.map((a) => a.getAttribute('href')?.split('/').pop()),
  );

  const cdp = await t.cdp(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapList = (await cdp.send('Runtime.getHeapUsage')).usedSize;

  // Opening a case: click its link in the list (in-app navigation) → its overview with the tools.
  const openTimes = [];
  for (let i = 0; i < opens; i++) {
    if (i > 0) {
      await page.goBack();
      await page.locator('.case-card').first().waitFor();
    }
    const id = shownIds[(5 * i) % shownIds.length];
    const ms = await page.evaluate(
      (id) =>
        new Promise((resolve, reject) => {
          const link = document.querySelector(`a[href="/cases/${id}"]`);
          const start = performance.now();
          // A bound, not a pause: a case that never opens fails the row instead of stalling the bench.
          setTimeout(() => reject(new Error(`case ${id} did not open within 30 s`)), 30_000);
          const done = () => document.querySelector('.case-overview .tool-cards');
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document, { childList: true, subtree: true });
          link.click();
        }),
      id,
    );
    openTimes.push(ms);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heapCase = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.context().close();
  return {
    list: median(listTimes),
    listRuns: listTimes,
    openFirst: openTimes[0],
    open: median(openTimes),
    openRuns: openTimes,
    heapList,
    heapCase,
  };
}
