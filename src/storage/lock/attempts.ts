/**
 * Slows down guessing the passcode at the unlock screen (and wherever the passcode is asked again).
 * After FREE_ATTEMPTS wrong passcodes in a row, each further attempt must wait, twice as long each
 * time (30 s, 1 min, 2 min … up to 15 min); the right passcode resets the count. Each attempt also
 * costs a full key derivation (600,000 PBKDF2 rounds).
 *
 * What is kept, and where: `{ failures, waitMs, stamp }`, the number of wrong passcodes in a row,
 * the wait still owed when it was written, and a random stamp naming that write. It is kept twice,
 * in localStorage (readable at once, before the database code has loaded) and in IndexedDB (meta
 * key `unlockAttempts`; meta records are not sealed, and this one holds no personal data). Reads
 * take the larger count of the two, so deleting localStorage does not reset it; an IndexedDB that
 * cannot be read or written is passed over, so it never stops the right passcode from unlocking.
 *
 * Why no clock is trusted: the wall clock (Date.now) can be set forward by whoever holds the
 * tablet, so it is never used. The wait is a duration owed, and it only shrinks by time that this
 * page itself has watched pass on its monotonic clock (performance.now, which the device's clock
 * setting does not move): a page notes when it first saw a stored wait (its stamp), and counts
 * down from there. Setting the clock forward by a day therefore skips nothing. Across pages there
 * is no clock to trust, so a new page (a reload, another tab, the app opened again tomorrow) starts
 * the owed wait again from what was stored last: the full wait after a failure, or what was left
 * when a page last refused an attempt (a refusal stores the shrunk wait). A reload can restart the
 * remaining wait, never shorten it. The wait therefore counts attempts, not the calendar; a device
 * asleep may count slower, which only makes the wait longer.
 *
 * Attempts are serialised across the tabs of the app with a Web Lock, so several tabs cannot guess
 * at once, and each reads the count the previous one wrote. Where Web Locks are missing (an
 * insecure context, an old browser), attempts run unserialised.
 *
 * This module is in the first load (the unlock screen imports it); it loads the database code
 * only when an attempt is made.
 */
import { AttemptWaitError, WrongPasscodeError } from './lock-errors';

const STORAGE_KEY = 'peerstart.lock.attempts';
/** The meta record's key in IndexedDB. */
export const ATTEMPTS_META_KEY = 'unlockAttempts';
const LOCK_NAME = 'peerstart.unlock';
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

interface Attempts {
  failures: number;
  /** The wait still owed when this was written, in ms. */
  waitMs: number;
  /** Names this write, so a page can tell whether the wait it counts down is still the stored one. */
  stamp: string;
}

const NONE: Attempts = { failures: 0, waitMs: 0, stamp: '' };

/** The wait owed after `failures` wrong passcodes in a row. */
function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
}

