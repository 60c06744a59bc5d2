import { caseField, createCase, openCase, readCase, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'two tabs edit the same case: different fields both land; the same field is never silently overwritten';

const NOTE = 'Teksten blev ændret i en anden fane';

test(title, async ({ t }) => {
  const a = await t.newPage();
  const context = a.context();
  const caseId = await createCase(t, a);
  const b = await context.newPage();
  await openCase(t, b, caseId);
  await openCase(t, a, caseId);

  // Different fields, typed at the same time, interleaved keystroke by keystroke.
  const orgText = 'Kommunens Socialpsykiatri';
  const unitText = 'Aktivitetshuset Møllen';
  await caseField(a, 'organisation').click();
  await caseField(b, 'unit').click();
  for (let i = 0; i < Math.max(orgText.length, unitText.length); i++) {
    if (orgText[i]) await a.keyboard.type(orgText[i]);
    if (unitText[i]) await b.keyboard.type(unitText[i]);
  }
  await waitForStoredField(a, caseId, 'organisation', orgText);
  await waitForStoredField(a, caseId, 'unit', unitText);
  await b.waitForFunction((v) => document.querySelector('[name="organisation"]').value === v, orgText);
  await a.waitForFunction((v) => document.querySelector('[name="unit"]').value === v, unitText);

  // The same field: B is writing in "Leder" when A writes there too.
  await caseField(b, 'managerName').click();
  await b.keyboard.type('Karen');
  await waitForStoredField(a, caseId, 'managerName', 'Karen');
  await caseField(a, 'managerName').click();
  await a.keyboard.press('End');
  await a.keyboard.type(' Dahl (leder)');
  await waitForStoredField(a, caseId, 'managerName', 'Karen Dahl (leder)');
  // A's change reached B while B was in the field: B is told instead of silently losing either.
  await b.getByText(NOTE).waitFor({ timeout: 5000 });
  expect(await caseField(b, 'managerName').inputValue(), 'B keeps its own version on screen').toBe('Karen');
  await t.screenshot(b, 'faults-tabs-conflict-note');

  // B chooses the other version: both tabs and the database agree.
  await b.getByRole('button', { name: 'Brug den anden udgave' }).click();
  expect(await caseField(b, 'managerName').inputValue()).toBe('Karen Dahl (leder)');
  expect(await b.getByText(NOTE).count()).toBe(0);

  // Another round: B has the cursor in the field when A changes it; this time B keeps typing, so
  // B's version is saved — and A, still in the field, is told in its turn.
  await caseField(b, 'managerName').click();
  await caseField(a, 'managerName').click();
  await a.keyboard.type('!');
  await waitForStoredField(a, caseId, 'managerName', 'Karen Dahl (leder)!');
  await b.getByText(NOTE).waitFor({ timeout: 5000 });
  await caseField(b, 'managerName').click();
  await b.keyboard.press('End');
  await b.keyboard.type(' og Ib');
  await waitForStoredField(a, caseId, 'managerName', 'Karen Dahl (leder) og Ib');
  await a.getByText(NOTE).waitFor({ timeout: 5000 });
  expect(await caseField(a, 'managerName').inputValue()).toBe('Karen Dahl (leder)!');

  // Everything else stayed as typed, field by field.
  const stored = await readCase(a, caseId);
  expect(stored.organisation).toBe(orgText);
  expect(stored.unit).toBe(unitText);
  await t.waitForSaved(a);
  await t.waitForSaved(b);
});
