/**
 * The passcode lock's operations: turning it on and off, changing the passcode, unlocking, and
 * locking again.
 *
 * Turning it on or off rewrites every record in ONE transaction together with the lock record
 * (lock-config.ts), while holding the store barrier exclusively (barrier.ts): every tab's writes
 * wait meanwhile, and this page's own pending writes are flushed under the old mode first. The
 * transaction writes under the new mode, the page switches only once it has committed, and the
 * other tabs' journals are stored again in the new form before the barrier opens. A crash or a
 * full disk midway aborts the transaction, so the device holds all records in the old form or all
 * in the new, never a mix. A record that cannot be opened is left as it is and reported, so it
 * never blocks the migration of the rest.
 *
 * Changing the passcode only wraps the same data key anew: one small write, nothing re-sealed.
 *
 * Locking reloads the page: everything decrypted in memory (the optimistic store, the live query
 * caches, Dexie's cache, the DOM) goes with the old page, and the unlock screen shows.
 */
import Dexie, { type Table } from 'dexie';
import { withMigrationBarrier } from '../barrier';
import { db } from '../db';
import { rewriteOtherJournals, setJournalSealer } from '../journal';
import { clearListSnapshot } from '../list-snapshot';
import { createStore } from '../store';
import { forgetUnreadable } from '../unreadable';
import { flushAllWrites } from '../writes';
import { attemptPasscode } from './attempts';
import { deriveKeyBytes, fromBase64, newKdfParams, toBase64 } from './kdf';
import { addKey, dropAllKeys, keyFor, type SealMode, sealMode, setSealMode, writeKey } from './keyring';
import {
  dataKeyOf,
  LOCK_META_KEY,
  type LockConfig,
  type LockConfigV2,
  readLockState,
  wrapDataKey,
} from './lock-config';
import {
  AttemptWaitError,
  LockUnreadableError,
  PasscodeTooShortError,
  WrongPasscodeError,
} from './lock-errors';
import { lockedInPlace, setLockFlag, shortPasscode } from './lock-flag';
import { checkLockState, moveLockEpoch, unlockedForGood } from './lock-state';
import { open, seal } from './seal';
import { markMigration } from './sealing-middleware';

/** Eight characters at least: a short sentence is easier to remember and far slower to guess. */
export const PASSCODE_MIN_LENGTH = 8;
export { AttemptWaitError, LockUnreadableError, PasscodeTooShortError, shortPasscode, WrongPasscodeError };

/** Refuses a new passcode below the minimum (one from an earlier release still opens the lock). */
function assertNewPasscode(passcode: string): void {
  if (passcode.length < PASSCODE_MIN_LENGTH) throw new PasscodeTooShortError(PASSCODE_MIN_LENGTH);
}

const JOURNAL_CONTEXT = 'journal';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Seals this page's edit journal with the current key (journal.ts stores nothing plain meanwhile). */
function sealJournal(): void {
  setJournalSealer({
    seal(text) {
      const write = writeKey();
      if (!write) throw new Error('No key to seal the journal with');
      return `${write.gen}:${toBase64(seal(write.key, encoder.encode(text), JOURNAL_CONTEXT))}`;
    },
    open(sealed) {
      const colon = sealed.indexOf(':');
      const key = keyFor(Number(sealed.slice(0, colon)));
      if (!key) return null;
      try {
        return decoder.decode(open(key, fromBase64(sealed.slice(colon + 1)), JOURNAL_CONTEXT));
      } catch {
        return null;
      }
    },
  });
}

// Other tabs learn of a change of lock state at once and adapt in place (lock-state.ts); each
// write also checks the lock record under the barrier, so a missed message costs nothing.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('peerstart.lock') : null;
const tellOtherTabs = () => channel?.postMessage('changed');

/** Starts listening for lock changes made in other tabs (open-db.ts, once per page). */
export function followLockChanges(): void {
  if (channel) channel.onmessage = () => void checkLockState();
}

/** Records rewritten per step of a migration. */
const CHUNK = 100;

/** How far a running migration has come (records rewritten of all), or null when none runs. */
export const migration = createStore<{ done: number; total: number } | null>(null);

/** The lock record changed in another tab between the passcode check and the migration. */
class LockMovedError extends Error {
  override name = 'LockMovedError';
}

