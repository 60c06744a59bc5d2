import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseField, createCase, readCase, userPause, waitForStoredField } from './helpers/app.mjs';
import { buildApp } from './helpers/build.mjs';
import { startPreview } from './helpers/server.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'a new version deployed mid-edit: the prompt appears, nothing reloads on its own, "Opdater nu" keeps every character';

const NEXT_VERSION = '0.1.0-next'; // tests/fixtures/vite.update.config.ts
/** How long the user reads the update prompt before going on typing. */
const PROMPT_READ_MS = 3000;

test(title, async ({ t }) => {
  // Its own server (a free port, or $UPDATE_PORT), because the test "deploys" a second build on it.
  const nextDir = mkdtempSync(join(tmpdir(), 'peerstart-next-'));
  const building = buildApp({ outDir: nextDir, config: 'tests/fixtures/vite.update.config.ts' });
  building.catch(() => undefined);
  let server = await startPreview({
    dist: t.server.outDir,
    port: process.env.UPDATE_PORT ? Number(process.env.UPDATE_PORT) : undefined,
  });
  const port = server.port;
  try {
    const base = server.baseUrl;
    const page = await t.newPage();
    await t.open(page, `${base}/`);
    await t.waitForServiceWorker(page);
    const caseId = await createCase(t, page);
    const note = caseField(page, 'note');
    await note.click();
    await note.pressSequentially('Første del, skrevet i den gamle version. ');
    await page.evaluate(() => {
      window.__marker = 'still the same page';
    });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    // Deploy: the same address now serves the next build.
    await building;
    await server.stop();
    server = await startPreview({ dist: nextDir, port });

    // The page looks for updates (as on a visibility change) while the user goes on typing.
    const typing = note.pressSequentially('Skrevet mens opdateringen blev fundet. ', { delay: 10 });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
    });
    await typing;
    const prompt = page.getByText('En ny version af Peerstart er klar');
    await prompt.waitFor({ timeout: 15_000 });

    // The next version is installed and waits for the user (it does not take over by itself).
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null),
      )
      .toBe('installed');
    // Nothing reloads on its own: the marker and every typed character stay while the user reads the
    // prompt. This is a simulated user's timing (an observation window for something that must NOT
    // happen), not a wait for a condition.
    await userPause(page, PROMPT_READ_MS);
    expect(await page.evaluate(() => window.__marker)).toBe('still the same page');
    expect(navigations, 'the page did not navigate or reload by itself').toBe(0);
    const before = 'Første del, skrevet i den gamle version. Skrevet mens opdateringen blev fundet. ';
    expect(await note.inputValue()).toBe(before);
    expect(await prompt.isVisible(), 'the prompt is still there').toBeTruthy();

    // The user types more, then accepts the update; the last keystroke is not awaited on purpose.
    await note.click();
    await note.press('End');
    await note.pressSequentially('Og det sidste lige før opdateringen.');
    const full = `${before}Og det sidste lige før opdateringen.`;
    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Opdater nu' }).click(),
    ]);
    await page.locator('#main').waitFor();
    expect(await page.evaluate(() => window.__marker), 'the page was reloaded once').toBe(undefined);
    await waitForStoredField(page, caseId, 'note', full);
    await caseField(page, 'note').waitFor();
    expect(await caseField(page, 'note').inputValue()).toBe(full);
    expect((await readCase(page, caseId)).note).toBe(full);

    await t.open(page, `${base}/settings`);
    await page.getByText(`Peerstart version ${NEXT_VERSION}`).waitFor();
    expect(await page.getByText('En ny version af Peerstart er klar').count()).toBe(0);
  } finally {
    await server.stop();
    rmSync(nextDir, { recursive: true, force: true });
  }
});
