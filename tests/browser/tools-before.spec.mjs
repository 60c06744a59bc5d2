import { expect, test } from './helpers/test.mjs';

// The three "before hiring" tools: fill every one of them in a case, go offline, reload, and find
// every answer intact; axe on each screen; tablet screenshots of each.
const title = 'motivation, readiness and role mapping: fill, reload offline, all answers intact';

const MOTIVATION = {
  'Hvad har inspireret jer til at ville ansætte en peer-medarbejder?': 'Et besøg på et botilbud i Aarhus',
  'Hvad håber I at opnå ved at have en peer-medarbejder ansat?': 'Mere håb og flere borgere i fællesskaber',
  'Hvad kan en peer-medarbejder bidrage med, som ingen andre hos jer kan?': 'Erfaringen indefra',
};
const READINESS = ['Varmt', 'Lunt', 'Lunt', 'Køligt', 'Lunt', 'Lunt', 'Koldt', 'Lunt', 'Køligt', 'Ved ikke'];

async function fillMotivation(t, page, caseId) {
  await t.open(page, `/cases/${caseId}/motivation`);
  for (const [question, answer] of Object.entries(MOTIVATION)) await page.getByLabel(question).fill(answer);
  await page.getByRole('button', { name: /Tilføj eget spørgsmål/ }).click();
  await page.getByLabel('Spørgsmål', { exact: true }).fill('Hvem i teamet skal med?');
  await page.getByLabel('Jeres svar', { exact: true }).fill('Hele aftenholdet');
  await page.getByLabel('Vores motivation i én sætning').fill('Vi vil have håb ind ad døren.');
  await t.waitForSaved(page);
  await t.axe(page, 'motivation');
  await t.screenshotTablet(page, 'tools-before-motivation');
}

const statement = (page, n) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

async function fillReadiness(t, page, caseId) {
  await t.open(page, `/cases/${caseId}/readiness`);
  await page.getByRole('button', { name: 'Start målingen' }).waitFor();
  await t.axe(page, 'readiness before the first round');
  await page.getByRole('button', { name: 'Start målingen' }).click();
  for (const [i, label] of READINESS.entries()) {
    await statement(page, i + 1)
      .getByRole('radio', { name: new RegExp(label) })
      .check();
  }
  await page.getByText('Note', { exact: true }).first().click();
  await page.getByLabel('Note til "Ledelsen bakker op"').fill('Direktøren har sagt ja');
  await page.getByRole('button', { name: /Tilføj eget udsagn/ }).click();
  await page.getByRole('textbox', { name: 'Udsagn', exact: true }).fill('Tillidsrepræsentanten er med');
  await statement(page, 11).getByRole('radio', { name: /Lunt/ }).check();
  await t.waitForSaved(page);
  // 24 + 3 over ten known answers → 27 on the 10–40 scale.
  expect(await page.getByTestId('readiness-total').textContent()).toBe('27 af 40');
  await t.axe(page, 'readiness round 1');
  await t.screenshotTablet(page, 'tools-before-readiness');

  await page.getByRole('button', { name: 'Tag målingen igen' }).click();
  await page.getByRole('heading', { name: 'Sammenlign runder' }).waitFor();
  await statement(page, 1).getByRole('radio', { name: /Lunt/ }).check();
  await statement(page, 7).getByRole('radio', { name: /Lunt/ }).check();
  await t.waitForSaved(page);
  await page.getByRole('cell', { name: '+2 varmere' }).waitFor();
  await t.axe(page, 'readiness comparison');
  await t.screenshotTablet(page, 'tools-before-readiness-compare');
}

const setting = (page, name) => page.getByRole('region', { name, exact: true });

async function fillMapping(t, page, caseId) {
  await t.open(page, `/cases/${caseId}/role-mapping`);
  await setting(page, 'Botilbud').getByRole('radio', { name: 'Kunne indføres' }).check();
  await setting(page, 'Botilbud').getByRole('radio', { name: '2 – senere' }).check();
  await setting(page, 'Botilbud')
    .getByLabel('Hvad ville en peer-rolle lave her?')
    .fill('Samtaler med beboerne');
  await setting(page, 'Aktivitets- og samværstilbud').getByRole('radio', { name: 'Findes' }).check();
  await setting(page, 'Aktivitets- og samværstilbud').getByRole('radio', { name: '1 – først' }).check();
  await setting(page, 'Aktivitets- og samværstilbud')
    .getByLabel('Peer-indsatser her i dag')
    .fill('En frivillig peer om tirsdagen');
  await setting(page, 'Psykiatrisk sengeafsnit').getByRole('radio', { name: 'Ikke aktuelt nu' }).check();
  await page.getByRole('button', { name: /Tilføj eget sted/ }).click();
  await page.getByLabel('Sted, team eller tilbud').fill('Misbrugscentret');
  await setting(page, 'Misbrugscentret').getByRole('radio', { name: 'Kunne indføres' }).check();
  await t.waitForSaved(page);
  await t.axe(page, 'role mapping');
  await t.screenshotTablet(page, 'tools-before-role-mapping');
}

