import { clearDatabase, dumpDatabase, seedCases } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { findExistingCaseIds, getLastBackupAt, importCases, setLastBackupAt } from '../storage/case-bundles';
import { db } from '../storage/db';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-types';

beforeEach(clearDatabase);

test('a backup file says what it is, its format and app version and when it was made', async () => {
  await seedCases(2);
  const file = await exportCases();
  expect(file.format).toBe(BACKUP_FORMAT);
  expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION);
  expect(typeof file.appVersion).toBe('string');
  expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
  expect(file.cases).toHaveLength(2);
  expect(file.cases[0]?.toolDocs).toHaveLength(3);
  expect(file.cases[0]?.rounds).toHaveLength(2);
});

test('exporting one case leaves the others out', async () => {
  await seedCases(3);
  const file = await exportCases(['case-1']);
  expect(file.cases.map((entry) => entry.case.id)).toEqual(['case-1']);
});

test('keep both: an existing case stays and the imported one becomes a marked copy', async () => {
  await seedCases(1);
  const file = await exportCases();
  await db.cases.update('case-0', { note: 'changed here' });
  expect(await findExistingCaseIds(file)).toEqual(new Set(['case-0']));

  const summary = await importCases(file, 'keep-both', '(importeret)');
  expect(summary).toEqual({ added: 0, replaced: 0, copied: 1 });
  const after = await dumpDatabase();
  expect(after.cases).toHaveLength(2);
  const copy = after.cases.find((c) => c.id !== 'case-0');
  expect(copy?.organisation).toBe('Bostedet Åbrinken 0 (importeret)');
  expect(after.cases.find((c) => c.id === 'case-0')?.note).toBe('changed here');
  expect(after.rounds).toHaveLength(4);
  expect(after.toolDocs.filter((d) => d.caseId === copy?.id)).toHaveLength(3);
});

test('replace: the existing case is overwritten by the file’s version, nothing is doubled', async () => {
  await seedCases(1);
  const file = await exportCases();
  const before = await dumpDatabase();
  await db.cases.update('case-0', { note: 'changed here' });
  await db.rounds.add({
    id: 'extra',
    caseId: 'case-0',
    tool: 'role-star',
    createdAt: 1,
    updatedAt: 1,
    data: {},
  });

  const summary = await importCases(file, 'replace');
  expect(summary).toEqual({ added: 0, replaced: 1, copied: 0 });
  expect(await dumpDatabase()).toEqual(before);
});

test('the last backup time is remembered', async () => {
  expect(await getLastBackupAt()).toBeNull();
  await setLastBackupAt(1234);
  expect(await getLastBackupAt()).toBe(1234);
});
