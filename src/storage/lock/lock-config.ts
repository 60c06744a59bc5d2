/**
 * The lock record in the database (meta key `lock`): how to derive the key from the passcode, and a
 * verifier box that opens only with the right key. It is the truth about whether the lock is on,
 * and it changes in the same transaction as the records it protects, so the two always agree.
 */
import { db } from '../db';
import { fromBase64, type KdfParams, toBase64 } from './kdf';
import { open, SealError, seal } from './seal';

export const LOCK_META_KEY = 'lock';
const VERIFIER_TEXT = 'peerstart-lock';
const VERIFIER_CONTEXT = 'lock|verifier';

export interface LockConfig {
  version: 1;
  /** The key generation that every sealed record is written with. */
  gen: number;
  kdf: KdfParams;
  /** base64 of a box that opens only with this generation's key. */
  verifier: string;
}

function isLockConfig(value: unknown): value is LockConfig {
  if (typeof value !== 'object' || value === null) return false;
  const config = value as Partial<LockConfig>;
  return (
    config.version === 1 &&
    typeof config.gen === 'number' &&
    typeof config.verifier === 'string' &&
    typeof config.kdf?.salt === 'string' &&
    typeof config.kdf.iterations === 'number'
  );
}

export async function readLockConfig(): Promise<LockConfig | undefined> {
  const record = await db.meta.get(LOCK_META_KEY);
  return isLockConfig(record?.value) ? record.value : undefined;
}

export function makeVerifier(key: Uint8Array): string {
  return toBase64(seal(key, new TextEncoder().encode(VERIFIER_TEXT), VERIFIER_CONTEXT));
}

/** Whether `key` is the one `config` was made with. */
export function verifies(config: LockConfig, key: Uint8Array): boolean {
  try {
    return (
      new TextDecoder().decode(open(key, fromBase64(config.verifier), VERIFIER_CONTEXT)) === VERIFIER_TEXT
    );
  } catch (error) {
    if (error instanceof SealError || error instanceof DOMException) return false;
    throw error;
  }
}
