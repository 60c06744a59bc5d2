// Export and share: the case PDF (checked with pdftotext, pages rendered with pdftoppm), a tool PDF
// made offline, the share button, the browser's own print of a tool screen, and the backup file
// through the UI: export all, delete all, import (every record equal), conflicts, bad files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from './helpers/export.mjs';
import { fillCase, SCRIPT } from './helpers/fill.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'export: case PDF offline with Danish text and pages, tool PDF, share, print, backup round trip, bad files';

/** Every record in the case tables, read straight from IndexedDB and sorted. */
function dumpDb(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('peerstart');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['cases', 'toolDocs', 'rounds'], 'readonly');
          const out = {};
          for (const name of ['cases', 'toolDocs', 'rounds']) {
            const get = tx.objectStore(name).getAll();
            get.onsuccess = () => {
              out[name] = get.result.sort((a, b) =>
                JSON.stringify([a.id, a.caseId, a.tool]).localeCompare(
                  JSON.stringify([b.id, b.caseId, b.tool]),
                ),
              );
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

const squash = (text) => text.replace(/\s+/g, ' ');

// A long journey (about 2 min quiet): 1.5× the suite's per-test limit, since two suites side by side
// on this 2-CPU machine made it 3–4× slower (6 min in one such run).
test.describe.configure({ timeout: 720_000 });

test(title, async ({ t }) => {
  // Its own folder per run: two runs side by side (--repeat-each) must not import each other's file.
  const dir = test.info().outputPath('export');
  const shots = join(t.outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  const { caseId, typed } = await fillCase(t, page);
  expect(typed.length >= 3, `typed into ${typed.length} fields`).toBeTruthy();

  // The case overview's export card, offline.
  await t.open(page, `/cases/${caseId}`);
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Del og gem' }).waitFor();
  await makePdf(page, 'Lav PDF af forløbet', { shareAll: true });
  const downloadButton = page.getByRole('button', { name: 'Hent', exact: true });
  await downloadButton.waitFor({ timeout: 20_000 });
  await page.getByRole('heading', { name: 'Del og gem' }).scrollIntoViewIfNeeded();
  await t.screenshotTablet(page, 'export-case-card');
  await t.axe(page, 'case overview with a ready PDF');
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^peerstart-bostedet-aabrinken-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfPath = join(dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const text = squash(execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString());
  for (const expected of [
    'Forløbsrapport',
    'Bostedet Åbrinken',
    'Søren Ørsted',
    'Åse Æbelø',
    'Peer-medarbejder i bostøtten',
    SCRIPT,
    'Indhold',
    'Side 1 af',
  ]) {
    expect(text.includes(expected), `PDF text has "${expected}"`).toBeTruthy();
  }
  // Markup stays literal text; Arabic and the emoji come out as typed (the emoji is drawn as "[emoji]").
  expect(
    text.includes(SCRIPT) && text.includes('مرحبا') && text.includes('😀'),
    'markup literal, Arabic and emoji kept',
  ).toBeTruthy();
  // Each typed text starts "<tool> svar N:"; table cells wrap it, so look for that prefix in reading order.
  const plain = squash(execFileSync('pdftotext', [pdfPath, '-']).toString());
  const found = typed.filter((answer) => plain.includes(`${answer.split(':')[0]}:`));
  const missing = typed.filter((answer) => !found.includes(answer)).map((answer) => answer.split(':')[0]);
  if (missing.length > 0) console.log(`  typed but not in the PDF: ${missing.join(', ')}`);
  expect(
    found.length >= typed.length * 0.9,
    `PDF has the typed answers (${found.length} of ${typed.length})`,
  ).toBeTruthy();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath]).toString())?.[1]);
  expect(text.includes(`Side ${pages} af ${pages}`), 'last page says "Side N af N"').toBeTruthy();
  const fonts = execFileSync('pdffonts', [pdfPath]).toString();
  expect(fonts).toMatch(/[A-Z]{6}\+NotoSans-Regular/);
  const images = execFileSync('pdfimages', ['-list', pdfPath]).toString().trim().split('\n').length - 2;
  expect(images, 'charts are vector graphics, not images').toBe(0);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(shots, 'export-pdf-page')]);
  console.log(`  case PDF: ${pages} pages, ${found.length} of ${typed.length} typed answers found, offline`);

  // One tool's PDF, from the tool screen's actions, still offline.
  await page.goto(new URL(`/cases/${caseId}/motivation`, t.baseUrl).href);
  await makePdf(page, 'Lav PDF af Motivation');
  const toolDownload = page.getByRole('button', { name: 'Hent', exact: true });
  await toolDownload.waitFor({ timeout: 20_000 });
  await t.screenshotTablet(page, 'export-tool-actions');
  const [toolFile] = await Promise.all([page.waitForEvent('download'), toolDownload.click()]);
  const toolPath = join(dir, `tool-${toolFile.suggestedFilename()}`);
  await toolFile.saveAs(toolPath);
  const toolText = squash(execFileSync('pdftotext', [toolPath, '-']).toString());
  expect(toolText.includes('Rapport: Motivation'), 'tool PDF says which tool').toBeTruthy();
  expect(!toolText.includes('Jobstart'), 'tool PDF holds only that tool').toBeTruthy();
  await page.context().setOffline(false);

  // The browser's own print of a tool screen (print.css).
  await t.open(page, `/cases/${caseId}/job-start`);
  await page.locator('.tool-body input[type="checkbox"]').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const printPath = join(dir, 'print-job-start.pdf');
  writeFileSync(printPath, await page.pdf({ format: 'A4', printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '3', printPath, join(shots, 'export-print-job-start')]);
  const printText = execFileSync('pdftotext', [printPath, '-']).toString();
  expect(!printText.includes('Lav PDF'), 'print hides the export buttons').toBeTruthy();

  // Backup: export all from settings, delete everything, import, every record equal.
  const before = await dumpDb(page);
  await t.open(page, '/settings');
  await page.getByText('Der er ikke taget en sikkerhedskopi endnu.').waitFor();
  const [backupDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }).click(),
  ]);
  expect(backupDownload.suggestedFilename()).toMatch(
    /^peerstart-sikkerhedskopi-alle-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const backupPath = join(dir, backupDownload.suggestedFilename());
  await backupDownload.saveAs(backupPath);
  await page
    .getByTestId('backup-status')
    .getByText(/Seneste sikkerhedskopi/)
    .waitFor();
  await page.getByLabel('Skriv SLET for at bekræfte').fill('SLET');
  await page.getByRole('button', { name: 'Slet alle data' }).click();
  await page.getByText('Alle data er slettet.').first().waitFor();
  expect((await dumpDb(page)).cases.length).toBe(0);

  const chooser = page.locator('input[type="file"]');
  await chooser.setInputFiles(backupPath);
  await page.getByRole('heading', { name: /Indhold i peerstart-sikkerhedskopi/ }).waitFor();
  await t.screenshotTablet(page, 'export-import-preview');
  await t.axe(page, 'import preview');
  expect((await dumpDb(page)).cases.length, 'nothing written before "Importér"').toBe(0);
  await page.getByRole('button', { name: 'Importér' }).click();
  await page.getByText('1 forløb er importeret.').waitFor();
  expect(await dumpDb(page), 'every record is equal after the round trip').toEqual(before);

  // The same file again: the conflict is flagged, "replace" keeps one case.
  await chooser.setInputFiles(backupPath);
  await page.getByText('Findes allerede på denne enhed').waitFor();
  await page.getByLabel('Erstat udgaven her med filens udgave').check();
  await t.screenshotTablet(page, 'export-import-conflict');
  await page.getByRole('button', { name: 'Importér' }).click();
  await page.getByText('1 forløb er importeret.').first().waitFor();
  expect(await dumpDb(page), 'replace leaves exactly one copy').toEqual(before);

  // Bad files: a clear message and an unchanged database.
  const good = JSON.parse(execFileSync('cat', [backupPath]).toString());
  const bad = [
    ['not-json.json', 'Kære leder, her er filen.', 'ikke en Peerstart-sikkerhedskopi'],
    ['truncated.json', JSON.stringify(good).slice(0, 400), 'afkortet eller beskadiget'],
    ['newer.json', JSON.stringify({ ...good, formatVersion: 4 }), 'nyere version af Peerstart (format 4)'],
    [
      'wrong.json',
      JSON.stringify({ ...good, cases: [{ ...good.cases[0], case: { ...good.cases[0].case, id: 7 } }] }),
      'ikke kan bruge',
    ],
  ];
  for (const [name, content, message] of bad) {
    const path = join(dir, name);
    writeFileSync(path, content);
    await chooser.setInputFiles(path);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
  }
  await t.screenshotTablet(page, 'export-import-error');
  expect(await dumpDb(page), 'bad files change nothing').toEqual(before);

  // The case list shows when the last backup was made, and reminds gently once a case changed since.
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }).click(),
  ]);
  await page
    .getByText(/Sikkerhedskopien er gemt som/)
    .first()
    .waitFor();
  await t.open(page, '/');
  await page.getByTestId('backup-status').getByText('Alle ændringer er med i den.').waitFor();
  await t.screenshotTablet(page, 'export-case-list-backed-up');
  await t.open(page, `/cases/${caseId}`);
  await page.getByText('Om forløbet').click();
  await page.getByLabel('Note', { exact: true }).fill('Ændret efter sikkerhedskopien');
  await t.waitForSaved(page);
  await t.open(page, '/');
  await page.getByTestId('backup-status').getByText('1 forløb er ændret siden da.').waitFor();
  await t.screenshotTablet(page, 'export-case-list-reminder');
  await t.axe(page, 'case list with the backup reminder');

  // In English, the PDF and the export texts are English.
  await t.open(page, '/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { name: 'Backup file', exact: true }).waitFor();
  await t.screenshotTablet(page, 'export-settings-en');
  await t.open(page, `/cases/${caseId}`);
  await makePdf(page, 'Make PDF of the case', { lang: 'en', shareAll: true });
  const enDownload = page.getByRole('button', { name: 'Download', exact: true });
  await enDownload.waitFor({ timeout: 20_000 });
  const [enFile] = await Promise.all([page.waitForEvent('download'), enDownload.click()]);
  const enPath = join(dir, `en-${enFile.suggestedFilename()}`);
  await enFile.saveAs(enPath);
  const enText = squash(execFileSync('pdftotext', [enPath, '-']).toString());
  for (const expected of ['Case report', 'Contents', 'Page 1 of', 'Manager', 'Peer worker']) {
    expect(enText.includes(expected), `English PDF has "${expected}"`).toBeTruthy();
  }
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    enPath,
    join(shots, 'export-pdf-en-page'),
  ]);

  // Where the device can share files, "Del" shares the built PDF with `files` as the only field.
  const sharePage = await t.newPage();
  await sharePage.addInitScript(() => {
    navigator.canShare = (data) => Array.isArray(data?.files);
    navigator.share = async (data) => {
      window.__shared = { keys: Object.keys(data), name: data.files[0].name, type: data.files[0].type };
    };
  });
  await t.open(sharePage, '/');
  await sharePage.getByRole('button', { name: /Nyt forløb/ }).click();
  await sharePage.getByLabel('Organisation').fill('Delingsstedet');
  await t.waitForSaved(sharePage);
  await makePdf(sharePage, 'Lav PDF af forløbet');
  await sharePage.getByRole('button', { name: 'Del', exact: true }).click();
  await sharePage.waitForFunction(() => window.__shared);
  const shared = await sharePage.evaluate(() => window.__shared);
  expect(shared.keys).toEqual(['files']);
  expect(shared.name).toMatch(/^peerstart-delingsstedet-/);
  expect(shared.type).toBe('application/pdf');
});
