import { clearDatabase, seedCases } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { BACKUP_UPGRADES, readBackupFile, readBackupText, validateBackup } from './backup-file';
import { backupErrorMessage } from './backup-messages';
import { BACKUP_MAX_BYTES, type BackupError } from './backup-types';

beforeEach(clearDatabase);

async function validText(): Promise<string> {
  await seedCases(2);
  return JSON.stringify(await exportCases());
}

function refusal(text: string): BackupError {
  const result = readBackupText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

test('a file that is not JSON is refused with a Danish message that says so', () => {
  const error = refusal('Hej, dette er et brev');
  expect(error.code).toBe('not-json');
  expect(backupErrorMessage(error, 'da')).toContain('ikke en Peerstart-sikkerhedskopi');
});

test('a truncated file is called truncated or damaged', async () => {
  const text = await validText();
  const error = refusal(text.slice(0, Math.floor(text.length / 2)));
  expect(error.code).toBe('truncated');
  expect(backupErrorMessage(error, 'da')).toBe('Filen er afkortet eller beskadiget og kan ikke læses.');
});

test('an empty file and JSON from somewhere else are refused', () => {
  expect(refusal('  ').code).toBe('empty');
  expect(refusal('{"hello": 1}').code).toBe('not-backup');
  expect(refusal('[1,2]').code).toBe('not-backup');
});

test('a file from a newer format version is refused and names the version', async () => {
  const file = JSON.parse(await validText());
  const error = refusal(JSON.stringify({ ...file, formatVersion: 4 }));
  expect(error).toEqual({ code: 'newer', version: 4 });
  expect(backupErrorMessage(error, 'da')).toBe(
    'Filen er lavet af en nyere version af Peerstart (format 4). Opdater appen først.',
  );
  expect(backupErrorMessage(error, 'en')).toContain('newer version of Peerstart (format 4)');
});

test('an unknown format version (0, a fraction, a string) is refused', async () => {
  const file = JSON.parse(await validText());
  for (const formatVersion of [0, 1.5, '1', null]) {
    expect(refusal(JSON.stringify({ ...file, formatVersion })).code).toBe('unknown-version');
  }
});

test('an older format version is upgraded step by step before it is validated', async () => {
  const file = JSON.parse(await validText());
  // A made-up version 0 that called the case list "forloeb": the upgrade renames it.
  const { cases, ...rest } = file;
  const old = { ...rest, formatVersion: 0, forloeb: cases };
  const upgrades = {
    ...BACKUP_UPGRADES,
    0: ({ forloeb, ...others }: Record<string, unknown>) => ({ ...others, cases: forloeb }),
  };
  const result = validateBackup(old, upgrades, 0);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.backup.cases).toHaveLength(2);
  // Without an upgrade step the same file is refused instead of guessed at.
  expect(validateBackup(old, BACKUP_UPGRADES, 0)).toEqual({ ok: false, error: { code: 'unknown-version' } });
});

test('wrong types, unknown keys and unsafe ids are refused and point at the field', async () => {
  const file = JSON.parse(await validText());
  const wrongType = structuredClone(file);
  wrongType.cases[1].case.organisation = 42;
  expect(refusal(JSON.stringify(wrongType))).toEqual({ code: 'invalid', where: 'cases.1.case.organisation' });

  const extraKey = structuredClone(file);
  extraKey.cases[0].case.isAdmin = true;
  expect(refusal(JSON.stringify(extraKey)).code).toBe('invalid');

  const badId = structuredClone(file);
  badId.cases[0].case.id = '../../etc';
  expect(refusal(JSON.stringify(badId)).code).toBe('invalid');

  const badTool = structuredClone(file);
  badTool.cases[0].toolDocs[0].tool = 'unknown-tool';
  expect(refusal(JSON.stringify(badTool)).code).toBe('invalid');
});

test('prototype-pollution keys and deeply nested data are refused', async () => {
  const text = await validText();
  const polluted = text.replace('"answers":{', '"answers":{"__proto__":{"polluted":true},');
  expect(refusal(polluted).code).toBe('invalid');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();

  const file = JSON.parse(text);
  let deep: Record<string, unknown> = { end: true };
  for (let i = 0; i < 40; i++) deep = { deeper: deep };
  file.cases[0].toolDocs[0].data = deep;
  expect(refusal(JSON.stringify(file)).code).toBe('invalid');
});

test('records that point at another case are refused', async () => {
  const file = JSON.parse(await validText());
  file.cases[0].rounds[0].caseId = file.cases[1].case.id;
  expect(refusal(JSON.stringify(file)).code).toBe('invalid');
});

test('a huge file is refused before it is read', async () => {
  const huge = { size: BACKUP_MAX_BYTES + 1, text: () => Promise.reject(new Error('must not read')) };
  const result = await readBackupFile(huge as unknown as Blob);
  expect(result).toEqual({ ok: false, error: { code: 'too-large', maxMb: 20 } });
  expect(backupErrorMessage({ code: 'too-large', maxMb: 20 }, 'da')).toContain('over 20 MB');
});

test('script payloads are only text: the file is accepted and the text kept as it is', async () => {
  const file = JSON.parse(await validText());
  file.cases[0].case.organisation = '<img src=x onerror=alert(1)>';
  const result = readBackupText(JSON.stringify(file));
  expect(result.ok && result.backup.cases[0]?.case.organisation).toBe('<img src=x onerror=alert(1)>');
});
