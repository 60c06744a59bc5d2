/**
 * Opens Peerstart's database and writes again what closed or crashed tabs could not commit
 * (journal.ts), before any screen reads the data, so no screen shows the older text first.
 */
import { db } from './db';
import type { DbStatus } from './db-status';
import { errorName } from './errors';
import { hasOtherJournals } from './journal';
import { sealModeStore, setSealMode } from './lock/keyring';
import { followLockChanges, unlock } from './lock/lock';
import { readLockState } from './lock/lock-config';
import { setLockFlag } from './lock/lock-flag';
import type { Store } from './store';

/** Opens the database, replays orphaned journals, and reports the outcome in `status`. */
export async function openAndReplay(status: Store<DbStatus>): Promise<DbStatus> {
  db.on('blocked', () => status.set('blocked'));
  db.on('versionchange', () => {
    // Another tab is upgrading the schema: step aside (Dexie closes the connection) and ask for a reload.
    status.set('version-change');
  });
  try {
    await db.open();
  } catch (error) {
    status.set(errorName(error) === 'VersionError' ? 'newer-version' : 'unavailable');
    console.error('Could not open the database', error);
    return status.get();
  }
  // With the passcode lock on, nothing can be read or replayed before the unlock screen has the
  // key (`unlockAndOpen` below replays and opens the screens then).
  followLockChanges();
  // Fails closed: a lock record that cannot be read or trusted counts as locked, never as off.
  const lock = await readLockState();
  followSealMode(status);
  setLockFlag(lock.kind !== 'off');
  if (lock.kind !== 'off') {
    setSealMode({ kind: 'locked' });
    return status.get();
  }
  return replayAndOpen(status);
}

/**
 * The screens follow the page's seal mode: locked (at start, or in place when another tab turned
 * the lock on) shows the unlock screen; the lock removed meanwhile ("delete everything" on the
 * unlock screen, or turned off in another tab) opens the screens again.
 */
function followSealMode(status: Store<DbStatus>): void {
  sealModeStore.subscribe((mode) => {
    if (mode.kind === 'locked' && status.get() !== 'locked') {
      status.set('locked');
    } else if (mode.kind === 'open' && status.get() === 'locked') {
      void replayAndOpen(status);
    }
  });
}

async function replayAndOpen(status: Store<DbStatus>): Promise<DbStatus> {
  // The replay code loads only when there is something to replay.
  if (hasOtherJournals()) {
    await import('./journal-replay')
      .then((m) => m.replayJournals())
      .catch((error: unknown) => console.warn('Journal replay failed', error));
  }
  // What an earlier page set aside is listed again (set-aside.ts); the screens do not wait for it.
  void import('./set-aside')
    .then((m) => m.reportSetAside())
    .catch((error: unknown) => console.warn('Could not list the parts set aside', error));
  status.set('ready');
  return status.get();
}

/** Unlocks with `passcode` (it throws when wrong), then replays journals and opens the screens. */
export async function unlockAndOpen(passcode: string, status: Store<DbStatus>): Promise<DbStatus> {
  await unlock(passcode);
  return replayAndOpen(status);
}
