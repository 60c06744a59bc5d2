// Issue 19: the lock never costs a character. Two tabs of one browser: tab A turns the lock on,
// turns it off or changes the passcode, with a few hundred cases on the tablet so the migration
// takes a moment, while tab B, on a slow tablet (4× CPU), types into a Motivation answer without a
// pause. Tab B never reloads. Every character tab B's field accepted is there after the change
// (after unlocking and after a reload, too), no plaintext of it is at rest while the lock is on,
// and the case list opens.
import { readStore } from './helpers/app.mjs';
import { PASSCODE, turnLockOn, unlockWith } from './helpers/lock.mjs';
import { seedCases, seededCaseId, storedForm } from './helpers/seed.mjs';
import { scanStorage } from './helpers/storage-scan.mjs';
import { expect, test } from './helpers/test.mjs';

const CASES = 400;
// The most recently edited seeded case (the list's first), and the empty answer tab B types into.
const CASE_ID = seededCaseId(0);
const ANSWER = 'm2';
const ANSWER_LABEL = 'Hvad håber I at opnå ved at have en peer-medarbejder ansat?';
const SEEDED_TEXT = 'Hun har selv brugt tilbuddet og kender ventetiden indefra.';
const NEW_PASSCODE = 'ny kode til tavlen';
const LOCKED_HEADING = 'Peerstart er låst';

test.describe.configure({ timeout: 480_000 });

/** No word B typed nor any seeded text is readable at rest; every record is sealed, and the lock record there. */
async function expectAllSealed(pageA, typed, when) {
  const needles = [...wordsOf(typed), SEEDED_TEXT, 'Bostedet nr. 1'];
  expect(await scanStorage(pageA, needles), `no plaintext at rest ${when}`).toEqual([]);
  const form = await storedForm(pageA);
  expect(form).toMatchObject({ plain: 0, lockRecord: true });
  expect(form.sealed).toBeGreaterThanOrEqual(CASES * 3);
}

/** A tablet with CASES cases in tab A, on the case list (the lock off). */
async function tabletWithCases(t) {
  const context = await t.newContext();
  const pageA = await context.newPage();
  await t.open(pageA, '/');
  await pageA.getByRole('button', { name: /Nyt forløb/ }).waitFor();
  await seedCases(pageA, CASES, { text: SEEDED_TEXT, repeat: 12 });
  return { context, pageA };
}

/** The answer field tab B types into. */
function answerField(page) {
  return page.getByLabel(ANSWER_LABEL, { exact: true });
}

/**
 * Opens tab B on the case's Motivation screen (unlocking it with `passcode` when the lock is on),
 * marks the page so a reload shows, records every value its answer field accepts (in the page and,
 * so a reload cannot hide it, in the test), and slows its CPU 4×.
 */
async function openTabB(t, context, passcode) {
  const pageB = await context.newPage();
  const seen = { accepted: '' };
  await pageB.exposeFunction('__peerstartAccepted', (value) => {
    seen.accepted = value;
  });
  await t.open(pageB, `/cases/${CASE_ID}/motivation`);
  if (passcode) await unlockWith(pageB, passcode);
  await answerField(pageB).waitFor();
  await pageB.evaluate(() => {
    window.__sameDocument = true;
    window.__accepted = '';
    // Every input event of a Motivation field: what the field held after each character it took.
    document.addEventListener(
      'input',
      (event) => {
        if (!(event.target instanceof HTMLTextAreaElement)) return;
        window.__accepted = event.target.value;
        void window.__peerstartAccepted(event.target.value);
      },
      true,
    );
  });
  const cdp = await context.newCDPSession(pageB);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { pageB, seen };
}

/** Whether tab B is still the document it was when typing began (false after a reload). */
function sameDocument(pageB) {
  return pageB.evaluate(() => window.__sameDocument === true).catch(() => false);
}

/**
 * The last value tab B's answer field accepted, as B saw it; fails (with what B had) when B
 * reloaded meanwhile.
 */
async function accepted(pageB, seen) {
  const value = await pageB
    .evaluate(() => (window.__sameDocument ? window.__accepted : null))
    .catch(() => null);
  if (value === null) {
    throw new Error(
      `tab B reloaded: its field had accepted ${seen.accepted.length} characters: ${JSON.stringify(seen.accepted)}`,
    );
  }
  return value;
}

/** What B accepted in all, said with how much of it came after A pressed `button`; the test saw all of it. */
async function acceptedThroughout({ pageB, seen }, before, button) {
  const typed = await accepted(pageB, seen);
  console.log(
    `    tab B accepted ${typed.length} characters, ${typed.length - before} of them after A pressed "${button}"`,
  );
  await expect.poll(() => seen.accepted, 'the test saw every value B accepted').toBe(typed);
  // B really typed through A's change, not only before it.
  expect(typed.length, `tab B accepted characters after A pressed "${button}"`).toBeGreaterThan(before);
  return typed;
}

/**
 * Types words into tab B's answer field without a pause until `finished()` resolves true (checked
 * between words), after `operation` (tab A's change) was started once B had typed a few words.
 * Resolves with the characters B accepted before A started, and A's outcome.
 */
