/**
 * The passcode lock's operations: turning it on and off, changing the passcode, unlocking, and
 * locking again. Each change of lock state rewrites every record in ONE transaction together with
 * the lock record (lock-config.ts): a crash or a full disk midway aborts the transaction, so the
 * device holds either all records in the old form or all in the new, never a mix, and nothing is
 * lost. Locking reloads the page: everything decrypted in memory (the optimistic store, the live
 * query caches, Dexie's cache, the DOM) goes with the old page, and the unlock screen shows.
 */
import type { Table } from 'dexie';
import { db } from '../db';
import { setJournalSealer } from '../journal';
import { clearListSnapshot } from '../list-snapshot';
import { createStore } from '../store';
import { flushAllWrites } from '../writes';
import { recordFailure, resetAttempts, waitBeforeAttempt } from './attempts';
import { deriveKeyBytes, fromBase64, newKdfParams, toBase64 } from './kdf';
import { addKey, dropKey, keyFor, type SealMode, sealMode, setSealMode, writeKey } from './keyring';
import { LOCK_META_KEY, type LockConfig, makeVerifier, readLockConfig, verifies } from './lock-config';
import { AttemptWaitError, WrongPasscodeError } from './lock-errors';
import { setLockFlag } from './lock-flag';
import { open, seal } from './seal';

/** Eight characters at least: a short sentence is easier to remember and far slower to guess. */
export const PASSCODE_MIN_LENGTH = 8;
export { AttemptWaitError, WrongPasscodeError };

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

// Other tabs of the app learn of a change of lock state and reload into it, so no tab goes on
// writing unsealed records (or holding a key) after the lock changed elsewhere.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('peerstart.lock') : null;
const tellOtherTabs = () => channel?.postMessage('changed');

/** Starts listening for lock changes made in other tabs (open-db.ts, once per page). */
export function followLockChanges(): void {
  if (channel) channel.onmessage = () => void lockNow();
}

/** Records rewritten per step of a migration. */
const CHUNK = 100;

/** How far a running migration has come (records rewritten of all), or null when none runs. */
export const migration = createStore<{ done: number; total: number } | null>(null);

/**
 * Rewrites every case, tool document and round under `next` in one transaction that also runs
 * `finish` (which writes the lock record). On failure the page's seal mode goes back.
 */
async function rewriteEverything(next: SealMode, finish: () => Promise<unknown>): Promise<void> {
  const before = sealMode();
  setSealMode(next);
  try {
    await flushAllWrites();
    // Not through runWrite: a failure here is reported by the lock settings, and must not leave
    // the app-wide "not saved" state behind, since nothing typed is unsaved.
    await db.transaction('rw', db.cases, db.toolDocs, db.rounds, db.meta, async () => {
      const tables = [db.cases, db.toolDocs, db.rounds] as const;
      const counts = await Promise.all(tables.map((table) => table.count()));
      const progress = { done: 0, total: counts.reduce((sum, count) => sum + count, 0) };
      migration.set(progress);
      // In chunks, so the screen can count along on a device with many cases; still one transaction.
      for (const table of tables) {
        for (let offset = 0; ; offset += CHUNK) {
          const chunk = await (table as Table<object>).offset(offset).limit(CHUNK).toArray();
          if (chunk.length === 0) break;
          await (table as Table<object>).bulkPut(chunk);
          progress.done += chunk.length;
          migration.set({ ...progress });
        }
      }
      await finish();
    });
  } catch (error) {
    setSealMode(before);
    throw error;
  } finally {
    migration.set(null);
  }
}

async function configFor(passcode: string, gen: number): Promise<{ config: LockConfig; key: Uint8Array }> {
  const kdf = newKdfParams();
  const key = await deriveKeyBytes(passcode, kdf);
  return { config: { version: 1, gen, kdf, verifier: makeVerifier(key) }, key };
}

/** Turns the lock on: every record is sealed under a key derived from `passcode`. */
export async function enableLock(passcode: string): Promise<void> {
  if ((await readLockConfig()) !== undefined) throw new Error('The lock is already on');
  const { config, key } = await configFor(passcode, 1);
  addKey(config.gen, key);
  try {
    await rewriteEverything({ kind: 'sealing', gen: config.gen }, () =>
      db.meta.put({ key: LOCK_META_KEY, value: config }),
    );
  } catch (error) {
    dropKey(config.gen);
    throw error;
  }
  setLockFlag(true);
  clearListSnapshot();
  sealJournal();
  tellOtherTabs();
}

/** Checks `passcode` against the lock record; a wrong one counts as a failed attempt. */
async function checkPasscode(passcode: string): Promise<{ config: LockConfig; key: Uint8Array }> {
  const waitMs = waitBeforeAttempt();
  if (waitMs > 0) throw new AttemptWaitError(waitMs);
  const config = await readLockConfig();
  if (!config) throw new Error('The lock is off');
  const key = await deriveKeyBytes(passcode, config.kdf);
  if (!verifies(config, key)) {
    recordFailure();
    throw new WrongPasscodeError(waitBeforeAttempt());
  }
  resetAttempts();
  return { config, key };
}

/**
 * Whether this page was unlocked with a passcode shorter than PASSCODE_MIN_LENGTH (allowed by an
 * earlier version): it keeps working, and the screens ask to change it.
 */
export const shortPasscode = createStore(false);

/**
 * Asks for the passcode again before something leaves the device (an export) or the lock itself
 * is weakened (its settings): resolves when `passcode` is right, rejects with WrongPasscodeError
 * or AttemptWaitError like the unlock screen (a wrong one counts as a failed attempt).
 */
export async function confirmPasscode(passcode: string): Promise<void> {
  await checkPasscode(passcode);
}

/** Turns the lock off after checking `passcode`: every record is stored unsealed again. */
export async function disableLock(passcode: string): Promise<void> {
  const { config } = await checkPasscode(passcode);
  await rewriteEverything({ kind: 'open' }, () => db.meta.delete(LOCK_META_KEY));
  setLockFlag(false);
  setJournalSealer(null);
  dropKey(config.gen);
  tellOtherTabs();
}

/** Seals every record again under a key derived from `next`, after checking `current`. */
export async function changePasscode(current: string, next: string): Promise<void> {
  const { config: old } = await checkPasscode(current);
  const { config, key } = await configFor(next, old.gen + 1);
  addKey(config.gen, key);
  try {
    await rewriteEverything({ kind: 'sealing', gen: config.gen }, () =>
      db.meta.put({ key: LOCK_META_KEY, value: config }),
    );
  } catch (error) {
    dropKey(config.gen);
    throw error;
  }
  sealJournal(); // this tab's journal, sealed again with the new key
  dropKey(old.gen);
  tellOtherTabs();
}

/**
 * Unlocks this page with `passcode`: the key goes into memory (open-db.ts then replays what closed
 * tabs journalled and opens the screens).
 */
export async function unlock(passcode: string): Promise<void> {
  const config = await readLockConfig();
  if (config === undefined) {
    // The lock was turned off meanwhile (in another tab, or everything was deleted).
    lockRemoved();
  } else {
    const { key } = await checkPasscode(passcode);
    addKey(config.gen, key);
    setSealMode({ kind: 'sealing', gen: config.gen });
    sealJournal();
  }
}

/** The lock record is gone (e.g. with "delete all data"): this page writes unsealed again. */
export function lockRemoved(): void {
  const mode = sealMode();
  if (mode.kind === 'sealing') dropKey(mode.gen);
  setSealMode({ kind: 'open' });
  setLockFlag(false);
  setJournalSealer(null);
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