test(title, async ({ t }) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  await page.getByLabel('Organisation').fill('Bostedet Åbrinken');
  await t.waitForSaved(page);
  const caseId = new URL(page.url()).pathname.split('/')[2];

  await fillMotivation(t, page, caseId);
  await fillReadiness(t, page, caseId);
  await fillMapping(t, page, caseId);

  await page.context().setOffline(true);
  await t.open(page, `/cases/${caseId}/motivation`);
  await page.reload();
  for (const [question, answer] of Object.entries(MOTIVATION)) {
    expect(await page.getByLabel(question).inputValue()).toBe(answer);
  }
  expect(await page.getByLabel('Spørgsmål', { exact: true }).inputValue()).toBe('Hvem i teamet skal med?');
  expect(await page.getByLabel('Jeres svar', { exact: true }).inputValue()).toBe('Hele aftenholdet');
  expect(await page.getByLabel('Vores motivation i én sætning').inputValue()).toBe(
    'Vi vil have håb ind ad døren.',
  );

  await t.open(page, `/cases/${caseId}/readiness`);
  await page.reload();
  await page.getByRole('combobox', { name: 'Runde', exact: true }).selectOption({ index: 0 });
  await page.locator('#readiness-round-select option').first().waitFor({ state: 'attached' });
  for (const [i, label] of READINESS.entries()) {
    const radio = statement(page, i + 1).getByRole('radio', { name: new RegExp(label) });
    expect(await radio.isChecked(), `statement ${i + 1} should be ${label}`).toBeTruthy();
  }
  expect(await statement(page, 11).getByRole('radio', { name: /Lunt/ }).isChecked()).toBeTruthy();
  expect(await page.getByRole('textbox', { name: 'Udsagn', exact: true }).inputValue()).toBe(
    'Tillidsrepræsentanten er med',
  );
  expect(await page.getByLabel('Note til "Ledelsen bakker op"').inputValue()).toBe('Direktøren har sagt ja');
  expect(await page.getByTestId('readiness-total').textContent()).toBe('27 af 40');

  await t.open(page, `/cases/${caseId}/role-mapping`);
  await page.reload();
  expect(
    await setting(page, 'Botilbud').getByRole('radio', { name: 'Kunne indføres' }).isChecked(),
  ).toBeTruthy();
  expect(await setting(page, 'Botilbud').getByRole('radio', { name: '2 – senere' }).isChecked()).toBeTruthy();
  expect(await setting(page, 'Botilbud').getByLabel('Hvad ville en peer-rolle lave her?').inputValue()).toBe(
    'Samtaler med beboerne',
  );
  expect(
    await setting(page, 'Aktivitets- og samværstilbud').getByLabel('Peer-indsatser her i dag').inputValue(),
  ).toBe('En frivillig peer om tirsdagen');
  expect(
    await setting(page, 'Psykiatrisk sengeafsnit')
      .getByRole('radio', { name: 'Ikke aktuelt nu' })
      .isChecked(),
  ).toBeTruthy();
  const start = await page
    .getByRole('region', { name: 'Her kan I starte' })
    .locator('li strong')
    .allTextContents();
  expect(start).toEqual(['Aktivitets- og samværstilbud', 'Botilbud', 'Misbrugscentret']);

  await t.open(page, `/cases/${caseId}`);
  const card = (name) => page.getByRole('link', { name: new RegExp(name) });
  expect(await card('Motivation').textContent()).toMatch(/4 af 4/);
  expect(await card('Temperaturmåling').textContent()).toMatch(/2 af 11/);
  expect(await card('Hvor passer en peer-rolle').textContent()).toMatch(/4 af 12/);
  await page.context().setOffline(false);
});