async function typeThroughout(pageA, { pageB, seen }, operation, outcome) {
  await answerField(pageB).click();
  let word = 0;
  let stop = false;
  const typing = (async () => {
    while (!stop) await pageB.keyboard.type(`b${word++}q `);
  })();
  try {
    // B types at 4× CPU: beside a second suite (load 20+) it took over 10 s to take 20 characters.
    await expect
      .poll(async () => (await accepted(pageB, seen)).length, { timeout: 60_000 })
      .toBeGreaterThan(20);
    const before = (await accepted(pageB, seen)).length;
    await operation();
    await outcome.waitFor({ timeout: 120_000 });
    return { before };
  } finally {
    stop = true;
    await typing;
    expect(
      await pageA.getByText('Det lykkedes ikke.', { exact: false }).count(),
      "tab A's change failed",
    ).toBe(0);
  }
}

/** The whole words (with their space) of what B typed: plaintext of any of them at rest is a leak. */
function wordsOf(text) {
  return text.match(/b\d+q /g) ?? [];
}

/** What the answer field holds on screen, once it is there. */
async function expectAnswer(page, text) {
  await expect(answerField(page)).toHaveValue(text, { timeout: 30_000 });
}

/** The case list opens (in-app, so no unlock is needed) and counts every seeded case. */
async function expectListOpens(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Forløb', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${CASES} forløb` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.case-card').first()).toBeVisible();
}

test('lock turned on in tab A while tab B types at 4× CPU: B shows the unlock screen in place, and after unlocking every character is there, sealed', async ({
  t,
}) => {
  const { context, pageA } = await tabletWithCases(t);
  const tabB = await openTabB(t, context);
  const { pageB } = tabB;

  await t.open(pageA, '/settings');
  const { before } = await typeThroughout(
    pageA,
    tabB,
    async () => {
      await pageA.locator('#lock-new').fill(PASSCODE);
      await pageA.locator('#lock-repeat').fill(PASSCODE);
      await pageA.getByRole('button', { name: 'Slå låsen til' }).click();
    },
    pageA.getByText('Låsen er slået til.').first(),
  );

  await expect(pageB.getByRole('heading', { name: LOCKED_HEADING })).toBeVisible({ timeout: 30_000 });
  const typed = await acceptedThroughout(tabB, before, 'Slå låsen til');
  await expect(answerField(pageB), 'what B typed is out of sight while locked').toBeHidden();

  await expectAllSealed(pageA, typed, 'after "lock on"');

  // Unlocked in tab B: its text is on screen and saved, still sealed.
  await unlockWith(pageB);
  await expectAnswer(pageB, typed);
  expect(await sameDocument(pageB), 'unlocking did not reload tab B').toBe(true);
  await t.waitForSaved(pageB);
  await expectAllSealed(pageA, typed, 'after B saved');

  await pageB.reload();
  await unlockWith(pageB);
  await expectAnswer(pageB, typed);
  await expectListOpens(pageB);
  await context.close();
});

test('lock turned off in tab A while tab B types at 4× CPU: B keeps working, and every character is stored', async ({
  t,
}) => {
  const { context, pageA } = await tabletWithCases(t);
  await turnLockOn(t, pageA);
  const tabB = await openTabB(t, context, PASSCODE);
  const { pageB } = tabB;

  const { before } = await typeThroughout(
    pageA,
    tabB,
    async () => {
      await pageA.locator('#lock-current').fill(PASSCODE);
      await pageA.getByRole('button', { name: 'Slå låsen fra' }).click();
    },
    pageA.getByText('Låsen er slået fra.').first(),
  );

  const typed = await acceptedThroughout(tabB, before, 'Slå låsen fra');
  await expect(pageB.getByRole('heading', { name: LOCKED_HEADING })).toHaveCount(0);
  await expect(answerField(pageB)).toHaveValue(typed);
  await t.waitForSaved(pageB);

  const form = await storedForm(pageA);
  expect(form).toMatchObject({ sealed: 0, lockRecord: false });
  expect(form.plain).toBeGreaterThanOrEqual(CASES * 3);
  const stored = await readStore(pageA, 'toolDocs', [CASE_ID, 'motivation']);
  expect(stored?.data?.answers?.[ANSWER], 'stored answer (plain, the lock is off)').toBe(typed);

  await pageB.reload();
  await expect(pageB.getByRole('heading', { name: LOCKED_HEADING })).toHaveCount(0);
  await expectAnswer(pageB, typed);
  await expectListOpens(pageB);
  await context.close();
});

test('passcode changed in tab A while tab B types at 4× CPU: B keeps working, every character is stored sealed and opens with the new passcode', async ({
  t,
}) => {
  const { context, pageA } = await tabletWithCases(t);
  await turnLockOn(t, pageA);
  const tabB = await openTabB(t, context, PASSCODE);
  const { pageB } = tabB;

  const { before } = await typeThroughout(
    pageA,
    tabB,
    async () => {
      await pageA.locator('#lock-current').fill(PASSCODE);
      await pageA.locator('#lock-new').fill(NEW_PASSCODE);
      await pageA.locator('#lock-repeat').fill(NEW_PASSCODE);
      await pageA.getByRole('button', { name: 'Skift adgangskode' }).click();
    },
    pageA.getByText('Adgangskoden er skiftet.').first(),
  );

  const typed = await acceptedThroughout(tabB, before, 'Skift adgangskode');
  await expect(pageB.getByRole('heading', { name: LOCKED_HEADING })).toHaveCount(0);
  await expect(answerField(pageB)).toHaveValue(typed);
  await t.waitForSaved(pageB);

  await expectAllSealed(pageA, typed, 'with the new passcode');

  await pageB.reload();
  await unlockWith(pageB, NEW_PASSCODE);
  await expectAnswer(pageB, typed);
  await expectListOpens(pageB);
  await context.close();
});
