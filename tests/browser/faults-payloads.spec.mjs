import { PAYLOADS } from '../fixtures/payloads.mjs';
import {
  assertCaseFields,
  CASE_TEXT_FIELDS,
  caseField,
  createCase,
  openCase,
  readCase,
} from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'script payloads, 5,000 characters, RTL scripts and emoji in every text field: nothing runs, all round-trips exactly';

test(title, async ({ t }) => {
  const page = await t.newPage();
  const context = page.context();
  const cases = [];
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    const caseId = await createCase(t, page);
    const expected = {};
    for (const field of CASE_TEXT_FIELDS) {
      // Each field gets the payload plus its own name, so a mix-up between fields shows too.
      // One-line inputs cannot hold a line break (the browser makes it a space): give them none.
      const value =
        field === 'note'
          ? payload
          : name === 'long'
            ? payload
            : `${payload.replaceAll('\n', ' ')} [${field}]`;
      await caseField(page, field).fill(value);
      // Each field stops at its limit (src/storage/limits.ts: 300, the note 20,000).
      expected[field] = value.slice(0, field === 'note' ? 20_000 : 300);
    }
    await t.waitForSaved(page);
    for (const [field, value] of Object.entries(expected)) {
      expect((await readCase(page, caseId))[field], `${name}: stored ${field}`).toBe(value);
    }
    cases.push({ name, caseId, expected });
  }

  // Read back in a fresh page: the form, the overview title and the case list show it literally.
  const fresh = await context.newPage();
  for (const { name, caseId, expected } of cases) {
    await openCase(t, fresh, caseId);
    await assertCaseFields(fresh, caseId, expected);
    const heading = await fresh.locator('h1').textContent();
    expect(heading, `${name}: the title is literal text`).toBe(
      `${expected.organisation} – ${expected.roleTitle}`,
    );
  }
  await t.open(fresh, '/');
  await fresh.locator('.case-card').first().waitFor();
  expect(await fresh.locator('.case-card').count()).toBe(cases.length);
  const listText = await fresh.locator('.case-cards').textContent();
  for (const { expected } of cases)
    expect(listText.includes(expected.unit), 'the list shows the text literally').toBeTruthy();
  // Search with RTL text and emoji finds the case.
  await fresh.getByLabel('Søg i forløb').fill('עמית');
  await fresh.getByText('1 forløb').waitFor();
  await fresh.getByLabel('Søg i forløb').fill('🤝');
  await fresh.getByText('1 forløb').waitFor();

  // No markup became DOM, and nothing ran, on any page.
  for (const p of [page, fresh]) {
    expect(await p.evaluate(() => window.__pwned), 'no payload ran').toBe(undefined);
    expect(await p.locator('main img[src="x"], main svg[onload]').count(), 'no payload became markup').toBe(
      0,
    );
  }
  await t.screenshotTablet(fresh, 'faults-payloads-list');
  await openCase(t, fresh, cases.find((c) => c.name === 'arabic').caseId);
  await t.screenshotTablet(fresh, 'faults-payloads-rtl-case');
});
