// Issue 18: the peer worker decides what of their own words leaves the tablet. Jonas writes in his
// own thoughts and in the agreement on openness. Someone else opening the case sees that something
// is written, not what; a PDF made the quickest way (the first button, the first choice) holds
// none of his words; ticking his thoughts asks Jonas by name, and then the PDF holds them and says
// on its first page that they are shared with his consent, which is stored with the case.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { caseField, createCase, nextFrames, readStore, showCaseDetails } from './helpers/app.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT } from './helpers/harness.mjs';
import { measureTargets } from './helpers/targets.mjs';
import { expect, test } from './helpers/test.mjs';

const THOUGHT = 'Jeg var indlagt i 2019, og det vil jeg bruge i samtalerne.';
const OPENNESS = 'Kollegerne må vide, at jeg har bipolar lidelse, borgerne må ikke.';
const THOUGHTS_BUTTON = 'Jonas’ egne overvejelser – vis';
const OPENNESS_BUTTON = 'Jonas’ aftale om åbenhed – vis';

/** The PDF the page offers with "Hent", saved and read with pdftotext. */
async function downloadedPdfText(t, page, name) {
  const get = page.getByRole('button', { name: 'Hent', exact: true });
  await get.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), get.click()]);
  const dir = join(t.outputDir, 'consent');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.pdf`);
  await download.saveAs(path);
  expect(download.suggestedFilename(), 'no person’s name in the file name').not.toMatch(/jonas/i);
  return execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
}

/** axe and 44 px targets at both tablet sizes, portrait first; the page is left in landscape. */
async function expectTargetsAndAxe(t, page, what) {
  for (const [label, size] of [
    ['768×1024', TABLET_PORTRAIT],
    ['1024×768', TABLET_LANDSCAPE],
  ]) {
    await page.setViewportSize(size);
    await nextFrames(page);
    await t.axe(page, `${what}, ${label}`);
    const { small } = await measureTargets(page);
    expect(small, `targets ≥ 44 px on ${what}, ${label}`).toEqual([]);
  }
}

test('the peer worker’s own words stay folded and out of a PDF unless Jonas says yes by name', async ({
  t,
}) => {
  const page = await t.newPage();
  await t.open(page, '/');
  const caseId = await createCase(t, page);
  await caseField(page, 'organisation').fill('Bostedet Åbrinken');
  await showCaseDetails(page);
  await caseField(page, 'peerName').fill('Jonas');
  await t.waitForSaved(page);

  // Jonas writes his own thoughts and the agreement on openness; each is shown with one tap.
  await t.open(page, `/cases/${caseId}/practicalities`);
  await page.getByRole('button', { name: THOUGHTS_BUTTON }).click();
  await page.getByLabel('Er mine erfaringer noget værd her?').fill(THOUGHT);
  await page.getByRole('button', { name: OPENNESS_BUTTON }).click();
  await page.getByLabel('Hvad må kollegerne vide?').fill(OPENNESS);
  await t.waitForSaved(page);

  // Someone else opens the case: the parts are there, folded, and their words are not in the page.
  await page.reload();
  const thoughts = page.getByRole('button', { name: THOUGHTS_BUTTON });
  await expect(thoughts).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-private="practicalities.voice"]')).toContainText('1 svar skrevet');
  await expect(page.locator('[data-private="practicalities.disclosure"]')).toContainText('1 svar skrevet');
  const body = await page.locator('body').innerText();
  expect(body).not.toContain('indlagt');
  expect(body).not.toContain('bipolar');
  await page.locator('[data-private="practicalities.voice"]').scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'consent-folded');
  await expectTargetsAndAxe(t, page, 'the peer worker’s folded parts');

  // The quickest PDF: the first button, the first choice as it stands.
  await t.open(page, `/cases/${caseId}`);
  await page.getByRole('button', { name: 'Lav PDF af forløbet' }).click();
  await expect(page.getByRole('radio', { name: /Til jer to/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Til jer to/ })).toBeFocused();
  const ownThoughts = page.getByRole('checkbox', { name: 'Jonas’ egne overvejelser' });
  await expect(ownThoughts).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Jonas’ aftale om åbenhed' })).not.toBeChecked();
  await page.locator('.audience-chooser').scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'consent-audience');
  await expectTargetsAndAxe(t, page, 'the choice of who the PDF is for');
  await page.getByRole('button', { name: 'Lav PDF’en' }).click();
  const quick = await downloadedPdfText(t, page, 'quick');
  expect(quick).toContain('Bostedet Åbrinken');
  expect(quick).not.toContain('indlagt');
  expect(quick).not.toContain('bipolar');
  expect(quick).toContain('Peer-medarbejderens egne dele er ikke med.');

  // For the team or HR, his parts are out as well; ticking his thoughts asks Jonas first.
  await page.getByRole('button', { name: 'Lav en ny' }).click();
  await page.getByRole('radio', { name: /Til teamet eller HR/ }).check();
  await ownThoughts.click();
  await expect(ownThoughts, 'not ticked before Jonas says yes').not.toBeChecked();
  const question = page.getByText('Jonas, vil du have dine egne overvejelser med i PDF’en?');
  await expect(question).toBeVisible();
  await t.screenshotTablet(page, 'consent-confirm');
  await expectTargetsAndAxe(t, page, 'Jonas asked to say yes');
  await page.getByRole('button', { name: 'Ja, jeg er Jonas, og jeg siger ja' }).click();
  await expect(ownThoughts).toBeChecked();
  await page.getByRole('button', { name: 'Lav PDF’en' }).click();
  const shared = await downloadedPdfText(t, page, 'shared');
  expect(shared).toContain(THOUGHT);
  expect(shared, 'the openness agreement was not ticked').not.toContain('bipolar');
  expect(shared).toMatch(/Indeholder Jonas’ egne oplysninger \(egne overvejelser\), delt med samtykke \d/);
  expect(shared).toContain('Til teamet eller HR');

  // A backup carries everything, so with Jonas' words in the case it is protected from the start.
  await expect(page.getByLabel('Beskyt med adgangssætning')).toBeChecked();
  await expect(
    page.getByText('Forløbet indeholder peer-medarbejderens egne ord.', { exact: false }),
  ).toBeVisible();

  // The consent is stored with the case: who, what, when, and for whom.
  const doc = await readStore(page, 'toolDocs', [caseId, 'practicalities']);
  expect(doc.data.consents.voice).toMatchObject({ name: 'Jonas', audience: 'team' });
  expect(doc.data.consents.voice.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(doc.data.consents.disclosure).toBeUndefined();
});
