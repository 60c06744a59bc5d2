// Encrypted backup files (format 2, issue 13): the round trip, a wrong passphrase, a changed file,
// hostile key-derivation settings, damaged envelopes, and older files that must still import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearDatabase, dumpDatabase, seedCases, TRICKY_TEXTS } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { importCases } from '../storage/case-bundles';
import { db } from '../storage/db';
import { fromBase64, toBase64 } from '../storage/lock/kdf';
import { ITERATIONS_MAX, ITERATIONS_MIN, parseEnvelope } from './backup-crypto';
import {
  decryptBackup,
  openBackupFile,
  openBackupText,
  readBackupText,
  writeBackupText,
  writeEncryptedBackupText,
} from './backup-file';
import { backupErrorMessage } from './backup-messages';
import {
  BACKUP_MAX_BYTES,
  type BackupError,
  type BackupFile,
  type EncryptedBackupEnvelope,
} from './backup-types';
import { previewRows } from './import-model';

beforeEach(clearDatabase);

const PASSPHRASE = 'Blå hest på engen 42';
/** The lowest count a file may ask for keeps the tests quick; the app writes 600,000. */
const FAST = ITERATIONS_MIN;

async function encryptedText(passphrase = PASSPHRASE, backup?: BackupFile): Promise<string> {
  const written = await writeEncryptedBackupText(backup ?? (await exportCases()), passphrase, FAST);
  if (!written.ok) throw new Error(`export refused: ${JSON.stringify(written.error)}`);
  return written.text;
}

function envelopeOf(text: string): EncryptedBackupEnvelope {
  const opened = openBackupText(text);
  if (opened.ok !== 'locked') throw new Error(`expected an encrypted file, got ${JSON.stringify(opened)}`);
  return opened.envelope;
}

function refusal(result: ReturnType<typeof openBackupText>): BackupError {
  if (result.ok !== false) throw new Error(`expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`);
  return result.error;
}

test('an encrypted backup holds none of the typed text and imports back identical with the passphrase', async () => {
  await seedCases(3);
  const before = await dumpDatabase();
  const backup = await exportCases();
  const text = await encryptedText(PASSPHRASE, backup);
  for (const typed of [
    'Bostedet Åbrinken',
    'Søren Ørsted',
    'Åse Æbelø',
    'svar 1',
    'case-0',
    ...TRICKY_TEXTS,
  ]) {
    expect(text).not.toContain(typed);
  }
  const envelope = envelopeOf(text);
  expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'encryption', 'ciphertext']);
  expect(envelope.encryption).toMatchObject({
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA-256',
    iterations: FAST,
  });
  expect(fromBase64(envelope.encryption.iv)).toHaveLength(12);
  expect(fromBase64(envelope.encryption.salt)).toHaveLength(16);

  const read = await decryptBackup(envelope, PASSPHRASE);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  expect(read.backup).toEqual(backup);
  await clearDatabase();
  await importCases(read.backup, 'keep-both');
  expect(await dumpDatabase()).toEqual(before);
});

test('the app writes 600,000 iterations by default, and every file gets its own salt and IV', async () => {
  await seedCases(1);
  const backup = await exportCases();
  const one = await writeEncryptedBackupText(backup, PASSPHRASE);
  const two = await writeEncryptedBackupText(backup, PASSPHRASE);
  if (!one.ok || !two.ok) throw new Error('export refused');
  const [a, b] = [envelopeOf(one.text), envelopeOf(two.text)];
  expect(a.encryption.iterations).toBe(600_000);
  expect(a.encryption.salt).not.toBe(b.encryption.salt);
  expect(a.encryption.iv).not.toBe(b.encryption.iv);
  expect(a.ciphertext).not.toBe(b.ciphertext);
});

test('a wrong passphrase is refused with a clear message, and nothing is written', async () => {
  await seedCases(2);
  const text = await encryptedText();
  await db.cases.delete('case-1');
  const before = await dumpDatabase();
  for (const wrong of ['blå hest på engen 42', 'Blå hest på engen 4', `${PASSPHRASE} `, '']) {
    const read = await decryptBackup(envelopeOf(text), wrong);
    expect(read).toEqual({ ok: false, error: { code: 'wrong-passphrase' } });
  }
  const message = backupErrorMessage({ code: 'wrong-passphrase' }, 'da');
  expect(message).toMatch(/^Forkert adgangssætning/);
  expect(message).toContain('Intet er ændret.');
  expect(backupErrorMessage({ code: 'wrong-passphrase' }, 'en')).toMatch(/^Wrong passphrase/);
  expect(await dumpDatabase()).toEqual(before);
});

