// Issue 22: an association engages a volunteer peer. The case is made as "Frivillig peer i en
// forening", and then no screen of it, open or folded, and not its PDF, speaks of employment (the
// words in content/case-kinds.ts). Each screen is axe clean with targets ≥ 44 px. An employment case
// beside it still reads as before.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { employmentOnlyWords } from '../../content/case-kinds.ts';
import { caseField, createCase, openTool, readCase, showCaseDetails } from './helpers/app.mjs';
import { makePdf } from './helpers/export.mjs';
import { measureTargets } from './helpers/targets.mjs';
import { expect, test } from './helpers/test.mjs';

const TOOLS = [
  'motivation',
  'readiness',
  'role-mapping',
  'hiring-topics',
  'role-star',
  'practicalities',
  'job-start',
];

/** Every employment-only word in `text`, with a little of what surrounds it. */
function employmentWords(text) {
  return employmentOnlyWords('da').flatMap((word) => {
    const match = word.exec(text);
    return match ? [`${word}: "…${text.slice(Math.max(0, match.index - 40), match.index + 40)}…"`] : [];
  });
}

/**
 * The screen's whole text as a volunteer case shows it, folded parts and closed disclosures opened,
 * without the titles of the documents it cites (a source keeps its own name, e.g. the seed page
 * "Ansættelse af peer-medarbejdere").
 */
async function screenText(page) {
  // Each fold, once opened, is named "… – skjul": open the first folded one until none is left.
  const folded = page.getByRole('button', { name: / – vis$/ });
  while ((await folded.count()) > 0) await folded.first().click();
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('#main details')) details.open = true;
    const main = document.querySelector('#main').cloneNode(true);
    // The choice of kind names both kinds, by design.
    for (const cited of main.querySelectorAll(
      'cite, .practical-fact-source, .recruitment-source, .case-kind-choice',
    ))
      cited.remove();
    document.body.append(main);
    main.hidden = false;
    const text = main.innerText;
    main.remove();
    return text;
  });
}

async function checkScreen(t, page, what) {
  const text = await screenText(page);
  // Soft: one run lists every screen that still speaks of employment.
  expect.soft(employmentWords(text), `employment words on ${what}`).toEqual([]);
  await t.axe(page, what);
  const { small } = await measureTargets(page);
  expect(small, `targets ≥ 44 px on ${what}`).toEqual([]);
}

/** Answers the first thing a tool asks: a choice where there is one, else a text. */
async function answerFirst(page) {
  const start = page.getByRole('button', { name: /^Start / }).first();
  const radio = page.locator('#main input[type="radio"]:visible').first();
  const text = page.locator('#main textarea:visible, #main input[type="text"]:visible').first();
  if (await start.isVisible()) {
    await start.click();
    // The round is there once the button that started it has given way to what it asks.
    await radio.or(text).first().waitFor();
  }
  if (await radio.count()) await radio.check();
  else if (await text.count()) await text.fill('Vi prøver det af i caféen om tirsdagen.');
  // The Role Star's first choice is who rates; choosing who starts starts the round.
  const starts = page.getByRole('button', { name: / starter$/ }).first();
  if (await starts.isVisible().catch(() => false)) {
    await starts.click();
    await page.waitForURL(/\?round=/);
  }
}

async function pdfText(t, page, name) {
  const get = page.getByRole('button', { name: 'Hent', exact: true });
  await get.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), get.click()]);
  const dir = join(t.outputDir, 'volunteer');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.pdf`);
  await download.saveAs(path);
  return execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
}

test.describe.configure({ timeout: 720_000 });

test('a volunteer peer in an association: every tool and its PDF speak of volunteering, not employment', async ({
  t,
}) => {
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  await page.getByRole('radio', { name: /Frivillig peer i en forening/ }).check();
  await expect.poll(async () => (await readCase(page, caseId))?.kind).toBe('volunteer');
  await caseField(page, 'organisation').fill('Foreningen Lysthuset');
  await caseField(page, 'peerName').fill('Mira');
  await caseField(page, 'managerName').fill('Ole');
  await t.waitForSaved(page);
  await expect(page.getByText('Frivillig peer i en forening').first()).toBeVisible();
  await t.screenshotTablet(page, 'volunteer-overview');
  await checkScreen(t, page, 'the overview of a volunteer case');

  for (const tool of TOOLS) {
    await openTool(t, page, caseId, tool);
    await answerFirst(page);
    await t.waitForSaved(page);
    await checkScreen(t, page, `${tool} in a volunteer case`);
    await t.screenshotTablet(page, `volunteer-${tool}`);
  }

  // After a reload (the kind is stored), the PDF made the quickest way speaks of volunteering too.
  await t.open(page, `/cases/${caseId}`);
  await makePdf(page, 'Lav PDF af forløbet');
  const text = await pdfText(t, page, 'volunteer-case');
  expect(text).toContain('Foreningen Lysthuset');
  expect(text).toContain('Frivillig peer i en forening');
  expect(employmentWords(text.replace(/Kilde[^.]*\./g, '')), 'employment words in the PDF').toEqual([]);
});

test('an employment case beside it reads as before: every tool and its PDF, axe clean, targets ≥ 44 px', async ({
  t,
}) => {
  const page = await t.newPage();
  const caseId = await createCase(t, page);
  await showCaseDetails(page);
  await expect(page.getByRole('radio', { name: /Ansættelse af en peer-medarbejder/ })).toBeChecked();
  await caseField(page, 'organisation').fill('Bostedet Engen');
  await caseField(page, 'peerName').fill('Jonas');
  await expect(page.getByLabel('Leder', { exact: true })).toBeVisible();
  await caseField(page, 'managerName').fill('Mette');
  await t.waitForSaved(page);
  await expect(page.getByRole('link', { name: /Jobstart/ })).toBeVisible();
  await checkScreenA11y(t, page, 'the overview of an employment case');

  // Each tool as before; the employment words a volunteer case leaves out are here where they belong.
  const employmentOnly = {
    practicalities: /overenskomst/i,
    'hiring-topics': /samtalen/i,
    'job-start': /Samme velkomst som alle nye/,
  };
  for (const tool of TOOLS) {
    await openTool(t, page, caseId, tool);
    await answerFirst(page);
    await t.waitForSaved(page);
    if (employmentOnly[tool]) await expect(page.locator('#main')).toContainText(employmentOnly[tool]);
    await checkScreenA11y(t, page, `${tool} in an employment case`);
  }

  await t.open(page, `/cases/${caseId}`);
  await makePdf(page, 'Lav PDF af forløbet');
  const text = await pdfText(t, page, 'employment-case');
  expect(text).toContain('Bostedet Engen');
  expect(text).toMatch(/Forløb:? Ansættelse/);
  // Det praktiske in an employment's words: hours, terms and pay.
  expect(text).toContain('Det praktiske');
  expect(text).toContain('Vilkår og løn');
});

async function checkScreenA11y(t, page, what) {
  await t.axe(page, what);
  const { small } = await measureTargets(page);
  expect(small, `targets ≥ 44 px on ${what}`).toEqual([]);
}
