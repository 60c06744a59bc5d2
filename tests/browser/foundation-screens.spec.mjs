import { caseField, createCase, nextFrames, openCase } from './helpers/app.mjs';
import { test } from './helpers/test.mjs';

const title = 'every screen is axe-clean and photographed at both tablet sizes, in Danish and English';

async function check(t, page, name) {
  // Lazy chunks and fonts in, then the last render painted.
  await page.evaluate(() => document.fonts.ready);
  await nextFrames(page);
  await t.axe(page, name);
  await t.screenshotTablet(page, name);
}

test(title, async ({ t }) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await page.getByText('Der er ingen forløb endnu').waitFor();
  await check(t, page, 'case-list-empty');

  const caseId = await createCase(t, page);
  await caseField(page, 'organisation').fill('Socialpsykiatrien Nord');
  await caseField(page, 'unit').fill('Bostøtteteamet');
  await caseField(page, 'roleTitle').fill('Peer-medarbejder, 25 timer');
  await caseField(page, 'managerName').fill('Mette Lund');
  await caseField(page, 'peerName').fill('Jonas Bæk');
  await caseField(page, 'startDate').fill('2027-02-01');
  await caseField(page, 'note').fill('Vi starter med en prøveperiode på tre måneder.');
  await t.waitForSaved(page);
  await check(t, page, 'case-overview-new');

  await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  await page.waitForURL(/\/cases\//);
  await caseField(page, 'organisation').fill('Misbrugscenter Syd');
  await t.waitForSaved(page);
  await t.open(page, '/');
  await page.getByRole('link', { name: 'Socialpsykiatrien Nord' }).waitFor();
  await check(t, page, 'case-list');

  await openCase(t, page, caseId);
  await check(t, page, 'case-overview');
  await t.open(page, `/cases/${caseId}`);
  await page.locator('details.case-details-card').waitFor();
  await check(t, page, 'case-overview-folded');
  await t.open(page, '/cases/does-not-exist');
  await check(t, page, 'case-not-found');

  await t.open(page, '/settings');
  await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
  await check(t, page, 'settings');
  await t.open(page, '/sources');
  await page.locator('h1').waitFor();
  await check(t, page, 'sources');
  await t.open(page, '/no/such/page');
  await page.getByRole('heading', { level: 1, name: 'Siden findes ikke.' }).waitFor();
  await check(t, page, 'not-found');

  // The same screens in English.
  await t.open(page, '/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await check(t, page, 'settings-en');
  await t.open(page, '/');
  await page.getByRole('button', { name: /New case/ }).waitFor();
  await check(t, page, 'case-list-en');
  await openCase(t, page, caseId);
  await check(t, page, 'case-overview-en');
  await t.open(page, '/sources');
  await check(t, page, 'sources-en');
  await t.open(page, '/no/such/page');
  await check(t, page, 'not-found-en');
});
