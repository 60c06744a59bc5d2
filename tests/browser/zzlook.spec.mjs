import { createCase } from './helpers/app.mjs';
export const title = 'temporary look';
export default async function (t) {
  const page = await t.newPage();
  await t.open(page, '/');
  const caseId = await createCase(t, page);
  const shot = async (name, locator, size) => {
    await page.setViewportSize(size);
    await locator.scrollIntoViewIfNeeded();
    await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(100);
    await page.screenshot({ path: `/tmp/look-${name}.png` });
  };
  const P = { width: 768, height: 1024 };
  const L = { width: 1024, height: 768 };
  await page.locator('details.advice-summary summary').click();
  await shot('overview-p', page.locator('details.advice-summary'), P);
  await shot('overview-l', page.locator('details.advice-summary'), L);
  await t.axe(page, 'overview with advice');
  await t.open(page, `/cases/${caseId}/hiring-topics`);
  await shot('recruit-p', page.locator('#recruitment-heading'), P);
  await shot('recruit-l', page.locator('[data-recruitment="health"]'), L);
  await t.open(page, `/cases/${caseId}/practicalities`);
  await shot('prac-top-p', page.locator('h1'), P);
  await shot('terms-p', page.locator('#practicalities-terms'), P);
  await shot('voice-l', page.locator('#practicalities-peerVoice'), L);
  await shot('disc-p', page.locator('#practicalities-disclosure'), P);
  await t.open(page, `/cases/${caseId}/readiness`);
  await shot('ready-p', page.locator('h1'), P);
  await t.open(page, '/sources');
  await shot('sources-p', page.locator('#source-rasmussen-johansen-2015'), P);
}
