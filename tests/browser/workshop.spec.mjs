// Workshop mode and "delete leaves nothing" (issue 13, items 3 and 4). Three pairs take turns on one
// tablet: each types its own strings into the case details and two tools, takes a PDF and a backup
// file with "Afslut og aflever" (caught as downloads), and after each hand-over a scan of every
// storage area (scanStorage: IndexedDB, localStorage, sessionStorage, Cache Storage, URL and history
// state) finds none of that pair's strings, and the screen shows no earlier names. Then: deleting one
// case, and "Slet alle data", leave nothing of what was typed either.
import { readFileSync } from 'node:fs';
import { caseField, createCase, showCaseDetails } from './helpers/app.mjs';
import { scanStorage } from './helpers/storage-scan.mjs';
import { measureTargets } from './helpers/targets.mjs';
import { expect, test } from './helpers/test.mjs';

/** Three pairs, each with strings no other pair types. */
const PAIRS = [
  {
    organisation: 'Bostedet Kastanjegården',
    managerName: 'Birthe Kjærsgaard',
    peerName: 'Mads Ravnkilde',
    note: 'Vagtplanen på Kastanjegården skal give ro',
    motivation: 'Kastanjegården vil have håbet ind i hverdagen',
    practicalities: 'Supervision hos Kastanjegårdens psykolog Yrsa',
  },
  {
    organisation: 'Værestedet Fyrtårnet',
    managerName: 'Henrik Østergaard',
    peerName: 'Lone Bækgaard',
    note: 'Fyrtårnet åbner også om aftenen',
    motivation: 'Fyrtårnets brugere savner en stemme med egne erfaringer',
    practicalities: 'Sparring med Fyrtårnets netværk hver tirsdag',
  },
  {
    organisation: 'Distriktspsykiatrien Ådalen',
    managerName: 'Camilla Thorsøe',
    peerName: 'Jonas Lindhardt',
    note: 'Ådalens team er nyt og spændt',
    motivation: 'Ådalen ønsker at bryde berøringsangsten',
    practicalities: 'Ådalen aftaler 24 timer om ugen med fleksibel start',
  },
];

const strings = (pair) => Object.values(pair);

