// The Role Star, played through by two people on one tablet (1024×768): blind ratings with a
// hand-over, a reload in the middle of each person's turn, the reveal, the agreed star, a second
// round rated blind again, the comparison, and a 24-task star. Axe on every step; screenshots of each.
import { caseField, createCase, readStore } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'Role Star: both people rate blind, reload mid-round loses nothing, reveal, agree, compare, 24 tasks; axe clean';

const MANAGER = [4, 3, 2, 3, 2, 1, 0, 3, 2, 1, 2, 1, 3, 2];
const PEER = [4, 4, 3, 4, 3, 2, 1, 'skip', 3, 3, 2, 3, 3, 2];
const LABELS = {
  0: 'Ikke en del af rollen',
  1: 'Lejlighedsvis',
  2: 'Mindre, fast del',
  3: 'Vigtig del',
  4: 'Kerneopgave',
  skip: 'Spring over',
};

const task = (page, n) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

async function rate(page, values, from = 0, to = values.length) {
  for (let i = from; i < to; i++) {
    const answer = task(page, i + 1).getByRole('radio', { name: LABELS[values[i]], exact: true });
    // Taken: the turn bar's count ("n af 14 besvaret") or person changed. (The answer's own radio
    // cannot tell after a turn's last answer: the next person's list then shows, unchosen.)
    await page.locator('.rs-turn-bar').waitFor();
    const before = await turnBar(page);
    await expect(async () => {
      if ((await turnBar(page)) !== before) return;
      // After each answer the app scrolls smoothly to the next open task; a click aimed while the
      // list still moves can land beside its target (on a loaded machine), as a finger would.
      await scrollStill(page);
      // A click, not check(): the last answer passes the turn on, so the radio may be gone at once.
      await answer.click({ noWaitAfter: true, timeout: 5_000 });
      expect(await turnBar(page)).not.toBe(before);
    }).toPass({ timeout: 30_000 });
  }
}

/** What the whose-turn bar says (who rates, how many answered), or '' when there is none. */
function turnBar(page) {
  return page.evaluate(() => document.querySelector('.rs-turn-bar')?.textContent ?? '');
}

/** The page has not scrolled between two frames. */
async function scrollStill(page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const y = scrollY;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY === y)));
          }),
      ),
    )
    .toBe(true);
}

async function storedRound(page, roundId) {
  return (await readStore(page, 'rounds', roundId))?.data;
}

