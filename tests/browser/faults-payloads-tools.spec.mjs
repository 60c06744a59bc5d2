import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAYLOADS } from '../fixtures/payloads.mjs';
import { caseField, createCase, nextFrames, openTool } from './helpers/app.mjs';
import { makePdf } from './helpers/export.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'script payloads, long, RTL and emoji text in every tool text field: nothing runs, it round-trips, the PDF shows it literally';

// Role Star is left out here: its first text field is the "new round" form (saved on submit, not per
// keystroke); its round texts are covered by role-star.spec.mjs.
const TOOLS = ['motivation', 'readiness', 'role-mapping', 'hiring-topics', 'practicalities', 'job-start'];
const VALUES = Object.values(PAYLOADS);
const TEXT_FIELDS = 'textarea:visible, input[type="text"]:visible, input:not([type]):visible';

/** Unfolds every disclosure of the tool and shows the peer worker's own parts, so every text field is reachable. */
async function unfold(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('.tool-body details')) details.open = true;
  });
  const folded = page.locator('.private-toggle[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

/** Opens a tool of the case, loaded, with every text field unfolded. */
async function openToolUnfolded(t, page, caseId, tool) {
  await openTool(t, page, caseId, tool);
  await nextFrames(page);
  await unfold(page);
  return page.locator('.tool-body');
}

test(title, async ({ t }) => {
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  await caseField(page, 'organisation').fill(PAYLOADS.imgOnerror);
  await t.waitForSaved(page);
  const typedByTool = {};
  let total = 0;
  for (const tool of TOOLS) {
    const body = await openToolUnfolded(t, page, caseId, tool);
    const start = body.getByRole('button', { name: /ny runde|start|begynd|ny måling/i });
    if (await start.count()) {
      const label = (await start.first().innerText()).trim();
      await start.first().click();
      // The round has started when the button that started it has given way to the round itself.
      await expect(body.getByRole('button', { name: label, exact: true })).toHaveCount(0);
      await unfold(page);
    }
    // Tools with own items ("Tilføj eget sted/emne"): add one, so its text fields are there too.
    const addOwn = body.getByRole('button', { name: /Tilføj eget/ });
    if (await addOwn.count()) {
      const before = await body.locator(TEXT_FIELDS).count();
      await addOwn.first().click();
      await expect.poll(() => body.locator(TEXT_FIELDS).count()).toBeGreaterThan(before);
      await unfold(page);
    }
    const fields = body.locator(TEXT_FIELDS);
    const typed = [];
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      if (!(await field.isEditable())) continue;
      const payload = VALUES[(i + total) % VALUES.length];
      const isTextarea = await field.evaluate((el) => el.tagName === 'TEXTAREA');
      const value = isTextarea ? payload : payload.replaceAll('\n', ' ');
      await field.fill(value);
      // Fields may cap their length (maxlength): what the user sees is what must be stored.
      typed.push({ index: i, value: await field.inputValue() });
    }
    total += typed.length;
    if (typed.length) await t.waitForSaved(page);
    typedByTool[tool] = typed;
  }
  expect(total >= 5, `typed payloads into ${total} tool fields`).toBeTruthy();

  // A fresh load of each tool: every field shows exactly what was typed; nothing ran.
  for (const tool of TOOLS) {
    const body = await openToolUnfolded(t, page, caseId, tool);
    const fields = body.locator(TEXT_FIELDS);
    for (const { index, value } of typedByTool[tool]) {
      expect(await fields.nth(index).inputValue(), `${tool} field ${index} round-trips`).toBe(value);
    }
    expect(await page.evaluate(() => window.__pwned), `no payload ran on ${tool}`).toBe(undefined);
    expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
  }
  console.log(
    `    ${total} tool fields: ${TOOLS.map((tool) => `${tool} ${typedByTool[tool].length}`).join(', ')}`,
  );

  // The case PDF shows the markup as literal text.
  await t.open(page, `/cases/${caseId}`);
  await page.getByRole('button', { name: 'Lav PDF af forløbet' }).waitFor({ timeout: 10_000 }); // the export card is loaded lazily
  await makePdf(page, 'Lav PDF af forløbet', { shareAll: true });
  const get = page.getByRole('button', { name: 'Hent', exact: true });
  await get.waitFor({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), get.click()]);
  const dir = join(t.outputDir, 'payloads');
  mkdirSync(dir, { recursive: true });
  const pdfPath = join(dir, 'payloads.pdf');
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
  for (const literal of [PAYLOADS.imgOnerror, PAYLOADS.scriptBreakout]) {
    expect(text.includes(literal), `the PDF shows ${literal} literally`).toBeTruthy();
  }
  expect(await page.evaluate(() => window.__pwned)).toBe(undefined);
});
