// Issue 14 at the unit level: a backup Peerstart writes, it reads back; the import survives every file.

import { clearDatabase, dumpDatabase, seedCases } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { importCases } from '../storage/case-bundles';
import { db } from '../storage/db';
import {
  CASE_TEXT_LIMITS,
  capText,
  clampCaseField,
  DATE_MAX,
  DATE_MIN,
  isReadableTimestamp,
  isSafeId,
  isValidDate,
  withSuffix,
} from '../storage/limits';
import { runWrite, saveState } from '../storage/writes';
import { normaliseRound, roundLabel } from '../tools/role-star/model';
import { decodeBackupBytes, readBackupFile, readBackupText, writeBackupText } from './backup-file';
import { backupErrorMessage } from './backup-messages';
import type { BackupFile } from './backup-types';
import { previewRows } from './import-model';

beforeEach(clearDatabase);

async function exported(): Promise<BackupFile> {
  await seedCases(2);
  return exportCases();
}

test('dates: a four-digit year, a real calendar day, within the range', () => {
  for (const good of [DATE_MIN, DATE_MAX, '2026-03-01', '2028-02-29']) expect(isValidDate(good)).toBe(true);
  for (const bad of ['20266-03-01', '0202-03-01', '2026-02-30', '2027-02-29', '2026-13-01', '2026-3-1', ''])
    expect(isValidDate(bad)).toBe(false);
  expect(clampCaseField('startDate', '20266-03-01')).toBe('');
  expect(clampCaseField('startDate', '')).toBe('');
});

test('a copy suffix never takes a text over its limit, and an emoji is never cut in half', () => {
  const max = CASE_TEXT_LIMITS.organisation;
  const long = 'x'.repeat(max);
  const copied = withSuffix(long, '(kopi)', max);
  expect(copied.length).toBeLessThanOrEqual(max);
  expect(copied.endsWith(' (kopi)')).toBe(true);
  expect(withSuffix('Bostedet', '(kopi)', max)).toBe('Bostedet (kopi)');
  expect(withSuffix('', '(kopi)', max)).toBe('(kopi)');
  expect(capText('ab😀', 3)).toBe('ab');
});

test('ids that name Object.prototype members are no ids; readable timestamps only', () => {
  for (const name of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'])
    expect(isSafeId(name)).toBe(false);
  expect(isSafeId('case-1')).toBe(true);
  expect(isReadableTimestamp('2026-11-29T10:00:00+01')).toBe(false);
  expect(isReadableTimestamp('2026-11-29T10:00:00+01:00')).toBe(true);
});

test('export refuses to hand out a file it could not read back, and names the case and field', async () => {
  const file = await exported();
  const first = file.cases[0];
  if (!first) throw new Error('no case');
  first.case.startDate = '20266-03-01';
  const written = writeBackupText(file);
  expect(written.ok).toBe(false);
  if (written.ok) return;
  expect(written.error.caseIndex).toBe(0);
  const message = backupErrorMessage(written.error, 'da', 'Bostedet Åbrinken 0');
  expect(message).toBe(
    'Sikkerhedskopien er IKKE gemt: forløbet "Bostedet Åbrinken 0" indeholder data, der ikke kan læses ind igen (ved Forventet startdato). Ret feltet, og prøv igen.',
  );
  first.case.startDate = '2026-03-01';
  first.case.note = 'x'.repeat(100_050);
  expect(writeBackupText(file).ok).toBe(false);
  first.case.note = 'x'.repeat(CASE_TEXT_LIMITS.note);
  expect(writeBackupText(file).ok).toBe(true);
});

test('a timestamp Date cannot read is refused, so the preview never throws', async () => {
  const file = await exported();
  const error = readBackupText(JSON.stringify({ ...file, exportedAt: '2026-11-29T10:00:00+01' }));
  expect(error.ok).toBe(false);
});

test('prototype-named dimension ids are refused by the import and ignored by the Role Star model', async () => {
  const file = await exported();
  const round = file.cases[0]?.rounds[0];
  if (!round) throw new Error('no round');
  for (const id of ['toString', 'constructor', '__proto__', 'valueOf']) {
    round.data = { dimensionIds: [id], labels: {}, ratings: { manager: {}, peer: {} } };
    const read = readBackupText(JSON.stringify(file));
    expect(read.ok, id).toBe(false);
    const data = normaliseRound(JSON.parse(JSON.stringify(round.data)));
    expect(data.dimensionIds).toEqual([]);
    expect(typeof roundLabel({ ...data, dimensionIds: [id] }, id, 'da')).toBe('string');
  }
});

test('BOMs are skipped and UTF-16 with a BOM is read; invalid UTF-8 is refused, never replaced', async () => {
  const text = JSON.stringify(await exported());
  const utf8 = new TextEncoder().encode(text);
  const bom = [0xef, 0xbb, 0xbf];
  for (const prefix of [bom, [...bom, ...bom]]) {
    const result = await readBackupFile(new Blob([new Uint8Array([...prefix, ...utf8])]));
    expect(result.ok).toBe(true);
  }
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
    utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  expect((await readBackupFile(new Blob([utf16]))).ok).toBe(true);
  const broken = new Uint8Array([...utf8.slice(0, 200), 0xc3, 0x28, ...utf8.slice(200)]);
  const refused = await readBackupFile(new Blob([broken]));
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('encoding');
    expect(backupErrorMessage(refused.error, 'da')).toContain('ikke gemt som UTF-8-tekst');
  }
  expect(decodeBackupBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0])).ok).toBe(false);
  // A BOM inside the text (after one was stripped) is no longer "truncated".
  const doubled = readBackupText(`\uFEFF\uFEFF${text}`);
  expect(doubled.ok).toBe(true);
});

