/**
 * Encrypted backup files (format version 2, docs/backup-format.md): the complete text of an
 * unencrypted backup file, encrypted with AES-256-GCM (WebCrypto) under a key derived from the
 * user's passphrase with PBKDF2-SHA-256 (src/storage/lock/kdf.ts), a random salt and a random
 * 12-byte IV per file. The envelope says only what is needed to decrypt it: no case, no date, no
 * name. The format and version are bound to the ciphertext as GCM's additional data, so a file
 * cannot be relabelled. Nothing here touches the database; lazy-loaded with backup-file.ts.
 */
import * as v from 'valibot';
import { deriveKeyBytes, fromBase64, KDF_ITERATIONS, newKdfParams, toBase64 } from '../storage/lock/kdf';
import {
  BACKUP_ENCRYPTED_SINCE,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  type EncryptedBackupEnvelope,
} from './backup-types';

export const BACKUP_CIPHER = 'AES-256-GCM';
/**
 * The iteration counts a file may ask for. Below: too weak to be one Peerstart wrote. Above: a
 * hostile file could keep the tab busy for minutes before the passphrase is even checked.
 */
export const ITERATIONS_MIN = 100_000;
export const ITERATIONS_MAX = 10_000_000;
export const IV_BYTES = 12;
export const SALT_MIN_BYTES = 16;
export const SALT_MAX_BYTES = 64;
/** GCM's authentication tag, appended to the ciphertext by WebCrypto. */
const TAG_BYTES = 16;

/** Standard base64 with padding (what `btoa` writes); a plain character class, fast on 20 MB. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** A base64 string of `min` to `max` bytes. */
const base64Bytes = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(Math.ceil(max / 3) * 4),
    v.check((text: string) => text.length % 4 === 0 && BASE64.test(text), 'not base64'),
    v.check((text: string) => {
      const length = base64Length(text);
      return length >= min && length <= max;
    }, 'wrong length'),
  );

export const encryptedBackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(BACKUP_ENCRYPTED_SINCE),
    v.maxValue(BACKUP_FORMAT_VERSION),
  ),
  encryption: v.strictObject({
    cipher: v.literal(BACKUP_CIPHER),
    kdf: v.literal('PBKDF2-SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(ITERATIONS_MIN), v.maxValue(ITERATIONS_MAX)),
    salt: base64Bytes(SALT_MIN_BYTES, SALT_MAX_BYTES),
    iv: base64Bytes(IV_BYTES, IV_BYTES),
  }),
  // At least the tag and "{}"; never more than a file may hold.
  ciphertext: base64Bytes(TAG_BYTES + 2, BACKUP_MAX_BYTES),
});

// The schema and the documented type describe the same thing.
const schemaMatchesType: [
  v.InferOutput<typeof encryptedBackupSchema> extends EncryptedBackupEnvelope ? true : false,
  EncryptedBackupEnvelope extends v.InferOutput<typeof encryptedBackupSchema> ? true : false,
] = [true, true];
void schemaMatchesType;

/**
 * Whether a parsed Peerstart file means to be encrypted (it has an `encryption` or `ciphertext`
 * key). Such a file is checked against the envelope's schema only, never read as plain cases.
 */
export function looksEncrypted(file: Record<string, unknown>): boolean {
  return Object.hasOwn(file, 'encryption') || Object.hasOwn(file, 'ciphertext');
}

/** The envelope of a parsed file, or null when it is not a well-formed encrypted backup. */
export function parseEnvelope(file: unknown): EncryptedBackupEnvelope | null {
  const result = v.safeParse(encryptedBackupSchema, file);
  return result.success ? result.output : null;
}

/** GCM's additional data: the ciphertext belongs to this format and version only. */
function additionalData(formatVersion: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${BACKUP_FORMAT}/${formatVersion}`);
}

async function aesKey(passphrase: string, params: EncryptedBackupEnvelope['encryption'], use: KeyUsage) {
  // deriveKeyBytes makes its array over a fresh ArrayBuffer (never a SharedArrayBuffer).
  const bytes = (await deriveKeyBytes(passphrase, {
    kdf: params.kdf,
    iterations: params.iterations,
    salt: params.salt,
  })) as Uint8Array<ArrayBuffer>;
  try {
    return await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [use]);
  } finally {
    bytes.fill(0);
  }
}

/**
 * Encrypts the text of an unencrypted backup file into the text of an encrypted one (pretty-printed
 * JSON, like every backup file). `iterations` is only lowered by tests.
 */
export async function encryptBackupText(
  plaintext: string,
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<string> {
  const { kdf, salt } = newKdfParams(iterations);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const encryption: EncryptedBackupEnvelope['encryption'] = {
    cipher: BACKUP_CIPHER,
    kdf,
    iterations,
    salt,
    iv: toBase64(iv),
  };
  const key = await aesKey(passphrase, encryption, 'encrypt');
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(BACKUP_FORMAT_VERSION), tagLength: TAG_BYTES * 8 },
    key,
    new TextEncoder().encode(plaintext),
  );
  const envelope: EncryptedBackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    encryption,
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
  return JSON.stringify(envelope, null, 2);
}

export type DecryptResult =
  | { ok: true; text: string }
  | { ok: false; error: { code: 'wrong-passphrase' } | { code: 'damaged' } };

/**
 * Decrypts a validated envelope with `passphrase`. A wrong passphrase and a changed ciphertext are
 * the same failure to AES-GCM ('wrong-passphrase'); bytes that are not UTF-8 are 'damaged'.
 */
export async function decryptEnvelope(
  envelope: EncryptedBackupEnvelope,
  passphrase: string,
): Promise<DecryptResult> {
  const key = await aesKey(passphrase, envelope.encryption, 'decrypt');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(envelope.encryption.iv),
        additionalData: additionalData(envelope.formatVersion),
        tagLength: TAG_BYTES * 8,
      },
      key,
      fromBase64(envelope.ciphertext),
    );
  } catch (error) {
    if ((error as { name?: string } | null)?.name === 'OperationError') {
      return { ok: false, error: { code: 'wrong-passphrase' } };
    }
    throw error;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
}