test('the same passphrase typed with composed or decomposed letters opens the file (NFC)', async () => {
  await seedCases(1);
  const text = await encryptedText('Blå hest på engen 42');
  const read = await decryptBackup(envelopeOf(text), 'Bla\u030A hest pa\u030A engen 42');
  expect(read.ok).toBe(true);
});

test('a changed ciphertext, IV or salt is refused like a wrong passphrase (GCM cannot tell them apart)', async () => {
  await seedCases(1);
  const envelope = envelopeOf(await encryptedText());
  const flip = (base64: string, at: number) => {
    const bytes = fromBase64(base64);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    return toBase64(bytes);
  };
  const changed: EncryptedBackupEnvelope[] = [
    { ...envelope, ciphertext: flip(envelope.ciphertext, 0) },
    { ...envelope, ciphertext: flip(envelope.ciphertext, fromBase64(envelope.ciphertext).length - 1) },
    { ...envelope, encryption: { ...envelope.encryption, iv: flip(envelope.encryption.iv, 5) } },
    { ...envelope, encryption: { ...envelope.encryption, salt: flip(envelope.encryption.salt, 3) } },
    { ...envelope, encryption: { ...envelope.encryption, iterations: FAST + 1 } },
  ];
  for (const file of changed) {
    const reopened = envelopeOf(JSON.stringify(file));
    expect(await decryptBackup(reopened, PASSPHRASE)).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
  }
  // A ciphertext cut short (its tag is lost) is refused the same way.
  const bytes = fromBase64(envelope.ciphertext);
  const cut = { ...envelope, ciphertext: toBase64(bytes.subarray(0, bytes.length - 20)) };
  expect(await decryptBackup(envelopeOf(JSON.stringify(cut)), PASSPHRASE)).toEqual({
    ok: false,
    error: { code: 'wrong-passphrase' },
  });
});

test('hostile key-derivation settings are refused before any key is derived', async () => {
  await seedCases(1);
  const envelope = envelopeOf(await encryptedText());
  for (const iterations of [
    ITERATIONS_MAX + 1,
    1e12,
    Number.MAX_SAFE_INTEGER,
    ITERATIONS_MIN - 1,
    1,
    0,
    -600_000,
    600_000.5,
    '600000',
    null,
  ]) {
    const file = { ...envelope, encryption: { ...envelope.encryption, iterations } };
    const started = performance.now();
    expect(refusal(openBackupText(JSON.stringify(file)))).toEqual({ code: 'damaged' });
    expect(performance.now() - started).toBeLessThan(1_000);
  }
  // The bounds themselves are accepted by the envelope's schema.
  for (const iterations of [ITERATIONS_MIN, ITERATIONS_MAX]) {
    expect(parseEnvelope({ ...envelope, encryption: { ...envelope.encryption, iterations } })).not.toBeNull();
  }
});

test('a damaged envelope gets the broken-file message and is never read as cases', async () => {
  await seedCases(1);
  const envelope = envelopeOf(await encryptedText());
  const enc = envelope.encryption;
  const { iv: _iv, ...withoutIv } = enc;
  const { ciphertext: _c, ...withoutCiphertext } = envelope;
  const damaged: unknown[] = [
    withoutCiphertext,
    { ...envelope, encryption: withoutIv },
    { ...envelope, encryption: { ...enc, iv: toBase64(new Uint8Array(16)) } },
    { ...envelope, encryption: { ...enc, iv: toBase64(new Uint8Array(8)) } },
    { ...envelope, encryption: { ...enc, salt: toBase64(new Uint8Array(8)) } },
    { ...envelope, encryption: { ...enc, salt: toBase64(new Uint8Array(65)) } },
    { ...envelope, encryption: { ...enc, cipher: 'AES-128-CBC' } },
    { ...envelope, encryption: { ...enc, kdf: 'scrypt' } },
    { ...envelope, encryption: { ...enc, extra: true } },
    { ...envelope, encryption: 'AES' },
    { ...envelope, ciphertext: 'ikke base64!' },
    { ...envelope, ciphertext: `${envelope.ciphertext}A` },
    { ...envelope, ciphertext: toBase64(new Uint8Array(10)) },
    { ...envelope, ciphertext: 42 },
    { ...envelope, cases: [] },
    { ...envelope, exportedAt: '2026-11-29T09:00:00.000Z' },
    { ...envelope, formatVersion: 1 },
    { ...envelope, formatVersion: 2.5 },
    { ...envelope, formatVersion: '2' },
  ];
  for (const file of damaged) {
    const error = refusal(openBackupText(JSON.stringify(file)));
    expect(error).toEqual({ code: 'damaged' });
    expect(backupErrorMessage(error, 'da')).toBe('Filen er afkortet eller beskadiget og kan ikke læses.');
  }
  // An envelope from a newer Peerstart asks for an update, as a plain file would.
  expect(refusal(openBackupText(JSON.stringify({ ...envelope, formatVersion: 4 })))).toEqual({
    code: 'newer',
    version: 4,
  });
});