function newStamp(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Math.random()}`;
}

/** A stored value as Attempts, or null when it is not one (missing, garbage). */
function normalise(value: unknown): Attempts | null {
  if (typeof value !== 'object' || value === null) return null;
  const { failures, waitMs, stamp } = value as Record<string, unknown>;
  if (typeof failures !== 'number' || !Number.isFinite(failures) || failures < 0) return null;
  const count = Math.floor(failures);
  // A record without a wait of its own (written by an earlier version, which kept the wall-clock
  // time of the last failure instead) owes the full wait for its count.
  const owed = typeof waitMs === 'number' && Number.isFinite(waitMs) ? waitMs : waitAfter(count);
  return {
    failures: count,
    waitMs: Math.min(MAX_WAIT_MS, Math.max(0, owed)),
    stamp: typeof stamp === 'string' ? stamp : `earlier:${count}`,
  };
}

function readLocal(): Attempts | null {
  try {
    return normalise(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return null; // unreadable: IndexedDB still has the count
  }
}

function writeLocal(attempts: Attempts): void {
  try {
    if (attempts.failures === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(attempts));
  } catch {
    // Full or refused: IndexedDB keeps the count.
  }
}

async function readStored(): Promise<Attempts | null> {
  try {
    const { db } = await import('../db');
    return normalise((await db.meta.get(ATTEMPTS_META_KEY))?.value);
  } catch {
    return null; // unreadable: localStorage still has the count
  }
}

async function writeStored(attempts: Attempts): Promise<void> {
  try {
    const { db } = await import('../db');
    if (attempts.failures === 0) await db.meta.delete(ATTEMPTS_META_KEY);
    else await db.meta.put({ key: ATTEMPTS_META_KEY, value: { ...attempts } });
  } catch {
    // Refused: localStorage keeps the count.
  }
}

/** The stricter of two records: the larger count, and for the same count the longer wait. */
function stricter(a: Attempts | null, b: Attempts | null): Attempts {
  if (!a) return b ?? NONE;
  if (!b) return a;
  if (a.failures !== b.failures) return a.failures > b.failures ? a : b;
  return a.waitMs >= b.waitMs ? a : b;
}

/** The stored wait this page counts down: its stamp, and when (performance.now) the page first saw it. */
let watched: { stamp: string; since: number } | null = null;

/** What is left of `attempts`' wait, by this page's monotonic clock (see the top comment). */
function waitLeft(attempts: Attempts): number {
  if (attempts.waitMs === 0) return 0;
  const now = performance.now();
  if (watched?.stamp !== attempts.stamp) {
    watched = { stamp: attempts.stamp, since: now };
    return attempts.waitMs;
  }
  return Math.max(0, attempts.waitMs - (now - watched.since));
}

/** Stores `attempts` in both places; this page starts counting its wait down from now. */
async function store(attempts: Attempts): Promise<void> {
  watched = attempts.waitMs > 0 ? { stamp: attempts.stamp, since: performance.now() } : null;
  writeLocal(attempts);
  await writeStored(attempts);
}

/** Runs `task` holding the app-wide unlock lock, or at once where Web Locks are missing. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(LOCK_NAME, task) : task();
}

/**
 * Runs one passcode attempt, serialised across tabs. `verify` derives the key and checks it,
 * resolving the result or null for a wrong passcode. Throws AttemptWaitError(waitMs) without
 * calling verify while a wait runs; on null records a failure and throws
 * WrongPasscodeError(waitMsAfterThis); on success resets the count and resolves the result.
 */
export function attemptPasscode<T>(verify: () => Promise<T | null>): Promise<T> {
  return serialised(async () => {
    const attempts = stricter(readLocal(), await readStored());
    const left = waitLeft(attempts);
    if (left > 0) {
      // Stored shrunk, so a reload restarts only what is left (never skips it).
      if (left < attempts.waitMs) await store({ ...attempts, waitMs: left, stamp: newStamp() });
      throw new AttemptWaitError(left);
    }
    // An error from verify (the database could not be read) is no wrong passcode: not counted.
    const result = await verify();
    if (result === null) {
      const failures = attempts.failures + 1;
      const waitMs = waitAfter(failures);
      await store({ failures, waitMs, stamp: newStamp() });
      throw new WrongPasscodeError(waitMs);
    }
    if (attempts.failures > 0 || attempts.waitMs > 0) await store(NONE);
    return result;
  });
}

/** Wrong passcodes in a row so far (the larger of the two stored counts). */
export async function failedAttempts(): Promise<number> {
  return stricter(readLocal(), await readStored()).failures;
}

/** Forgets every failed attempt (e.g. after "delete all data"). */
export async function resetAttempts(): Promise<void> {
  await serialised(() => store(NONE));
}

/**
 * The wait this page knows of without the database (localStorage only), for a screen to show before
 * an attempt is made; it also starts this page's count-down. attemptPasscode makes the real check.
 */
export function waitBeforeAttempt(): number {
  return waitLeft(readLocal() ?? NONE);
}
