import { clearDatabase, dumpDatabase, seedCases } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { importCases } from '../storage/case-bundles';
import { createCase, deleteAllData, updateCaseField } from '../storage/cases';
import { db } from '../storage/db';
import { readBackupText } from './backup-file';
import { previewRows } from './import-model';

beforeEach(clearDatabase);

test('export all, delete all, import: every record is exactly as before', async () => {
  await seedCases(6);
  const before = await dumpDatabase();
  const text = JSON.stringify(await exportCases(), null, 2);

  await deleteAllData();
  expect((await dumpDatabase()).cases).toHaveLength(0);

  const read = readBackupText(text);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.error)}`);
  const summary = await importCases(read.backup, 'keep-both');
  expect(summary).toEqual({ added: 6, replaced: 0, copied: 0 });
  expect(await dumpDatabase()).toEqual(before);
});

test('a volunteer case keeps its kind through a backup, and the preview says which kind each case is', async () => {
  const [employed, volunteer] = [await createCase({ organisation: 'Bostedet' }), await createCase()];
  await updateCaseField(volunteer, 'kind', 'volunteer');
  await updateCaseField(volunteer, 'organisation', 'Foreningen Lysthuset');
  const text = JSON.stringify(await exportCases());
  await deleteAllData();
  const read = readBackupText(text);
  if (!read.ok) throw new Error('refused');
  const rows = previewRows(read.backup, new Set());
  expect(rows.find((row) => row.id === volunteer)?.kind).toBe('volunteer');
  expect(rows.find((row) => row.id === employed)?.kind).toBe('employment');
  await importCases(read.backup, 'keep-both');
  expect((await db.cases.get(volunteer))?.kind).toBe('volunteer');
  expect((await db.cases.get(employed))?.kind ?? 'employment').toBe('employment');
});

test('script payloads, RTL and emoji survive the round trip verbatim', async () => {
  await seedCases(6);
  const text = JSON.stringify(await exportCases());
  await clearDatabase();
  const read = readBackupText(text);
  if (!read.ok) throw new Error('refused');
  await importCases(read.backup, 'replace');
  const notes = (await dumpDatabase()).cases.map((c) => c.note);
  expect(notes).toContain('<img src=x onerror=alert(1)>');
  expect(notes).toContain('مرحبا بالعالم');
  expect(notes).toContain('Glad 😀 og 👍🏽');
});
