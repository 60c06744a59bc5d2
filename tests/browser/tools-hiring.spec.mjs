// Hiring topics, Practicalities and Job start: fill every tool of a case, reload offline, and find
// every answer intact; each screen axe-clean and photographed at both tablet sizes.
import { createCase, readStore } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'hiring topics, practicalities and job start: filled, reloaded offline, every answer intact; axe clean';

const tool = (caseId, id) => `/cases/${caseId}/${id}`;

/** Puts an agreed Role Star round straight into IndexedDB (the Role Star screen is not under test here). */
function seedAgreedStar(page, caseId) {
  return page.evaluate(
    (caseId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('rounds', 'readwrite');
          tx.objectStore('rounds').put({
            id: `seed-${caseId}`,
            caseId,
            tool: 'role-star',
            createdAt: Date.now(),
            updatedAt: Date.now(),
            data: {
              name: 'Første samtale',
              date: '2027-01-20',
              dimensionIds: ['one-to-one', 'own-experience', 'groups', 'practical', 'general-tasks'],
              labels: {},
              ratings: { manager: {}, peer: {} },
              finished: {},
              agreed: { 'one-to-one': 4, 'own-experience': 4, groups: 3, practical: 2, 'general-tasks': 0 },
              notes: { 'one-to-one': 'Mindst tre samtaler om ugen' },
            },
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    caseId,
  );
}

async function check(t, page, name) {
  await page.waitForLoadState('networkidle');
  await t.axe(page, name);
  await t.screenshotTablet(page, name);
}

const topicGroup = (page, name) => page.getByRole('group', { name: new RegExp(`^${name}:`) });
const checklistItem = (page, id) => page.locator(`[data-item="${id}"]`);

async function fillHiringTopics(t, page, caseId) {
  await t.open(page, tool(caseId, 'hiring-topics'));
  await page.getByRole('heading', { level: 1, name: 'Emner at afklare' }).waitFor();
  await topicGroup(page, 'Funktionsbeskrivelse').getByLabel('Afgørende', { exact: true }).check();
  await topicGroup(page, 'Supervision og faglig sparring')
    .getByLabel('Meget vigtigt', { exact: true })
    .check();
  await topicGroup(page, 'Risiko og sikkerhed').getByLabel('Lidt vigtigt', { exact: true }).check();
  await topicGroup(page, 'Karriere og nye opgaver').getByLabel('Ved ikke', { exact: true }).check();
  await page.getByRole('button', { name: /Tilføj eget emne/ }).click();
  await page.getByLabel('Emne', { exact: true }).fill('Nattevagter og weekender');
  await topicGroup(page, 'Nattevagter og weekender').getByLabel('Meget vigtigt', { exact: true }).check();
  await page
    .locator('.priority-list [data-topic="i5"]')
    .getByLabel('Beslutning eller note')
    .fill('Skrives færdig i uge 1');
  await page.getByLabel('Hvem sidder i udvalget?').fill('Leder, kollega og en peer fra Peer-Netværket');
  await t.waitForSaved(page);
  const order = await page
    .locator('.priority-list > li')
    .evaluateAll((lis) => lis.map((li) => li.dataset.topic));
  expect(order.length).toBe(4);
  expect([order[0], order[1]]).toEqual(['i5', 'i7']);
  expect(order[2], 'the own topic rated "Meget" ranks after the built-in one with the same rating').toMatch(
    /^c-/,
  );
  expect(order[3]).toBe('i12');
  await check(t, page, 'tools-hiring-topics');
}

async function assertHiringTopics(t, page, caseId) {
  await t.open(page, tool(caseId, 'hiring-topics'));
  await topicGroup(page, 'Funktionsbeskrivelse').waitFor();
  expect(
    await topicGroup(page, 'Funktionsbeskrivelse').getByLabel('Afgørende', { exact: true }).isChecked(),
  ).toBeTruthy();
  expect(
    await topicGroup(page, 'Karriere og nye opgaver').getByLabel('Ved ikke', { exact: true }).isChecked(),
  ).toBeTruthy();
  expect(await page.getByLabel('Emne', { exact: true }).inputValue()).toBe('Nattevagter og weekender');
  expect(
    await topicGroup(page, 'Nattevagter og weekender')
      .getByLabel('Meget vigtigt', { exact: true })
      .isChecked(),
  ).toBeTruthy();
  expect(
    await page.locator('.priority-list [data-topic="i5"]').getByLabel('Beslutning eller note').inputValue(),
  ).toBe('Skrives færdig i uge 1');
  expect(await page.locator('.priority-badge').count()).toBe(4);
  expect(await page.getByLabel('Hvem sidder i udvalget?').inputValue()).toBe(
    'Leder, kollega og en peer fra Peer-Netværket',
  );
}

const PRACTICAL_TEXT = {
  peerEducationWhich: 'Peer-uddannelsen i Region Midt, 2025',
  otherBackground: 'Social- og sundhedshjælper, 6 år i detailhandlen',
  hours: '25',
  termsNote: 'Overenskomst for pædagogisk personale, lokal løn',
  supervisionWho: 'Ekstern supervisor med peer-baggrund',
  supervisionHowOften: 'Hver 4. uge',
  sparring: 'Det lokale peer-netværk mødes hver anden måned',
  wellbeingPlan: 'Tilbydes alle i teamet',
  'voice-limits': 'Jeg fortæller ikke om min familie',
  'disclosure-own-records': 'Jeg slår ikke op i min egen journal',
};

/** Shows the peer worker's own parts, folded on the shared screen (issue 18). */
async function unfoldPeerParts(page) {
  const folded = page.locator('.private-toggle[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

async function fillPracticalities(t, page, caseId) {
  await t.open(page, tool(caseId, 'practicalities'));
  await page.getByRole('heading', { level: 1, name: 'Det praktiske' }).waitFor();
  await page
    .getByRole('group', { name: /peer-uddannelse\?/ })
    .getByLabel('Ja', { exact: true })
    .check();
  await unfoldPeerParts(page);
  for (const [name, value] of Object.entries(PRACTICAL_TEXT))
    await page.locator(`[name="${name}"]`).fill(value);
  await page.getByLabel('Almindelige vilkår').check();
  await page.getByRole('button', { name: 'Lav udkast ud fra rollestjernen' }).click();
  const description = page.locator('[name="functionDescription"]');
  await page.waitForFunction(() =>
    document.querySelector('[name="functionDescription"]')?.value.includes('Kerneopgaver'),
  );
  await description.press('Control+End');
  await description.pressSequentially('\nArbejdstid: dag og aften.');
  await t.waitForSaved(page);
  await check(t, page, 'tools-practicalities');
  return description.inputValue();
}

async function assertPracticalities(t, page, caseId, descriptionText) {
  await t.open(page, tool(caseId, 'practicalities'));
  await page.locator('[name="hours"]').waitFor();
  await unfoldPeerParts(page);
  for (const [name, value] of Object.entries(PRACTICAL_TEXT)) {
    expect(await page.locator(`[name="${name}"]`).inputValue(), name).toBe(value);
  }
  expect(await page.getByLabel('Almindelige vilkår').isChecked()).toBeTruthy();
  const description = await page.locator('[name="functionDescription"]').inputValue();
  expect(description).toBe(descriptionText);
  expect(description).toMatch(/Kerneopgaver\n- Individuelle peer-samtaler: Mindst tre samtaler om ugen/);
  expect(description).toMatch(/Ikke en fast del af rollen\n- Generelle medarbejderopgaver/);
  expect(description).toMatch(/Arbejdstid: dag og aften\.$/);
}

async function fillJobStart(t, page, caseId) {
  await t.open(page, tool(caseId, 'job-start'));
  await page.getByText('0 af 12 klaret').waitFor();
  await checklistItem(page, 'j1').getByRole('checkbox').check();
  await checklistItem(page, 'j2').getByLabel('Ansvarlig').fill('Leder');
  await checklistItem(page, 'j2').getByLabel('Klar senest').fill('2020-01-15');
  await checklistItem(page, 'j8').getByLabel('Ansvarlig').fill('Peer-medarbejder');
  await checklistItem(page, 'j8').getByLabel('Note').fill('Spørg Peer-Netværket');
  await checklistItem(page, 'j8').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Tilføj punkt til "Første måned"' }).click();
  await page.getByLabel('Punkt', { exact: true }).fill('Parkeringskort');
  await page.getByText('2 af 13 klaret').waitFor();
  await page.getByText(/1 punkt har en dato, der er passeret/).waitFor();
  await t.waitForSaved(page);
  await check(t, page, 'tools-job-start');
}

async function assertJobStart(t, page, caseId) {
  await t.open(page, tool(caseId, 'job-start'));
  await page.getByText('2 af 13 klaret').waitFor();
  expect(await checklistItem(page, 'j1').getByRole('checkbox').isChecked()).toBeTruthy();
  expect(await checklistItem(page, 'j8').getByRole('checkbox').isChecked()).toBeTruthy();
  expect(await checklistItem(page, 'j2').getByLabel('Ansvarlig').inputValue()).toBe('Leder');
  expect(await checklistItem(page, 'j2').getByLabel('Klar senest').inputValue()).toBe('2020-01-15');
  expect(await checklistItem(page, 'j8').getByLabel('Note').inputValue()).toBe('Spørg Peer-Netværket');
  expect(await page.getByLabel('Punkt', { exact: true }).inputValue()).toBe('Parkeringskort');
  await page.getByText(/Datoen er passeret/).waitFor();
}

test(title, async ({ t }) => {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  const caseId = await createCase(t, page);
  await page.locator('[name="roleTitle"]').fill('Peer-medarbejder i bostøtten');
  await t.waitForSaved(page);
  await seedAgreedStar(page, caseId);

  await fillHiringTopics(t, page, caseId);
  const descriptionText = await fillPracticalities(t, page, caseId);
  await fillJobStart(t, page, caseId);

  const docs = await readStore(page, 'toolDocs');
  const mine = docs.filter((d) => d.caseId === caseId).map((d) => d.tool);
  for (const id of ['hiring-topics', 'practicalities', 'job-start'])
    expect(mine.includes(id), `${id} stored`).toBeTruthy();

  await page.context().setOffline(true);
  await page.reload();
  await page.locator('#main').waitFor();
  await assertHiringTopics(t, page, caseId);
  await assertPracticalities(t, page, caseId, descriptionText);
  await assertJobStart(t, page, caseId);

  // The case overview shows each tool's progress.
  await t.open(page, `/cases/${caseId}`);
  const card = (name) => page.locator('.tool-card', { hasText: name });
  await card('Emner at afklare').waitFor();
  expect(await card('Emner at afklare').textContent()).toMatch(/6 af 22/);
  expect(await card('Det praktiske').textContent()).toMatch(/8 af 8/);
  expect(await card('Jobstart').textContent()).toMatch(/2 af 13/);
  await page.context().setOffline(false);
});
