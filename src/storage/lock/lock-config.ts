/**
 * The lock record in the database (meta key `lock`): how to derive the key-wrapping key from the
 * passcode, and the data key wrapped by it. It is the truth about whether the lock is on, and it
 * changes in the same transaction as the records it protects, so the two always agree.
 *
 * Envelope encryption (version 2): records are sealed with a random data key; the passcode only
 * wraps that key. Changing the passcode rewrites this one record, so it is instant, needs no
 * rewrite of any case, and leaves other tabs' keys and sealed journals valid. Version 1 (earlier
 * releases) sealed records with the passcode-derived key itself, checked by a verifier box; it is
 * still read, and the first passcode change turns it into version 2 with that key as data key.
 *
 * It fails closed: a lock record that cannot be read, or that is malformed (unknown version, KDF
 * parameters out of range), means "locked", never "off".
 */
import Dexie from 'dexie';
import { db } from '../db';
import { fromBase64, type KdfParams, SALT_BYTES, toBase64 } from './kdf';
import { open, SealError, seal } from './seal';

export const LOCK_META_KEY = 'lock';
const VERIFIER_TEXT = 'peerstart-lock';
const VERIFIER_CONTEXT = 'lock|verifier';

interface ConfigBase {
  /** The key generation that every sealed record is written with. */
  gen: number;
  kdf: KdfParams;
}

export interface LockConfigV1 extends ConfigBase {
  version: 1;
  /** base64 of a box that opens only with this generation's key. */
  verifier: string;
}

export interface LockConfigV2 extends ConfigBase {
  version: 2;
  /** base64 of the data key, sealed with the passcode-derived key. */
  wrappedKey: string;
}

export type LockConfig = LockConfigV1 | LockConfigV2;

export type LockState =
  | { kind: 'off' }
  | { kind: 'on'; config: LockConfig }
  /** The record is there but cannot be read or trusted: treated as locked, and unlocking fails. */
  | { kind: 'unreadable' };

/** What a KDF may cost: below, a guess is too cheap; above, an unlock would hang the tablet. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

function isBase64(value: unknown, minBytes: number, maxBytes: number): boolean {
  if (typeof value !== 'string') return false;
  try {
    const length = fromBase64(value).length;
    return length >= minBytes && length <= maxBytes;
  } catch {
    return false;
  }
}

export function isKdfParams(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false;
  const kdf = value as Partial<KdfParams>;
  return (
    kdf.kdf === 'PBKDF2-SHA-256' &&
    Number.isInteger(kdf.iterations) &&
    (kdf.iterations as number) >= MIN_ITERATIONS &&
    (kdf.iterations as number) <= MAX_ITERATIONS &&
    isBase64(kdf.salt, SALT_BYTES, 64)
  );
}

/** nonce (12) + 14 or 32 bytes + tag (16). */
const BOX_BYTES = { verifier: 12 + 14 + 16, wrappedKey: 12 + 32 + 16 };

export function isLockConfig(value: unknown): value is LockConfig {
  if (typeof value !== 'object' || value === null) return false;
  const config = value as Record<string, unknown>;
  if (!Number.isSafeInteger(config.gen) || (config.gen as number) < 1 || !isKdfParams(config.kdf))
    return false;
  if (config.version === 1) return isBase64(config.verifier, BOX_BYTES.verifier, BOX_BYTES.verifier);
  if (config.version === 2) return isBase64(config.wrappedKey, BOX_BYTES.wrappedKey, BOX_BYTES.wrappedKey);
  return false;
}

/**
 * The lock's state as stored; never throws (a failed read is 'unreadable'). Read in its own
 * transaction, so a caller inside another one (without meta) still gets the truth; a migration
 * reads it `inTransaction`, atomically with its rewrite.
 */
export async function readLockState(inTransaction = false): Promise<LockState> {
  try {
    const read = () => db.meta.get(LOCK_META_KEY);
    const record = await (inTransaction ? read() : Dexie.ignoreTransaction(read));
    if (record === undefined) return { kind: 'off' };
    return isLockConfig(record.value) ? { kind: 'on', config: record.value } : { kind: 'unreadable' };
  } catch (error) {
    console.error('Could not read the lock record', error);
    return { kind: 'unreadable' };
  }
}

/** The lock record when the lock is on and readable; undefined otherwise. */
export async function readLockConfig(): Promise<LockConfig | undefined> {
  const state = await readLockState();
  return state.kind === 'on' ? state.config : undefined;
}

const wrapContext = (gen: number) => `lock|data-key|${gen}`;

/** The version-2 record for data key `dataKey` of generation `gen`, wrapped by `wrappingKey`. */
export function wrapDataKey(
  gen: number,
  kdf: KdfParams,
  wrappingKey: Uint8Array,
  dataKey: Uint8Array,
): LockConfigV2 {
  return { version: 2, gen, kdf, wrappedKey: toBase64(seal(wrappingKey, dataKey, wrapContext(gen))) };
}

/**
 * The data key of `config` if `derived` (the key derived from the typed passcode) is the right
 * one; null for a wrong passcode.
 */
export function dataKeyOf(config: LockConfig, derived: Uint8Array): Uint8Array | null {
  try {
    if (config.version === 1) {
      const text = new TextDecoder().decode(open(derived, fromBase64(config.verifier), VERIFIER_CONTEXT));
      return text === VERIFIER_TEXT ? derived : null;
    }
    return open(derived, fromBase64(config.wrappedKey), wrapContext(config.gen));
  } catch (error) {
    if (error instanceof SealError || error instanceof DOMException) return null;
    throw error;
  }
}

/** A version-1 record (only tests make one now: devices locked by an earlier release). */
export function legacyConfig(gen: number, kdf: KdfParams, key: Uint8Array): LockConfigV1 {
  return {
    version: 1,
    gen,
    kdf,
    verifier: toBase64(seal(key, new TextEncoder().encode(VERIFIER_TEXT), VERIFIER_CONTEXT)),
  };
}
