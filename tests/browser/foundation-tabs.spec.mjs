import { caseField, createCase, openCase, readCase } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title = 'a second tab sees an edit made in the first, without a reload';

test(title, async ({ t }) => {
  const a = await t.newPage();
  const context = a.context();
  const caseId = await createCase(t, a);

  const b = await context.newPage();
  await t.open(b, '/');
  const listCard = b.getByRole('link', { name: 'Botilbuddet Lyngly' });
  expect(await listCard.count()).toBe(0);

  // Tab B shows the list; tab A types the organisation: B's list follows.
  await caseField(a, 'organisation').pressSequentially('Botilbuddet Lyngly');
  await listCard.waitFor({ timeout: 5000 });
  let navigations = 0;
  b.on('framenavigated', (frame) => {
    if (frame === b.mainFrame()) navigations++;
  });

  // Tab B opens the same case (in-app navigation); A types in another field: B's form follows.
  await listCard.click();
  await b.waitForURL(`**/cases/${caseId}`);
  await b.locator('details.case-details-card summary').click();
  await caseField(a, 'managerName').pressSequentially('Hanne Vestergaard');
  await b.waitForFunction(
    () => document.querySelector('[name="managerName"]')?.value === 'Hanne Vestergaard',
    undefined,
    { timeout: 5000 },
  );
  expect(await caseField(b, 'organisation').inputValue()).toBe('Botilbuddet Lyngly');
  expect(navigations, 'tab B navigated only when the link was clicked (no reload)').toBe(1);

  // And back the other way: B edits the note, A (which has not touched it) shows it.
  await caseField(b, 'note').pressSequentially('Aftalt: første samtale i uge 12.');
  await a.waitForFunction(
    () => document.querySelector('[name="note"]')?.value === 'Aftalt: første samtale i uge 12.',
    undefined,
    { timeout: 5000 },
  );
  await t.waitForSaved(b);
  const stored = await readCase(a, caseId);
  expect(stored.organisation).toBe('Botilbuddet Lyngly');
  expect(stored.managerName).toBe('Hanne Vestergaard');
  expect(stored.note).toBe('Aftalt: første samtale i uge 12.');
  await openCase(t, a, caseId);
  expect(await caseField(a, 'note').inputValue()).toBe('Aftalt: første samtale i uge 12.');
});
