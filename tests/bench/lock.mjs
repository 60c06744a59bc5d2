// The passcode lock's own measurements in `npm run bench` (issues 13 and 19): how long unlocking
// takes, from pressing "Lås op" with the right passcode until the case list shows its first case
// (with 3 cases made through the UI, or with 1,000 seeded cases), and how long each migration takes
// with 1,000 cases (turning the lock on, changing the passcode, turning it off), and whether its
// progress shows. The lock's cold start and autosave with encryption are `coldStart` and `autosave`
// of measure.mjs with `lock: true`, so they are measured exactly as the rows without the lock.
// `npm run bench -- --only=lockscale` runs the 1,000-case measurements alone.
import assert from 'node:assert/strict';
import { caseField, createCase, waitForAppDatabase } from '../browser/helpers/app.mjs';
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
 * Unlock time at `cpu`× slowdown: `cases` cases stored (made through the UI, or with `seeded`
 * written straight into IndexedDB by seedCases), the lock turned on, then offline; each of `runs`
 * runs opens a new tab on the list, waits for the unlock screen to be ready, slows the CPU, types the
 * right passcode and presses "Lås op"; click → the first case card in the document. Each run also
 * times the key derivation alone (same page, same slowdown), to show how much of it is PBKDF2.
 */
export async function unlockTime(t, { runs = 7, cpu = 1, cases = 3, seeded = false } = {}) {
  const page = await t.newPage();
  const context = page.context();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  if (seeded) {
    await seedCases(page, cases);
  } else {
    for (let i = 0; i < cases; i++) {
      await createCase(t, page);
      await caseField(page, 'organisation').fill(`Oplåsning ${i + 1}`);
      await t.waitForSaved(page);
    }
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
    assert.ok(sample > 0, 'the list came after the click');
    // The list shows the most recent cases (24) and counts the rest.
    assert.ok(
      (await probe.locator('.case-card').count()) >= Math.min(cases, 24),
      'the stored cases are listed',
    );
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

/** A few sentences such as a manager and a peer worker write; `n` varies them per case. */
function prose(n, sentences) {
  const pool = [
    'Vi har i flere år talt om at ansætte en med egen erfaring, og efter et besøg på et andet bosted blev det konkret.',
    'Borgerne fortæller, at de lettere åbner op over for en, der selv har stået i det.',
    'Teamet er spændt, men nogle er usikre på, hvad rollen skal indeholde, og hvem der har ansvaret.',
    'Vi aftaler supervision hver fjortende dag og sparring med lederen efter behov.',
    'Hun har selv brugt tilbuddet og kender ventetiden indefra, og hun vil gerne bruge det i samtalerne.',
    'Det er vigtigt for os, at peer-medarbejderen selv bestemmer, hvor meget af sin historie der deles.',
    'Vi forventer, at rollen ændrer vores måde at holde møder på, så borgernes stemme fylder mere.',
    'Der skal være tid til introduktion, og vi finder en fast kollega, der kan svare på spørgsmål den første måned.',
  ];
  const text = Array.from({ length: sentences }, (_, i) => pool[(n + i * 3) % pool.length]).join(' ');
  return `${text} (${n})`;
}

/**
 * Writes `count` cases straight into IndexedDB, each as a case in use would be: the case details,
 * three tool documents (Motivation, Practicalities, Job start) with several answers each, a
 * readiness round with notes and a finished Role Star round.
 */
export async function seedCases(page, count) {
  await waitForAppDatabase(page);
  const cases = Array.from({ length: count }, (_, i) => {
    const id = `bench-${String(i).padStart(4, '0')}`;
    return {
      id,
      note: prose(i, 3),
      answers: [prose(i + 1, 2), prose(i + 2, 3), prose(i + 3, 2)],
      summary: prose(i + 4, 1),
      practical: [prose(i + 5, 2), prose(i + 6, 1), prose(i + 7, 2)],
      readinessNote: prose(i + 2, 2),
      starNote: prose(i + 3, 1),
    };
  });
  return page.evaluate(
    (cases) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'toolDocs', 'rounds'], 'readwrite');
          const t0 = Date.UTC(2026, 0, 1);
          const dims = ['one-to-one', 'own-experience', 'groups', 'role-model', 'community', 'bridge-staff'];
          cases.forEach((c, i) => {
            const at = t0 + (cases.length - i) * 60_000;
            tx.objectStore('cases').put({
              id: c.id,
              organisation: `Bostedet ${['Lærkely', 'Havnen', 'Kløverbakken', 'Solsikken'][i % 4]} ${i}`,
              unit: `Team ${['Nord', 'Syd', 'Øst', 'Vest'][i % 4]}`,
              roleTitle: 'Peer-medarbejder',
              managerName: `Mette Lund ${i}`,
              peerName: `Jonas Holm ${i}`,
              startDate: '2026-03-01',
              note: c.note,
              createdAt: at,
              updatedAt: at,
            });
            const doc = (tool, data) =>
              tx.objectStore('toolDocs').put({ caseId: c.id, tool, data, updatedAt: at });
            doc('motivation', {
              answers: { m1: c.answers[0], m2: c.answers[1], m3: c.answers[2] },
              summary: c.summary,
            });
            doc('practicalities', {
              hours: '25',
              supervisionWho: c.practical[0],
              supervisionHowOften: 'Hver 14. dag',
              sparring: c.practical[1],
              wellbeingPlan: c.practical[2],
            });
            doc('job-start', { checked: { 'js-1': true, 'js-2': true }, notes: { 'js-1': c.practical[1] } });
            const rating = (offset) => Object.fromEntries(dims.map((d, k) => [d, (k + offset) % 5]));
            tx.objectStore('rounds').put({
              id: `${c.id}-readiness`,
              caseId: c.id,
              tool: 'readiness',
              createdAt: at,
              updatedAt: at,
              data: { answers: { r1: 3, r2: 4, r3: 2 }, note: c.readinessNote },
            });
            tx.objectStore('rounds').put({
              id: `${c.id}-star`,
              caseId: c.id,
              tool: 'role-star',
              createdAt: at,
              updatedAt: at,
              data: {
                name: 'Runde 1',
                date: '2026-04-01',
                dimensionIds: dims,
                labels: {},
                ratings: { manager: rating(0), peer: rating(1) },
                finished: { manager: true, peer: true },
                revealed: true,
                agreed: rating(2),
                notes: { [dims[0]]: c.starNote },
              },
            });
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    cases,
  );
}

/** Records stored per seeded case (1 case, 3 tool documents, 2 rounds). */
export const RECORDS_PER_CASE = 6;

// In the page: when a lock form's submit button is clicked, when the migration's progress line
// ("… af … dele er skrevet om.") first shows and how often it changes, and when the outcome shows
// (the settings' toast, or the failure line).
const MIGRATION_PROBE = () => {
  const reset = () => {
    window.__migration = { start: undefined, progressAt: undefined, progress: new Set(), end: undefined };
  };
  reset();
  window.__resetMigration = reset;
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('#main button') : null;
      const m = window.__migration;
      if (button && m.start === undefined && window.__migrationButton === button.textContent.trim())
        m.start = event.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    const m = window.__migration;
    if (m.start === undefined || m.end !== undefined) return;
    const main = document.querySelector('#main')?.textContent ?? '';
    const progress = main.match(/(\d+) af (\d+) dele er skrevet om\./);
    if (progress) {
      m.progressAt ??= performance.now();
      m.progress.add(progress[1]);
    }
    const toasts = document.querySelector('.toasts')?.textContent ?? '';
    if (toasts.includes(window.__migrationDone) || main.includes('Det lykkedes ikke.'))
      m.end = { at: performance.now(), ok: toasts.includes(window.__migrationDone) };
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

/** Runs one lock change in the settings (`fill` its fields, press `button`), timed in the page. */
async function timedChange(page, { fill, button, done }) {
  await page.evaluate(
    ({ button, done }) => {
      window.__resetMigration();
      window.__migrationButton = button;
      window.__migrationDone = done;
    },
    { button, done },
  );
  for (const [selector, value] of Object.entries(fill)) await page.locator(selector).fill(value);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction(() => window.__migration.end !== undefined, undefined, { timeout: 600_000 });
  const m = await page.evaluate(() => ({
    ...window.__migration,
    progress: window.__migration.progress.size,
  }));
  if (!m.end.ok) throw new Error(`"${button}" failed: the settings said "Det lykkedes ikke."`);
  return {
    ms: m.end.at - m.start,
    progressAfterMs: m.progressAt === undefined ? null : m.progressAt - m.start,
    progressSteps: m.progress,
  };
}

/**
 * The three migrations with `cases` seeded cases (RECORDS_PER_CASE records each) at `cpu`×
 * slowdown, in one tab on the settings: turning the lock on, changing the passcode, turning it off.
 * Each: click → the settings' toast, and when the progress line first showed and how many
 * different counts it showed.
 */
export async function migrationTimes(t, { cpu = 1, cases = 1000 } = {}) {
  const page = await t.newPage();
  const context = page.context();
  await context.addInitScript(MIGRATION_PROBE);
  await t.open(page, '/');
  await seedCases(page, cases);
  await t.open(page, '/settings');
  const cdp = await t.cdp(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const next = 'ny kode til tavlen';
  const on = await timedChange(page, {
    fill: { '#lock-new': PASSCODE, '#lock-repeat': PASSCODE },
    button: 'Slå låsen til',
    done: 'Låsen er slået til.',
  });
  const change = await timedChange(page, {
    fill: { '#lock-current': PASSCODE, '#lock-new': next, '#lock-repeat': next },
    button: 'Skift adgangskode',
    done: 'Adgangskoden er skiftet.',
  });
  const off = await timedChange(page, {
    fill: { '#lock-current': next },
    button: 'Slå låsen fra',
    done: 'Låsen er slået fra.',
  });
  await context.close();
  return { cpu, cases, records: cases * RECORDS_PER_CASE, on, change, off };
}

/** The lock's rows at 1,000 cases: unlock and the three migrations at 1× and 4× CPU. */
export async function lockAtScale(measure, row, { cases = 1000 } = {}) {
  const ms = (value) => `${Math.round(value)} ms`;
  const s = (value) => `${(value / 1000).toFixed(1)} s`;
  for (const cpu of [1, 4]) {
    const u = await measure(`unlock${cases}x${cpu}`, (t) => unlockTime(t, { cpu, cases, seeded: true }));
    if (u)
      row(
        `Unlock → first case, ${cases.toLocaleString('en')} cases, ${cpu}× CPU (7 runs)`,
        `median ${ms(u.median)}, p95 ${ms(u.p95)}, max ${ms(u.max)} [${u.runs.map(Math.round).join(', ')}]; PBKDF2 alone ${ms(u.kdf)}`,
        cpu === 1 ? 'p95 ≤ 1.5 s' : '',
        cpu === 1 ? u.p95 <= 1500 : undefined,
      );
  }
  for (const cpu of [1, 4]) {
    const m = await measure(`migrations${cases}x${cpu}`, (t) => migrationTimes(t, { cpu, cases }));
    if (!m) continue;
    // A new passcode wraps the same data key again: one record is written, no record is re-sealed,
    // so it has no progress to show.
    for (const [key, label, rewrites] of [
      ['on', 'lock on', true],
      ['change', 'change passcode (the key rewrapped, no record rewritten)', false],
      ['off', 'lock off', true],
    ]) {
      const r = m[key];
      const shown =
        r.progressAfterMs === null
          ? 'no progress shown'
          : `progress from ${ms(r.progressAfterMs)}, ${r.progressSteps} steps`;
      row(
        `Migration, ${label}, ${cases.toLocaleString('en')} cases (${m.records.toLocaleString('en')} records), ${cpu}× CPU`,
        `${s(r.ms)}; ${shown}`,
        rewrites ? '≤ 30 s, progress shown' : '≤ 30 s',
        r.ms <= 30_000 && (!rewrites || r.progressAfterMs !== null),
      );
    }
  }
}
