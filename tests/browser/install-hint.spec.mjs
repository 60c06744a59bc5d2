// Getting Peerstart onto a tablet: on a fresh tablet's empty start page, the browser's own install
// prompt where it offers one (beforeinstallprompt), the iPad steps where it does not, nothing once
// Peerstart runs installed; and "Hent en sikkerhedskopi ind" leads to the import in Settings.
import { expect, test } from './helpers/test.mjs';

const title =
  'install hint: the browser prompt when offered, iPad steps otherwise, nothing when installed; import from the empty start page';

test(title, async ({ t }) => {
  // A browser that offers installing (Chromium fires beforeinstallprompt when the app qualifies).
  const page = await t.newPage();
  await t.open(page, '/');
  await page.getByRole('heading', { name: 'Læg Peerstart på hjemmeskærmen' }).waitFor();
  // Without the event, the short iPad steps.
  await page.getByText(/På iPad: tryk på Del-knappen/).waitFor();
  await page.evaluate(() => {
    window.__prompted = 0;
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = async () => {
      window.__prompted++;
    };
    event.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(event);
  });
  const install = page.getByRole('button', { name: 'Installér Peerstart' });
  await install.waitFor();
  expect(await page.getByText(/På iPad/).count(), 'no iPad steps when the browser offers the prompt').toBe(0);
  await t.axe(page, 'start page with the install prompt');
  await t.screenshotTablet(page, 'install-hint-prompt');
  await install.click();
  await page.getByRole('heading', { name: 'Læg Peerstart på hjemmeskærmen' }).waitFor({ state: 'detached' });
  expect(await page.evaluate(() => window.__prompted), "the browser's prompt was shown").toBe(1);

  // "Hent en sikkerhedskopi ind" leads to the import in Settings, in view.
  await page.getByRole('link', { name: 'Hent en sikkerhedskopi ind' }).click();
  await page.waitForURL(/\/settings/);
  await page.waitForFunction(() => document.activeElement?.id === 'backup');
  await page.getByRole('heading', { name: 'Hent en sikkerhedskopi ind' }).waitFor();

  // Running installed (display-mode: standalone): no hint at all.
  const context = await t.newContext();
  await context.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query) =>
      query.includes('display-mode: standalone')
        ? { ...original(query), matches: true, media: query }
        : original(query);
  });
  const installed = await context.newPage();
  await t.open(installed, '/');
  await installed.getByRole('link', { name: 'Hent en sikkerhedskopi ind' }).waitFor();
  expect(
    await installed.getByRole('heading', { name: 'Læg Peerstart på hjemmeskærmen' }).count(),
    'no install hint when installed',
  ).toBe(0);
  await t.open(installed, '/settings');
  await installed.getByRole('heading', { name: 'Brugervejledning' }).waitFor();
  expect(await installed.getByText('Læg Peerstart på hjemmeskærmen').count(), 'none in Settings either').toBe(
    0,
  );
});
