/**
 * Whether the passcode lock is on, as a synchronous flag in localStorage, because the first frame
 * must know it: with the lock on, no case name may paint from the list snapshot and the unlock
 * screen shows instead. The database's lock record (lock-config.ts) is the truth; this flag follows
 * it at every start and every change. It holds no personal data.
 */
import { createStore } from '../store';

const FLAG_KEY = 'peerstart.lock';

export function isLockOn(): boolean {
  try {
    return localStorage.getItem(FLAG_KEY) === '1';
  } catch {
    return false;
  }
}

/** The flag as an observable value, for the lock button and the automatic lock. */
export const lockOn = createStore(isLockOn());

export function setLockFlag(on: boolean): void {
  lockOn.set(on);
  try {
    if (on) localStorage.setItem(FLAG_KEY, '1');
    else localStorage.removeItem(FLAG_KEY);
  } catch (error) {
    // The database's lock record still decides at the next start; only the first frame is affected.
    console.warn('Could not remember the lock state', error);
  }
}

/**
 * Whether this page was unlocked with a passcode shorter than PASSCODE_MIN_LENGTH (allowed by an
 * earlier version): it keeps working, and the screens ask to change it.
 */
export const shortPasscode = createStore(false);

/**
 * Whether this page was locked where it stood, because the lock changed in another tab (not by a
 * reload): its unlock screen says so, and that what was typed here waits for the passcode.
 */
export const lockedInPlace = createStore(false);

const IDLE_KEY = 'peerstart.lock.idle';
/** The choices of idle time before the app locks itself, in minutes. */
export const IDLE_CHOICES = [1, 5, 15, 30] as const;
export type IdleMinutes = (typeof IDLE_CHOICES)[number];
const DEFAULT_IDLE: IdleMinutes = 5;

export function readIdleMinutes(): IdleMinutes {
  try {
    const stored = Number(localStorage.getItem(IDLE_KEY));
    return IDLE_CHOICES.find((choice) => choice === stored) ?? DEFAULT_IDLE;
  } catch {
    return DEFAULT_IDLE;
  }
}

export function writeIdleMinutes(minutes: IdleMinutes): void {
  try {
    localStorage.setItem(IDLE_KEY, String(minutes));
  } catch (error) {
    console.warn('Could not remember the idle time', error);
  }
}

/** How long a system sheet (file picker, share sheet, download) may keep the app in the background. */
const SYSTEM_SHEET_MS = 120_000;
let systemSheetUntil = 0;

/**
 * The app is about to hand the screen to the system: a file picker, the share sheet or a download.
 * On Android these put the page in the background, and locking then would reload the page and lose
 * the file being chosen or shared; so for a while the background does not lock at once (the idle
 * timer still runs, and returning to the app ends the grace).
 */
export function expectSystemSheet(): void {
  systemSheetUntil = Date.now() + SYSTEM_SHEET_MS;
}

/** Whether the page went to the background for a system sheet the app opened itself. */
export function inSystemSheet(): boolean {
  return Date.now() < systemSheetUntil;
}

export function systemSheetClosed(): void {
  systemSheetUntil = 0;
}