interface Migration {
  /** The mode the records are rewritten under, and the page's mode once it has committed. */
  next: SealMode;
  /** The lock record's generation the migration was planned on (0: the lock was off). */
  expectGen: number;
  /** Writes the new lock record, inside the transaction. */
  finish: () => Promise<unknown>;
  /** Runs after the commit, while the barrier is still held. */
  committed: () => void;
}

/** Rewrites every case, tool document and round under `next`, alone, in one transaction. */
async function migrate({ next, expectGen, finish, committed }: Migration): Promise<void> {
  // This page's own pending writes commit first, under the old mode (they need the barrier too).
  await flushAllWrites();
  await withMigrationBarrier(async () => {
    moveLockEpoch();
    try {
      // Not through runWrite: a failure here is reported by the lock settings, and must not leave
      // the app-wide "not saved" state behind, since nothing typed is unsaved.
      const tables = [db.cases, db.toolDocs, db.rounds] as unknown as Table<object, unknown>[];
      await db.transaction('rw', [...tables, db.meta], async () => {
        const transaction = Dexie.currentTransaction?.idbtrans;
        if (!transaction) throw new Error('No transaction to migrate in');
        markMigration(transaction, next);
        const state = await readLockState(true);
        const gen = state.kind === 'on' ? state.config.gen : state.kind === 'off' ? 0 : -1;
        if (gen !== expectGen) throw new LockMovedError('The lock changed in another tab');
        const keys = await Promise.all(tables.map((table) => table.toCollection().primaryKeys()));
        const progress = { done: 0, total: keys.reduce((sum, list) => sum + list.length, 0) };
        migration.set({ ...progress });
        // In chunks, so the screen can count along on a device with many cases; still one transaction.
        for (const [index, table] of tables.entries()) {
          const tableKeys = keys[index] ?? [];
          for (let start = 0; start < tableKeys.length; start += CHUNK) {
            const chunk = tableKeys.slice(start, start + CHUNK);
            // A record that does not open reads as undefined (reported); it stays as it is.
            const records = (await table.bulkGet(chunk)).filter((record) => record !== undefined);
            await table.bulkPut(records);
            progress.done += chunk.length;
            migration.set({ ...progress });
          }
        }
        await finish();
      });
      committed();
    } finally {
      moveLockEpoch();
      migration.set(null);
    }
  });
  tellOtherTabs();
}

/** A fresh key generation, different from every recent one (boxes carry it). */
function newGen(): number {
  return 1 + ((crypto.getRandomValues(new Uint32Array(1))[0] as number) % 2_000_000_000);
}

/** The lock record for `passcode` wrapping `dataKey` of generation `gen`. */
async function wrapFor(passcode: string, gen: number, dataKey: Uint8Array): Promise<LockConfigV2> {
  const kdf = newKdfParams();
  const wrapping = await deriveKeyBytes(passcode, kdf);
  const config = wrapDataKey(gen, kdf, wrapping, dataKey);
  wrapping.fill(0);
  return config;
}

/** Turns the lock on: every record is sealed under a new random data key wrapped by `passcode`. */
export async function enableLock(passcode: string): Promise<void> {
  assertNewPasscode(passcode);
  if ((await readLockState()).kind !== 'off') throw new Error('The lock is already on');
  const gen = newGen();
  const dataKey = crypto.getRandomValues(new Uint8Array(32));
  const config = await wrapFor(passcode, gen, dataKey);
  addKey(gen, dataKey);
  const next: SealMode = { kind: 'sealing', gen };
  try {
    await migrate({
      next,
      expectGen: 0,
      finish: () => db.meta.put({ key: LOCK_META_KEY, value: config }),
      committed: () => {
        setSealMode(next);
        setLockFlag(true);
        clearListSnapshot();
        sealJournal();
        rewriteOtherJournals('sealed');
      },
    });
  } catch (error) {
    if (sealMode().kind !== 'sealing') dropAllKeys();
    throw error;
  }
  shortPasscode.set(false);
}

/** Checks `passcode` against the lock record (one counted attempt); resolves its data key. */
function checkPasscode(passcode: string): Promise<{ config: LockConfig; dataKey: Uint8Array }> {
  return attemptPasscode(async () => {
    const state = await readLockState();
    if (state.kind === 'off') throw new Error('The lock is off');
    if (state.kind === 'unreadable') throw new LockUnreadableError();
    const derived = await deriveKeyBytes(passcode, state.config.kdf);
    const dataKey = dataKeyOf(state.config, derived);
    if (dataKey !== derived) derived.fill(0);
    return dataKey ? { config: state.config, dataKey } : null;
  });
}

