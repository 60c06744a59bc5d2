/**
 * Keeps this page's seal mode in step with the lock record, without reloading. Every write checks,
 * under the store barrier (barrier.ts), that the mode it is about to seal with is the one the
 * database says (`assertModeCurrent`); other tabs' changes are also announced on a broadcast
 * channel. When they disagree, the page adapts:
 * - the lock was turned off elsewhere: the key is forgotten and writes go on unsealed;
 * - the lock was turned on elsewhere (or the record cannot be read: fail closed): the page locks
 *   in place. Its pending writes wait in memory, its journal stays as the other tab re-sealed it,
 *   and after the unlock screen they are written under the new key: nothing typed is lost.
 * A passcode change needs nothing here: the data key stays the same (lock-config.ts).
 */
import { setJournalSealer } from '../journal';
import {
  dropAllKeys,
  keyFor,
  LockedError,
  type SealMode,
  sealMode,
  sealModeStore,
  setSealMode,
} from './keyring';
import { type LockState, readLockState } from './lock-config';
import { lockedInPlace, setLockFlag } from './lock-flag';
import { onSealedWhileOpen } from './sealing-middleware';

/** The page's mode did not match the lock record; the write is tried again once it can be. */
export class LockChangedError extends Error {
  override name = 'LockChangedError';
}

function agrees(state: LockState, mode: SealMode): boolean {
  if (state.kind === 'off') return mode.kind === 'open';
  if (state.kind === 'unreadable') return mode.kind === 'locked';
  return (
    mode.kind === 'locked' ||
    (mode.kind === 'sealing' && mode.gen === state.config.gen && keyFor(mode.gen) !== undefined)
  );
}

/** Locks this page in place: keys forgotten, writes held until the unlock screen has the key. */
export function lockInPlace(): void {
  dropAllKeys();
  setLockFlag(true);
  // Without a sealer and with the lock on, the journal keeps what is stored (journal.ts).
  setJournalSealer(null);
  lockedInPlace.set(true);
  if (sealMode().kind !== 'locked') setSealMode({ kind: 'locked' });
}

/** The lock is off (turned off elsewhere, or everything was deleted): write unsealed again. */
export function unlockedForGood(): void {
  dropAllKeys();
  lockedInPlace.set(false);
  setLockFlag(false);
  setJournalSealer(null);
  if (sealMode().kind !== 'open') setSealMode({ kind: 'open' });
}

/** Brings the page's mode in line with `state`; resolves whether it had to change. */
export function adaptTo(state: LockState): boolean {
  if (agrees(state, sealMode())) return false;
  if (state.kind === 'off') unlockedForGood();
  else lockInPlace();
  return true;
}

/** Reads the lock record and adapts to it (on a broadcast from another tab, or a surprise read). */
export async function checkLockState(): Promise<void> {
  adaptTo(await readLockState());
}

/**
 * A mark that every change of the lock record moves (lock.ts, "delete all data"), before its
 * transaction and after it, while it holds the barrier. A write whose page has read the lock
 * record since the mark last moved need not read it again: one synchronous localStorage read
 * instead of an IndexedDB round trip per keystroke. Without localStorage every write reads the record.
 */
const EPOCH_KEY = 'peerstart.lock.epoch';
let verifiedEpoch: string | null = null;

function readEpoch(): string | null {
  try {
    return localStorage.getItem(EPOCH_KEY) ?? 'none';
  } catch {
    return null;
  }
}

export function moveLockEpoch(): void {
  verifiedEpoch = null;
  try {
    localStorage.setItem(EPOCH_KEY, `${Date.now()}.${Math.random()}`);
  } catch {
    // Without storage, every write reads the lock record.
  }
}

sealModeStore.subscribe(() => {
  verifiedEpoch = null;
});

/**
 * Run inside the write barrier, just before a write: throws LockChangedError (after adapting) when
 * the page would seal under a mode the database no longer has, or the page is locked.
 */
export async function assertModeCurrent(): Promise<void> {
  if (sealMode().kind === 'locked') throw new LockChangedError('The page is locked');
  const epoch = readEpoch();
  if (epoch !== null && epoch === verifiedEpoch) return;
  const changed = adaptTo(await readLockState());
  if (changed || sealMode().kind === 'locked') throw new LockChangedError('The lock changed');
  verifiedEpoch = epoch;
}

/** Whether a failed write should wait for the lock state instead of failing. */
export function isLockWait(error: unknown): boolean {
  return error instanceof LockChangedError || error instanceof LockedError;
}

/** Resolves once this page can write: the lock is off, or it is unlocked. */
export function whenWritable(): Promise<void> {
  if (sealMode().kind !== 'locked') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = sealModeStore.subscribe((mode) => {
      if (mode.kind === 'locked') return;
      stop();
      resolve();
    });
  });
}

let checking = false;
// A sealed record met while this page writes plain: the lock was turned on elsewhere.
onSealedWhileOpen(() => {
  if (checking) return;
  checking = true;
  void checkLockState().finally(() => {
    checking = false;
  });
});