/** Lets the reveal's short fade-in finish, so axe and screenshots see the settled screen. */
function settle(page) {
  return page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function check(t, page, name) {
  await settle(page);
  await t.axe(page, name);
  await t.screenshotTablet(page, name);
}

// A long journey (about 2 min quiet): 1.5× the suite's per-test limit, since two suites side by side
// on this 2-CPU machine made it 3–4× slower (6 min in one such run).
test.describe.configure({ timeout: 720_000 });

test(title, async ({ t }) => {
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  await caseField(page, 'managerName').fill('Mette');
  await caseField(page, 'peerName').fill('Ali');
  await t.waitForSaved(page);

  await t.open(page, `/cases/${caseId}/role-star`);
  await page.getByRole('heading', { level: 1, name: 'Rollestjernen' }).waitFor();
  await page.getByText(/inspireret af "The Peer Worker Role Star"/).waitFor({ state: 'attached' });
  await check(t, page, 'role-star-rounds-empty');
  await page.getByText(/^Navn og dato/).click();
  await page.getByLabel('Navn på runden').fill('Ansættelsessamtale');
  // Choosing who starts starts the round.
  await page.getByRole('button', { name: 'Mette starter' }).click();
  await page.waitForURL(/\?round=/);
  const roundId = new URL(page.url()).searchParams.get('round');

  // Mette rates half, the page reloads (a crash, an update), and she carries on from there.
  await page.getByRole('heading', { name: 'Mette vurderer nu' }).waitFor();
  await rate(page, MANAGER, 0, 6);
  await t.waitForSaved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Mette vurderer nu' }).waitFor();
  expect(await page.locator('input[type=radio]:checked').count(), 'six ratings kept over the reload').toBe(6);
  await page.getByText('6 af 14').waitFor();
  await rate(page, MANAGER, 6, 13);
  await t.waitForSaved(page);
  await page.getByText('13 af 14').waitFor();
  await check(t, page, 'role-star-rating');
  // The last open answer ends Mette's turn: the hand-over hides everything of hers.
  await rate(page, MANAGER, 13);
  await page.getByRole('heading', { name: 'Ali vurderer nu' }).waitFor();
  await page.getByText('Mettes svar er gemt og skjult. Giv tabletten til Ali.').waitFor();
  await check(t, page, 'role-star-handover');
  expect(
    await page.locator('input[type=radio]:checked').count(),
    "Mette's answers are not shown to Ali",
  ).toBe(0);
  await rate(page, PEER, 0, 7);
  await t.waitForSaved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Ali vurderer nu' }).waitFor();
  expect(await page.locator('input[type=radio]:checked').count(), 'seven ratings kept over the reload').toBe(
    7,
  );
  await rate(page, PEER, 7);
  await t.waitForSaved(page);
  const stored = await storedRound(page, roundId);
  expect(Object.values(stored.ratings.peer).length).toEqual(14);
  expect(stored.ratings.peer.voice, 'a skip is stored as a skip').toBe('skip');

  // The reveal: both stars at once, differences first.
  await page.getByRole('heading', { name: 'I er begge færdige' }).waitFor();
  await check(t, page, 'role-star-ready');
  await page.getByRole('button', { name: 'Vis vores stjerner' }).click();
  await page.getByRole('heading', { name: 'Jeres to stjerner' }).waitFor();
  await page.getByRole('group', { name: /Rollestjernen: Ansættelsessamtale/ }).waitFor();
  const first = page.locator('.rs-differences li').first();
  expect(await first.textContent()).toMatch(/Undervisning og oplæg.*Tal om denne/);
  await check(t, page, 'role-star-reveal');

  // Tapping a task's name in the star goes to its agreed value.
  await page.getByRole('button', { name: 'Undervisning og oplæg', exact: true }).click();
  expect(
    await page.evaluate(() => document.activeElement?.closest('fieldset')?.id),
    'the spoke label focuses its control',
  ).toBe('agree-teaching');
  await page.getByRole('button', { name: /Brug jeres fælles værdi/ }).click();
  await t.waitForSaved(page);
  const agreeOn = { 'own-experience': 3, groups: 3, 'role-model': 3, community: 2, 'bridge-staff': 1 };
  Object.assign(agreeOn, { practical: 1, voice: 2, social: 2, teaching: 2, 'general-tasks': 1 });
  for (const [id, value] of Object.entries(agreeOn)) {
    await page.locator(`#agree-${id}`).getByRole('radio', { name: LABELS[value], exact: true }).check();
  }
  await page
    .locator('#agree-teaching')
    .locator('xpath=..')
    .getByLabel('Note (valgfri)')
    .fill('Oplæg for kolleger');
  await page.getByText('Jeres aftalte stjerne er klar').waitFor();
  await t.waitForSaved(page);
  await page.reload();
  await page.getByText('Jeres aftalte stjerne er klar').waitFor();
  expect(
    await page.locator('#agree-teaching').locator('xpath=..').getByLabel('Note (valgfri)').inputValue(),
  ).toBe('Oplæg for kolleger');
  await settle(page);
  await t.axe(page, 'agreed star complete');

  // A second round is rated blind again; general staff tasks grow, and the comparison shows it.
  const AGREED_1 = [4, 3, 3, 3, 2, 1, 1, 2, 2, 2, 2, 1, 3, 2];
  await page.getByRole('link', { name: /Alle runder/ }).click();
  await page.getByText(/^Navn og dato/).click();
  await page.getByLabel('Navn på runden').fill('Opfølgning efter 3 måneder');
  await page.getByRole('button', { name: 'Ali starter' }).click();
  await page.getByRole('heading', { name: 'Ali vurderer nu' }).waitFor();
  await page.getByText('0 af 14').waitFor();
  await rate(page, AGREED_1);
  await page.getByRole('heading', { name: 'Mette vurderer nu' }).waitFor();
  // Mette sees general staff tasks (task 12) as a core part now.
  await rate(
    page,
    AGREED_1.map((value, i) => (i === 11 ? 4 : value)),
  );
  await page.getByRole('button', { name: 'Vis vores stjerner' }).click();
  await page.getByText(/Til sammenligning: det, I aftalte i "Ansættelsessamtale"/).waitFor();
  await page.getByRole('button', { name: /Brug jeres fælles værdi/ }).click();
  await page.locator('#agree-general-tasks').getByRole('radio', { name: 'Vigtig del' }).check();
  await page.getByText(/Generelle medarbejderopgaver fylder meget/).waitFor();
  await t.waitForSaved(page);
  await page.getByRole('link', { name: /Alle runder/ }).click();
  await page.getByRole('link', { name: 'Sammenlign to runder' }).click();
  await page.getByRole('heading', { name: 'Sammenlign to runder' }).waitFor();
  await page.getByRole('img', { name: /Aftalt stjerne: Ansættelsessamtale.*og Opfølgning/ }).waitFor();
  expect(await page.locator('.rs-differences li').first().textContent()).toMatch(
    /Generelle medarbejderopgaver.*fra Lejlighedsvis til Vigtig del/,
  );
  await check(t, page, 'role-star-compare');

  // 24 tasks: the fourteen plus ten of the case's own, all rated, still readable.
  await page.getByRole('link', { name: /Alle runder/ }).click();
  await page.getByRole('link', { name: /Tilpas opgaverne/ }).click();
  for (let i = 1; i <= 10; i++) {
    await page.getByLabel('Tilføj en egen opgave').fill(`Egen opgave nummer ${i}`);
    await page.getByRole('button', { name: 'Tilføj opgaven' }).click();
    await page.getByText(`${14 + i} opgaver vises i stjernen`).waitFor();
  }
  await page.getByText(/højst have 24 opgaver/).waitFor();
  expect(
    await page.getByRole('button', { name: 'Tilføj opgaven' }).isDisabled(),
    'no 25th task',
  ).toBeTruthy();
  await t.waitForSaved(page);
  await check(t, page, 'role-star-tasks');
  await page.getByRole('link', { name: /Alle runder/ }).click();
  await page.getByText(/^Navn og dato/).click();
  await page.getByLabel('Navn på runden').fill('Workshop med 24 opgaver');
  await page.getByRole('button', { name: 'Mette starter' }).click();
  const values = Array.from({ length: 24 }, (_, i) => [4, 3, 2, 1, 0, 3][i % 6]);
  await rate(page, values);
  await page.getByRole('heading', { name: 'Ali vurderer nu' }).waitFor();
  await rate(
    page,
    values.map((v, i) => (i % 4 === 0 ? Math.min(4, v + 2) : v)),
  );
  await page.getByRole('button', { name: 'Vis vores stjerner' }).click();
  await page.getByRole('group', { name: /Rollestjernen: Workshop med 24 opgaver/ }).waitFor();
  expect(await page.locator('g[role=button][data-axis-id]').count(), 'every task has its spoke label').toBe(
    24,
  );
  await settle(page);
  await t.axe(page, 'reveal with 24 tasks');
  await t.screenshotTablet(page, 'role-star-24');
  await page
    .locator('.rs-chart svg')
    .screenshot({ path: `${t.outputDir}/screenshots/role-star-24-chart.png` });

  // The same round in English, and the list of rounds with where each stands.
  await page.locator('button.lang-switch').click();
  await page.getByRole('heading', { name: 'Your two stars' }).waitFor();
  await page.getByRole('heading', { name: 'Differences – talk about these first' }).waitFor();
  await settle(page);
  await t.axe(page, 'reveal in English');
  await t.screenshotTablet(page, 'role-star-reveal-en');
  await page.getByRole('link', { name: /All rounds/ }).click();
  await page.getByText('Agreed star ready').first().waitFor();
  await check(t, page, 'role-star-rounds-en');
});
