// Names and notes in many scripts, typed into a case and several tools, come out of the case PDF
// exactly as typed (pdftotext), in embedded subset fonts only (pdffonts), in a tagged PDF whose
// structure tree has headings in order and tables with header cells (pdfinfo -struct).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openTool } from './helpers/app.mjs';
import { makePdf } from './helpers/export.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'export: PDF prints Polish, Turkish, Vietnamese, Greek, Cyrillic, Arabic, Hebrew and emoji, tagged';

const CASE = {
  Organisation: 'Bostedet Åbrinken',
  Stillingsbetegnelse: 'Peer-medarbejder i bostøtten',
  Leder: 'Łukasz Wiśniewski',
  'Peer-medarbejder': 'Ayşe Nguyễn',
  Note: 'Nguyễn Thị Đặng starter i december',
};

/** One text per script for the tools' fields. */
const TOOL_TEXTS = [
  'Zażółć gęślą jaźń – spotkanie w poniedziałek',
  'Ağaç gölgesinde çalışıyoruz, İstanbul',
  'Καλημέρα σας, συνάντηση την Τρίτη',
  'Добрый день, встреча во вторник',
  'مرحبا بكم في الفريق يا بنت ثابت',
  'שלום וברוכים הבאים',
  'Glad for starten 😀 og klar',
];

/** pdftotext wraps right-to-left runs in directional embedding marks: not part of the typed text. */
const plain = (text) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

test(title, async ({ t }) => {
  const dir = join(t.outputDir, 'export-scripts');
  const shots = join(t.outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  mkdirSync(shots, { recursive: true });
  const page = await t.newPage();
  await t.open(page, '/');
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  for (const [label, value] of Object.entries(CASE))
    await page.getByLabel(label, { exact: true }).fill(value);
  await t.waitForSaved(page);
  const caseId = new URL(page.url()).pathname.split('/')[2];

  // The texts go into the first free text fields of several tools, one script per field.
  const typed = [];
  let next = 0;
  for (const tool of [
    'motivation',
    'hiring-topics',
    'practicalities',
    'job-start',
    'role-mapping',
    'readiness',
  ]) {
    if (next >= TOOL_TEXTS.length) break;
    await openTool(t, page, caseId, tool);
    const body = page.locator('.tool-body');
    const fields = body.locator(
      'textarea:visible, input[type="text"]:visible:not([inputmode="numeric"]):not([inputmode="decimal"]):not([maxlength])',
    );
    const count = await fields.count();
    let filled = 0;
    for (let i = 0; i < count && next < TOOL_TEXTS.length && filled < 4; i++) {
      const field = fields.nth(i);
      if (!(await field.isEditable()) || (await field.inputValue())) continue;
      const text = TOOL_TEXTS[next++];
      await field.fill(text);
      typed.push(text);
      filled++;
    }
    if (filled > 0) await t.waitForSaved(page);
  }
  expect(typed.length, 'every script typed into a tool').toBe(TOOL_TEXTS.length);

  await t.open(page, `/cases/${caseId}`);
  await makePdf(page, 'Lav PDF af forløbet', { shareAll: true });
  const downloadButton = page.getByRole('button', { name: 'Hent', exact: true });
  await downloadButton.waitFor({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  const pdfPath = join(dir, download.suggestedFilename());
  await download.saveAs(pdfPath);

  const text = plain(execFileSync('pdftotext', [pdfPath, '-']).toString());
  for (const expected of [...Object.values(CASE), ...typed]) {
    expect(text.includes(expected), `PDF text has "${expected}" verbatim`).toBeTruthy();
  }

  const fonts = execFileSync('pdffonts', [pdfPath]).toString().trim().split('\n').slice(2);
  expect(fonts.length > 0, 'fonts listed').toBeTruthy();
  for (const row of fonts) {
    const [fontName] = row.split(/\s+/);
    const [emb, sub, uni] = row.trim().split(/\s+/).slice(-5, -2);
    expect(fontName, `${fontName} is a subset`).toMatch(/^[A-Z]{6}\+/);
    expect([emb, sub, uni], `${fontName} embedded subset with ToUnicode`).toEqual(['yes', 'yes', 'yes']);
  }

  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(info).toMatch(/Title:\s+Forløbsrapport – Bostedet Åbrinken/);
  const struct = execFileSync('pdfinfo', ['-struct', pdfPath]).toString();
  const headings = [...struct.matchAll(/^\s*(H\d)\b/gm)].map((m) => Number(m[1].slice(1)));
  expect(headings.length >= 3, `headings tagged (${headings.length})`).toBeTruthy();
  expect(headings[0], 'the first heading is an H1').toBe(1);
  headings.forEach((level, i) => {
    if (i > 0)
      expect(level <= headings[i - 1] + 1, `heading ${i + 1} (H${level}) skips no level`).toBeTruthy();
  });
  // Each Table element's subtree (the lines indented deeper than it) has TH cells.
  const lines = struct.split('\n');
  const indent = (line) => line.length - line.trimStart().length;
  let tables = 0;
  lines.forEach((line, i) => {
    if (!/^\s*Table\b/.test(line)) return;
    tables++;
    const subtree = [];
    for (let k = i + 1; k < lines.length && indent(lines[k]) > indent(line); k++)
      subtree.push(lines[k].trim());
    expect(
      subtree.some((l) => /^TH\b/.test(l)),
      `table ${tables} has header cells`,
    ).toBeTruthy();
  });
  expect(tables >= 1, 'tables tagged').toBeTruthy();
  expect(struct, 'the contents list is tagged').toMatch(/\bTOCI\b/);

  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(shots, 'export-scripts-page')]);
  console.log(
    `  ${typed.length + Object.keys(CASE).length} texts found verbatim; ${fonts.length} subset fonts; ${headings.length} headings`,
  );
});
