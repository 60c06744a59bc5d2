// Issue 14, defect 5 through the UI: "Opdater nu" in one tab reloads that tab only. Another tab,
// whose user chose "Senere" and is typing, is not reloaded when the new version takes control; it
// gets its update bar back, keeps every keystroke, and reloads when its own user says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseField, createCase, readCase, showCaseDetails, waitForStoredField } from './helpers/app.mjs';
import { buildApp } from './helpers/build.mjs';
import { freePort, portRangeStart, startPreview } from './helpers/server.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'an update accepted in one tab reloads only that tab; the other keeps typing and its update bar';

const NEXT_VERSION = '0.1.0-next'; // tests/fixtures/vite.update.config.ts
const READY = 'En ny version af Peerstart er klar';

test(title, async ({ t }) => {
  const port = Number(process.env.UPDATE_TABS_PORT ?? (await freePort(portRangeStart() + 50)));
  const nextDir = mkdtempSync(join(tmpdir(), 'peerstart-next-tabs-'));
  const building = buildApp({ outDir: nextDir, config: 'tests/fixtures/vite.update.config.ts' });
  building.catch(() => undefined);
  let server = await startPreview({ dist: t.server.outDir, port });
  try {
    const base = server.baseUrl;
    const context = await t.newContext();
    const accepting = await context.newPage();
    await t.open(accepting, `${base}/`);
    await t.waitForServiceWorker(accepting);
    const caseId = await createCase(t, accepting);

    const typing = await context.newPage();
    await t.open(typing, `${base}/`);
    await typing.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await t.open(typing, `${base}/cases/${caseId}`);
    await showCaseDetails(typing);
    await typing.evaluate(() => {
      window.__marker = 'never reloaded';
    });
    let navigations = 0;
    typing.on('framenavigated', (frame) => {
      if (frame === typing.mainFrame()) navigations++;
    });
    const note = caseField(typing, 'note');
    await note.click();
    await note.pressSequentially('Skrevet i den gamle version. ');

    // Deploy the next version; both tabs find it.
    await building;
    await server.stop();
    server = await startPreview({ dist: nextDir, port });
    await accepting.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
    });
    await accepting.getByText(READY).waitFor({ timeout: 15_000 });
    await typing.getByText(READY).waitFor({ timeout: 15_000 });

    // The typing tab's user chooses "Senere" and goes on typing.
    await typing.getByRole('button', { name: 'Senere' }).click();
    await note.click();
    await note.press('End');
    await note.pressSequentially('Efter "Senere". ');

    // The other tab accepts: it reloads into the new version.
    await Promise.all([
      accepting.waitForEvent('framenavigated', { timeout: 15_000 }),
      accepting.getByRole('button', { name: 'Opdater nu' }).click(),
    ]);
    await accepting.locator('#main').waitFor();
    await t.open(accepting, `${base}/settings`);
    await accepting.getByText(`Peerstart version ${NEXT_VERSION}`).waitFor();

    // The new service worker now controls the typing tab too (this is when every tab used to
    // reload): the tab is not reloaded, its update bar is back, and typing goes on.
    await typing.getByText(READY).waitFor({ timeout: 15_000 });
    await note.click();
    await note.press('End');
    await note.pressSequentially('Og efter at den anden fane opdaterede.');
    const full = 'Skrevet i den gamle version. Efter "Senere". Og efter at den anden fane opdaterede.';
    expect(await note.inputValue(), 'every keystroke is on screen').toBe(full);
    await waitForStoredField(typing, caseId, 'note', full);
    expect(await typing.evaluate(() => window.__marker)).toBe('never reloaded');
    expect(navigations, 'the typing tab did not navigate or reload').toBe(0);
    await t.screenshotTablet(typing, 'update-tabs-other-tab');

    // Its own user accepts: now it reloads, into the new version, with the text kept.
    await Promise.all([
      typing.waitForEvent('framenavigated', { timeout: 15_000 }),
      typing.getByRole('button', { name: 'Opdater nu' }).click(),
    ]);
    await typing.locator('#main').waitFor();
    expect(await typing.evaluate(() => window.__marker), 'reloaded on its own user’s word').toBe(undefined);
    expect((await readCase(typing, caseId)).note).toBe(full);
    await t.open(typing, `${base}/settings`);
    await typing.getByText(`Peerstart version ${NEXT_VERSION}`).waitFor();
  } finally {
    await server.stop();
    rmSync(nextDir, { recursive: true, force: true });
  }
});