/** axe, and every touch target at least 44 × 44 px at both tablet sizes, on the current screen. */
async function checkScreen(t, page, name) {
  await t.axe(page, name);
  for (const size of [
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    const { small } = await measureTargets(page);
    expect(small, `${name} at ${size.width}×${size.height}: targets under 44 px`).toEqual([]);
  }
}

/** Types `text` into the first text field of a tool screen and waits until it is saved. */
async function typeInTool(t, page, caseId, tool, text) {
  await t.open(page, `/cases/${caseId}/${tool}`);
  const field = page.locator('.tool-body textarea:visible, .tool-body input[type="text"]:visible').first();
  await field.waitFor();
  await field.fill(text);
  await t.waitForSaved(page);
}

/**
 * Builds one file on the hand-over screen and downloads it; returns the download. The PDF first
 * asks who it is for (`confirmName`): the first choice, as it stands.
 */
async function takeFile(page, cardId, makeName, confirmName) {
  const card = page.locator(`[data-file="${cardId}"]`);
  await card.getByRole('button', { name: makeName }).click();
  if (confirmName) {
    await expect(card.getByRole('radio', { name: /Til jer to/ })).toBeChecked();
    await card.getByRole('button', { name: confirmName }).click();
  }
  const download = card.getByRole('button', { name: 'Hent', exact: true });
  await download.waitFor({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  await expect(card.getByRole('status')).toContainText('er delt eller hentet');
  return file;
}

test.describe.configure({ timeout: 720_000 });

test('workshop: three pairs in turn, and after each hand-over nothing of that pair is stored or shown', async ({
  t,
}) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);

  // The facilitator starts the workshop in Settings, on an empty tablet.
  await t.open(page, '/settings');
  const section = page.locator('#workshop');
  await section.getByRole('button', { name: 'Start workshop' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop i gang' })).toBeVisible();
  await expect(page.locator('.app-header .workshop-badge')).toHaveText('Workshop i gang');
  await checkScreen(t, page, 'workshop start screen');
  await t.screenshotTablet(page, 'workshop-start');

  const typedSoFar = [];
  for (const [index, pair] of PAIRS.entries()) {
    // The start screen lists no case and names nobody.
    await expect(page.locator('.case-card')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start jeres forløb' }).click();
    await page.waitForURL(/\/cases\/[^/?]+/);
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    for (const field of ['organisation', 'managerName', 'peerName', 'note']) {
      await caseField(page, field).fill(pair[field]);
    }
    await t.waitForSaved(page);
    await typeInTool(t, page, caseId, 'motivation', pair.motivation);
    await typeInTool(t, page, caseId, 'practicalities', pair.practicalities);
    expect(
      (await scanStorage(page, strings(pair))).length > 0,
      'the scan finds what was just typed',
    ).toBeTruthy();

    if (index === 1) {
      // Back on the start page mid-case: the case in progress can be continued, but is not named.
      await t.open(page, '/');
      await expect(page.getByText('Et forløb er i gang på tabletten.')).toBeVisible();
      const text = await page.locator('#main').innerText();
      for (const s of strings(pair)) expect(!text.includes(s), `the start page names "${s}"`).toBeTruthy();
      await page.getByRole('link', { name: 'Fortsæt forløbet' }).click();
      await page.waitForURL(`**/cases/${caseId}`);
    } else {
      await t.open(page, `/cases/${caseId}`);
    }

    if (index === 0) await t.screenshotTablet(page, 'workshop-case-overview');
    await page.getByRole('link', { name: 'Afslut og aflever' }).click();
    await page.waitForURL('**/workshop/hand-over');
    const finish = page.getByRole('button', { name: 'Slet forløbet og giv tabletten videre' });
    await expect(finish).toBeDisabled();
    if (index === 0) {
      await checkScreen(t, page, 'hand-over screen');
      await t.screenshotTablet(page, 'workshop-hand-over');
    }

    const pdf = await takeFile(page, 'handover-pdf', 'Lav PDF', 'Lav PDF’en');
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    // The third pair protects its backup: a file left in the tablet's downloads tells the next pair nothing.
    const protect = index === 2;
    if (protect) {
      const card = page.locator('[data-file="handover-backup"]');
      await card.getByLabel('Beskyt med adgangssætning').check();
      await card.getByLabel('Adgangssætning', { exact: true }).fill('Vores fil, vores kode 7');
      await card.getByLabel('Skriv adgangssætningen igen').fill('Vores fil, vores kode 7');
    }
    const backup = await takeFile(page, 'handover-backup', 'Lav sikkerhedskopi');
    expect(backup.suggestedFilename()).toMatch(/^peerstart-sikkerhedskopi-.*\.json$/);
    const backupText = readFileSync(await backup.path(), 'utf8');
    for (const s of strings(pair)) {
      expect(backupText.includes(s), `the ${protect ? 'protected ' : ''}backup file and "${s}"`).toBe(
        !protect,
      );
    }
    if (protect) expect(backupText).toMatch(/"AES-256-GCM"/);
    if (index === 0) {
      await checkScreen(t, page, 'hand-over screen with both files delivered');
      await t.screenshotTablet(page, 'workshop-hand-over-delivered');
    }

    await expect(finish).toBeEnabled();
    await finish.click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '');
    await expect(
      page.getByRole('status').filter({ hasText: 'Forløbet er slettet fra tabletten' }),
    ).toBeVisible();
    if (index === 0) {
      await checkScreen(t, page, 'workshop start screen after a hand-over');
      await t.screenshotTablet(page, 'workshop-next-pair');
    }

    // Nothing of this pair (nor of an earlier one) anywhere in storage, the URL or history state.
    typedSoFar.push(...strings(pair));
    expect(await scanStorage(page, typedSoFar), `storage after pair ${index + 1}'s hand-over`).toEqual([]);
    expect(await page.evaluate(() => history.state)).toBe(null);
    const shown = await page.locator('body').innerText();
    for (const s of typedSoFar)
      expect(!shown.includes(s), `the next pair's screen shows "${s}"`).toBeTruthy();

    // "Back" leads to the removed case's address: it opens nothing and names nobody.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const back = await page.locator('body').innerText();
    for (const s of typedSoFar) expect(!back.includes(s), `going back shows "${s}"`).toBeTruthy();
    if (index === 0) await checkScreen(t, page, 'a removed case opened from history');
    await t.open(page, '/');
    await expect(page.getByRole('button', { name: 'Start jeres forløb' })).toBeVisible();
  }

  // The facilitator ends the workshop with one button; the usual (empty) start page returns.
  await t.open(page, '/settings');
  await expect(section.getByText('3 par har afleveret.')).toBeVisible();
  await t.axe(page, 'settings during a workshop');
  await section.getByRole('button', { name: 'Afslut workshoppen' }).click();
  await expect(page.locator('.workshop-badge')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Start workshop' })).toBeEnabled();
  await t.open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Forløb' })).toBeVisible();
  expect(await scanStorage(page, typedSoFar), 'storage after the workshop').toEqual([]);
});

test('workshop: a pair that leaves without handing over is deleted when the facilitator ends the workshop', async ({
  t,
}) => {
  const page = await t.newPage();
  // With a case on the tablet, a workshop cannot start (the pairs must never see it).
  await t.open(page, '/');
  const existing = await createCase(t, page);
  await caseField(page, 'organisation').fill('Facilitatorens egen sag Birkely');
  await t.waitForSaved(page);
  await t.open(page, '/settings');
  const section = page.locator('#workshop');
  await expect(section.getByText('Der ligger 1 forløb på tabletten')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Start workshop' })).toBeDisabled();
  // Emptied first (as the section tells), it starts.
  await page.getByLabel('Skriv SLET for at bekræfte').fill('SLET');
  await page.getByRole('button', { name: 'Slet alle data' }).click();
  await expect(section.getByRole('button', { name: 'Start workshop' })).toBeEnabled();
  await section.getByRole('button', { name: 'Start workshop' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // The earlier case's address opens nothing during the workshop.
  await t.open(page, `/cases/${existing}`);
  await expect(page.getByRole('heading', { name: 'Forløbet kan ikke åbnes nu' })).toBeVisible();

  // The workshop's start screen in English too.
  await t.open(page, '/');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop running' })).toBeVisible();
  await checkScreen(t, page, 'workshop start screen in English');
  await t.screenshotTablet(page, 'workshop-start-en');
  await page.getByRole('button', { name: 'Sprog: Dansk' }).click();

  await page.getByRole('button', { name: 'Start jeres forløb' }).click();
  await page.waitForURL(/\/cases\/[^/?]+/);
  await caseField(page, 'organisation').fill('Halvfærdige Hybenhuset');
  await caseField(page, 'note').fill('Hybenhuset gik til kaffe og kom ikke igen');
  await t.waitForSaved(page);

  await t.open(page, '/settings');
  await expect(section.getByText('1 forløb er ikke afleveret')).toBeVisible();
  await t.screenshotTablet(page, 'workshop-settings-running');
  await section.getByRole('button', { name: 'Afslut workshoppen' }).click();
  await expect(section.getByRole('button', { name: 'Start workshop' })).toBeEnabled();
  expect(await scanStorage(page, ['Hybenhuset', 'Birkely']), 'storage after ending the workshop').toEqual([]);
});

test('deleting a case, and "Slet alle data", leave nothing of what was typed', async ({ t }) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);

  const first = {
    organisation: 'Bofællesskabet Mågestien',
    peerName: 'Trine Skovbølling',
    note: 'Mågestien vil prøve nattevagter',
    motivation: 'Mågestiens beboere beder om en peer',
  };
  const second = {
    organisation: 'Klubhuset Lærkereden',
    managerName: 'Poul Ærenlund',
    note: 'Lærkereden har ventet længe',
    motivation: 'Lærkereden vil lære af levede erfaringer',
  };
  const ids = [];
  for (const data of [first, second]) {
    const id = await createCase(t, page);
    await showCaseDetails(page);
    for (const field of ['organisation', 'managerName', 'peerName', 'note']) {
      if (data[field]) await caseField(page, field).fill(data[field]);
    }
    await t.waitForSaved(page);
    await typeInTool(t, page, id, 'motivation', data.motivation);
    ids.push(id);
  }
  // A journal left behind by a tab that crashed mid-edit also holds the first case's text.
  await page.evaluate(
    ({ id }) =>
      localStorage.setItem(
        'peerstart.journal.crashedtab',
        JSON.stringify({
          [`case:${id}:unit`]: { kind: 'case', id, field: 'unit', value: 'Mågestien afdeling nord', at: 1 },
        }),
      ),
    { id: ids[0] },
  );

  await t.open(page, '/');
  const card = page.locator('.case-card', { hasText: first.organisation });
  await card.getByRole('button', { name: /^Slet/ }).click();
  await expect(card).toHaveCount(0);
  const firstStrings = [...Object.values(first), 'Mågestien afdeling nord'];
  expect(await scanStorage(page, firstStrings), 'storage after deleting one case').toEqual([]);
  expect(
    (await scanStorage(page, Object.values(second))).length > 0,
    'the other case is still stored',
  ).toBeTruthy();
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();

  // "Slet alle data": nothing stays, and the earlier "Fortryd" cannot bring a case back.
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await page.getByLabel('Skriv SLET for at bekræfte').fill('SLET');
  await page.getByRole('button', { name: 'Slet alle data' }).click();
  await expect(page.getByText('Alle data er slettet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fortryd' })).toHaveCount(0);
  expect(
    await scanStorage(page, [...firstStrings, ...Object.values(second)]),
    'storage after deleting all data',
  ).toEqual([]);
  await page.reload();
  await page.locator('#main').waitFor();
  expect(
    await scanStorage(page, [...firstStrings, ...Object.values(second)]),
    'storage after a reload',
  ).toEqual([]);
});
