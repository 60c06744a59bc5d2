/**
 * The keys of this page, in memory only: never stored, never sent, gone with the page (locking
 * reloads the page, so nothing decrypted outlives the lock; lock.ts). Each key has a generation
 * number, stored beside every sealed record, so a passcode change can read the old generation and
 * write the new one inside a single transaction.
 */

export type SealMode =
  /** No lock: records are written as they are. */
  | { kind: 'open' }
  /** Lock on, not unlocked in this page: sealed records can be neither read nor written. */
  | { kind: 'locked' }
  /** Lock on and unlocked: writes are sealed with generation `gen`. */
  | { kind: 'sealing'; gen: number };

let mode: SealMode = { kind: 'open' };
const keys = new Map<number, Uint8Array>();

export function sealMode(): SealMode {
  return mode;
}

export function setSealMode(next: SealMode): void {
  mode = next;
}

export function keyFor(gen: number): Uint8Array | undefined {
  return keys.get(gen);
}

export function addKey(gen: number, key: Uint8Array): void {
  keys.set(gen, key);
}

/** Forgets one generation's key, overwriting its bytes first. */
export function dropKey(gen: number): void {
  keys.get(gen)?.fill(0);
  keys.delete(gen);
}

/** The key that writes are sealed with now, or undefined when writes are not sealed. */
export function writeKey(): { gen: number; key: Uint8Array } | undefined {
  if (mode.kind !== 'sealing') return undefined;
  const key = keys.get(mode.gen);
  return key ? { gen: mode.gen, key } : undefined;
}

/** A sealed record was met, or a write was attempted, while the page holds no key. */
export class LockedError extends Error {
  override name = 'LockedError';
}
