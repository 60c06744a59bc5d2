/**
 * The data key of this page, in memory only: never stored in the clear, never sent, gone with the
 * page. Each data key has a generation number, stored beside every sealed record. The data key is
 * random; the passcode only wraps it (lock-config.ts), so changing the passcode leaves every
 * record, every open tab's key and every sealed journal valid.
 */
import { createStore } from '../store';

export type SealMode =
  /** No lock: records are written as they are. */
  | { kind: 'open' }
  /** Lock on, not unlocked in this page: sealed records can be neither read nor written. */
  | { kind: 'locked' }
  /** Lock on and unlocked: writes are sealed with generation `gen`. */
  | { kind: 'sealing'; gen: number };

/** The page's seal mode, observable: writes that wait for an unlock resume when it changes. */
export const sealModeStore = createStore<SealMode>({ kind: 'open' });
const keys = new Map<number, Uint8Array>();

export function sealMode(): SealMode {
  return sealModeStore.get();
}

export function setSealMode(next: SealMode): void {
  sealModeStore.set(next);
}

export function keyFor(gen: number): Uint8Array | undefined {
  return keys.get(gen);
}

export function addKey(gen: number, key: Uint8Array): void {
  const before = keys.get(gen);
  if (before && before !== key) before.fill(0);
  keys.set(gen, key);
}

/** Forgets one generation's key, overwriting its bytes first. */
export function dropKey(gen: number): void {
  keys.get(gen)?.fill(0);
  keys.delete(gen);
}

export function dropAllKeys(): void {
  for (const gen of [...keys.keys()]) dropKey(gen);
}

/** The key that writes are sealed with in `mode`, or undefined when writes are not sealed. */
export function writeKey(mode = sealMode()): { gen: number; key: Uint8Array } | undefined {
  if (mode.kind !== 'sealing') return undefined;
  const key = keys.get(mode.gen);
  return key ? { gen: mode.gen, key } : undefined;
}

/** A sealed record was met, or a write was attempted, while the page holds no key. */
export class LockedError extends Error {
  override name = 'LockedError';
}