test('the preview counts tools with rounds: all seven tools filled, three rounds', async () => {
  const file = await exported();
  const entry = file.cases[0];
  if (!entry) throw new Error('no case');
  const tools = ['motivation', 'role-mapping', 'hiring-topics', 'practicalities', 'job-start'];
  entry.toolDocs = tools.map((tool) => ({ caseId: entry.case.id, tool, data: { a: 1 }, updatedAt: 1 }));
  entry.rounds = [
    { id: 'r1', caseId: entry.case.id, tool: 'role-star', createdAt: 1, updatedAt: 1, data: {} },
    { id: 'r2', caseId: entry.case.id, tool: 'role-star', createdAt: 2, updatedAt: 2, data: {} },
    { id: 'r3', caseId: entry.case.id, tool: 'readiness', createdAt: 3, updatedAt: 3, data: {} },
  ];
  const [row] = previewRows(file, new Set());
  expect(row?.tools).toBe(7);
  expect(row?.rounds).toBe(3);
});

test('keep both: the copy suffix is capped, and a round started from another keeps pointing at it', async () => {
  await seedCases(1);
  const max = CASE_TEXT_LIMITS.organisation;
  await db.cases.update('case-0', { organisation: 'ø'.repeat(max) });
  await db.rounds.update('round-0-1', { data: { startedFrom: 'round-0-0' } });
  const file = await exportCases();
  await importCases(file, 'keep-both', '(importeret)');
  const after = await dumpDatabase();
  const copy = after.cases.find((c) => c.id !== 'case-0');
  expect(copy?.organisation.length).toBeLessThanOrEqual(max);
  expect(copy?.organisation.endsWith(' (importeret)')).toBe(true);
  const copies = after.rounds.filter((r) => r.caseId === copy?.id);
  const started = copies.find((r) => typeof r.data.startedFrom === 'string');
  expect(copies.map((r) => r.id)).toContain(started?.data.startedFrom);
  // And the file made from both reads back.
  expect(writeBackupText(await exportCases()).ok).toBe(true);
});

test('an import refused for lack of space stops being reported once a later edit is saved', async () => {
  await seedCases(1);
  const file = await exportCases();
  const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(() => Promise.reject(quota) as never);
  await expect(importCases(file, 'replace')).rejects.toThrow('full');
  spy.mockRestore();
  expect(saveState.get().error).toBe('quota');
  await runWrite(() => db.cases.update('case-0', { note: 'later typing' }), 'case:case-0:note');
  await vi.waitFor(() => expect(saveState.get().error).toBeNull());
});