/**
 * Asks for the passcode again before something leaves the device (an export) or the lock itself
 * is weakened (its settings): resolves when `passcode` is right, rejects with WrongPasscodeError
 * or AttemptWaitError like the unlock screen (a wrong one counts as a failed attempt).
 */
export async function confirmPasscode(passcode: string): Promise<void> {
  const { dataKey } = await checkPasscode(passcode);
  // This page holds the same key already; the copy goes.
  if (dataKey !== keyFor(sealModeGen())) dataKey.fill(0);
}

function sealModeGen(): number {
  const mode = sealMode();
  return mode.kind === 'sealing' ? mode.gen : -1;
}

/** Turns the lock off after checking `passcode`: every record is stored unsealed again. */
export async function disableLock(passcode: string): Promise<void> {
  const { config, dataKey } = await checkPasscode(passcode);
  addKey(config.gen, dataKey);
  await migrate({
    next: { kind: 'open' },
    expectGen: config.gen,
    finish: () => db.meta.delete(LOCK_META_KEY),
    committed: () => {
      // Other tabs' sealed journals are opened with the key while this page still has it.
      rewriteOtherJournals('plain');
      unlockedForGood();
    },
  });
  shortPasscode.set(false);
}

/**
 * Wraps the same data key under `next` after checking `current`. Nothing is re-sealed, so it is
 * one small write, and other tabs go on as they were. It still takes the barrier alone, so it
 * cannot interleave with a lock turned on or off in another tab.
 *
 * A version-1 lock record (an earlier release) becomes version 2 with its key as the data key, and
 * its records are sealed again in the same transaction: their boxes were bound only to table and
 * key, so a round could be moved to another case; after this every box binds kind, id, case id and
 * generation.
 */
export async function changePasscode(current: string, next: string): Promise<void> {
  assertNewPasscode(next);
  const { config: old, dataKey } = await checkPasscode(current);
  const config = await wrapFor(next, old.gen, dataKey);
  if (old.version === 1) {
    addKey(old.gen, dataKey);
    await migrate({
      next: { kind: 'sealing', gen: old.gen },
      expectGen: old.gen,
      finish: () => db.meta.put({ key: LOCK_META_KEY, value: config }),
      committed: () => undefined,
    });
    shortPasscode.set(false);
    return;
  }
  if (dataKey !== keyFor(old.gen)) dataKey.fill(0);
  await withMigrationBarrier(async () => {
    moveLockEpoch();
    try {
      await db.transaction('rw', db.meta, async () => {
        const state = await readLockState(true);
        if (state.kind !== 'on' || state.config.gen !== old.gen) throw new LockMovedError('The lock changed');
        await db.meta.put({ key: LOCK_META_KEY, value: config });
      });
    } finally {
      moveLockEpoch();
    }
  });
  shortPasscode.set(false);
}

/**
 * Unlocks this page with `passcode`: the data key goes into memory (open-db.ts then replays what
 * closed tabs journalled and opens the screens; writes that waited go on).
 */
export async function unlock(passcode: string): Promise<void> {
  const state = await readLockState();
  if (state.kind === 'off') {
    // The lock was turned off meanwhile (in another tab, or everything was deleted).
    unlockedForGood();
    return;
  }
  const { config, dataKey } = await checkPasscode(passcode);
  addKey(config.gen, dataKey);
  forgetUnreadable();
  shortPasscode.set(passcode.length < PASSCODE_MIN_LENGTH);
  lockedInPlace.set(false);
  // The mode first: the sealer seals this page's held edits with the key of this mode.
  setSealMode({ kind: 'sealing', gen: config.gen });
  sealJournal();
}

/** The lock record is gone (e.g. with "delete all data"): this page, and every other tab, writes unsealed again. */
export function lockRemoved(): void {
  unlockedForGood();
  tellOtherTabs();
}

/** How long a lock may wait for writes in flight: they are journalled (sealed) anyway. */
const FLUSH_LIMIT_MS = 2_000;

/**
 * Locks now: hides the screen at once (before the operating system's app-switcher snapshot),
 * lets pending writes commit, and reloads into the unlock screen.
 */
export async function lockNow(): Promise<void> {
  document.documentElement.classList.add('locking');
  await Promise.race([
    flushAllWrites().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FLUSH_LIMIT_MS)),
  ]);
  location.reload();
}