test('decrypted content goes through every check of an unencrypted file', async () => {
  const { encryptBackupText } = await import('./backup-crypto');
  await seedCases(1);
  const plain = JSON.parse(JSON.stringify(await exportCases()));
  const open = async (text: string) =>
    decryptBackup(envelopeOf(await encryptBackupText(text, PASSPHRASE, FAST)), PASSPHRASE);

  plain.cases[0].case.organisation = 42;
  expect(await open(JSON.stringify(plain))).toEqual({
    ok: false,
    error: { code: 'invalid', where: 'cases.0.case.organisation' },
  });
  expect(await open('Kære leder')).toEqual({ ok: false, error: { code: 'not-json' } });
  expect(await open('{"cases": [')).toEqual({ ok: false, error: { code: 'truncated' } });
  // Peerstart never encrypts a file twice.
  expect(await open(await encryptBackupText('{}', PASSPHRASE, FAST))).toEqual({
    ok: false,
    error: { code: 'damaged' },
  });
});

test('an encrypted file is only opened with its passphrase: reading it as plain text says it is encrypted', async () => {
  await seedCases(1);
  const text = await encryptedText();
  expect(readBackupText(text)).toEqual({ ok: false, error: { code: 'encrypted' } });
  expect(backupErrorMessage({ code: 'encrypted' }, 'da')).toContain('adgangssætning');
  const opened = await openBackupFile(new Blob([`\uFEFF${text}`]));
  expect(opened.ok).toBe('locked');
});

test('the size limit holds for encrypted files too', async () => {
  const huge = { size: BACKUP_MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not read')) };
  expect(await openBackupFile(huge as unknown as Blob)).toEqual({
    ok: false,
    error: { code: 'too-large', maxMb: 20 },
  });
  const text = JSON.stringify({
    format: 'peerstart-backup',
    formatVersion: 2,
    ciphertext: 'A'.repeat(BACKUP_MAX_BYTES),
  });
  expect(refusal(openBackupText(text)).code).toBe('too-large');
});

test('the export refuses to call an encrypted backup saved when its content cannot be read back', async () => {
  await seedCases(2);
  await db.cases.update('case-1', { note: 'x'.repeat(20_001) });
  const written = await writeEncryptedBackupText(await exportCases(), PASSPHRASE, FAST);
  expect(written).toEqual({
    ok: false,
    error: {
      code: 'unreadable-export',
      where: expect.stringMatching(/^cases\.\d\.case\.note$/),
      caseIndex: expect.any(Number),
    },
  });
});

test('an encrypted file kept from format 2 still opens (7 tools, 3 rounds)', async () => {
  const text = readFileSync(
    join(__dirname, '../../tests/fixtures/backup-encrypted/all-tools-v2.backup'),
    'utf8',
  );
  const opened = await openBackupFile(new Blob([text]));
  if (opened.ok !== 'locked') throw new Error('expected an encrypted file');
  expect(opened.envelope.encryption.iterations).toBe(600_000);
  expect((await decryptBackup(opened.envelope, 'blå hest')).ok).toBe(false);
  const read = await decryptBackup(opened.envelope, PASSPHRASE);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  expect(previewRows(read.backup, new Set())[0]).toMatchObject({
    tools: 7,
    rounds: 3,
    organisation: 'Bostedet Åbrinken',
  });
});

test('older and unencrypted files still import: formats 1 and 2 are upgraded, format 3 is read as it is', async () => {
  await seedCases(2);
  const before = await dumpDatabase();
  const backup = await exportCases();
  expect(backup.formatVersion).toBe(3);
  const v3 = writeBackupText(backup);
  if (!v3.ok) throw new Error('export refused');
  // Formats 1 and 2 had no case kind: their cases are employments, as before.
  const withoutKind = backup.cases.map((c) => ({ ...c, case: { ...c.case, kind: undefined } }));
  const v1 = JSON.stringify({ ...backup, cases: withoutKind, formatVersion: 1 });
  const v2 = JSON.stringify({ ...backup, cases: withoutKind, formatVersion: 2 });
  for (const text of [v1, v2, v3.text]) {
    const read = readBackupText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.backup.formatVersion).toBe(3);
    await clearDatabase();
    await importCases(read.backup, 'replace');
    expect(await dumpDatabase()).toEqual(before);
  }
  const corpusFile = readFileSync(
    join(__dirname, '../../tests/fixtures/backup-corpus/valid-all-tools.backup'),
    'utf8',
  );
  expect(JSON.parse(corpusFile).formatVersion).toBe(1);
  expect(readBackupText(corpusFile).ok).toBe(true);
});
