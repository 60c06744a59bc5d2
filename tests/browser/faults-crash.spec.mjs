import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCaseFields, caseField, createCase, openCase, userPause } from './helpers/app.mjs';
import { killPage, restartAfterCrash } from './helpers/crash.mjs';
import { expect, test } from './helpers/test.mjs';

const title = 'the tab is closed, or its renderer is killed, right after typing: everything typed is stored';

// How long the test lets the app work after the last keystroke before the tab dies. TextField
// writes every keystroke at once (no debounce), so the only unsafe window is the write itself:
// a few milliseconds (see docs/benchmarks.md, "Autosave"). The page dies 50 ms after the last
// keystroke is delivered, well inside any debounce an autosave could have had.
const GRACE_MS = 50;

/** Types `text` (field → value) into the case's fields in a new page of `context`. */
async function typeInto(t, context, caseId, text) {
  const page = await context.newPage();
  await openCase(t, page, caseId);
  for (const [field, value] of Object.entries(text)) {
    await caseField(page, field).click();
    await page.keyboard.type(value);
  }
  // Simulated user timing, not a wait for a condition: the tab dies GRACE_MS after the last keystroke.
  await userPause(page, GRACE_MS);
  return page;
}

/** Opens the case in a new page of `context` and checks every field, stored and on screen. */
async function expectStored(t, context, caseId, expected) {
  const page = await context.newPage();
  await openCase(t, page, caseId);
  await assertCaseFields(page, caseId, expected);
  await page.close();
}

test(title, async ({ t }) => {
  // 1. The tab is closed (no unload handlers run) 50 ms after the last keystroke.
  const page = await t.newPage();
  const context = page.context();
  const caseId = await createCase(t, page);
  await page.close();
  const closed = { organisation: 'Regionspsykiatrien Vest', managerName: 'Birgitte Holm' };
  await (await typeInto(t, context, caseId, closed)).close({ runBeforeUnload: false });
  await expectStored(t, context, caseId, closed);

  // 2. The renderer is killed (SIGKILL, as an OS kills a tab) 50 ms after the last keystroke.
  // A profile of its own, so only this test's renderers are killed.
  const profile = mkdtempSync(join(tmpdir(), 'peerstart-crash-'));
  try {
    let persistent = await t.persistentContext(profile);
    const first = persistent.pages()[0] ?? (await persistent.newPage());
    const crashCase = await createCase(t, first);
    const crashed = { unit: 'Ambulatoriet for unge', note: 'Sidste tastetryk før nedbruddet: æøå ÆØÅ!' };
    const victim = await typeInto(t, persistent, crashCase, crashed);
    expect(await killPage(victim, profile), 'the tab died').not.toBe('alive');
    // The app is started again, as a tablet does after its OS killed it.
    persistent = await restartAfterCrash(t, persistent, profile);
    await expectStored(t, persistent, crashCase, crashed);
    await persistent.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }

  // 3. No grace at all: the tab is closed in the same breath as the last keystroke, typed at a fast
  // typist's pace (60 ms a key). The writes still in flight die with the page (IndexedDB aborts
  // uncommitted transactions), so the bound is a time window, as in faults-reload.spec.mjs:
  // everything typed WINDOW_MS before the close must be stored, and nothing that was not typed.
  const WINDOW_MS = 250;
  await context.addInitScript(() => {
    document.addEventListener(
      'input',
      (event) => {
        if (event.target?.name !== 'peerName') return;
        const log = JSON.parse(localStorage.getItem('__typed') ?? '[]');
        log.push({ at: Date.now(), length: event.target.value.length });
        localStorage.setItem('__typed', JSON.stringify(log));
      },
      true,
    );
  });
  const fast = await context.newPage();
  await openCase(t, fast, caseId);
  await caseField(fast, 'peerName').click();
  await fast.keyboard.type('Ali Nielsen', { delay: 60 });
  const closedAt = Date.now();
  await fast.close({ runBeforeUnload: false });
  const check = await context.newPage();
  await openCase(t, check, caseId);
  await assertCaseFields(check, caseId, closed);
  const peerName = await caseField(check, 'peerName').inputValue();
  const log = await check.evaluate(() => JSON.parse(localStorage.getItem('__typed') ?? '[]'));
  const mustHave = Math.max(0, ...log.filter((e) => e.at <= closedAt - WINDOW_MS).map((e) => e.length));
  expect(
    'Ali Nielsen'.startsWith(peerName),
    `stored a prefix of what was typed: ${JSON.stringify(peerName)}`,
  ).toBeTruthy();
  expect(
    peerName.length >= mustHave,
    `stored ${JSON.stringify(peerName)}, but ${mustHave} characters were typed more than ${WINDOW_MS} ms before the close`,
  ).toBeTruthy();
  console.log(
    `    closed 0 ms after the last keystroke: stored ${peerName.length} of 11 (required ≥ ${mustHave})`,
  );
});
