/**
 * Opens Peerstart's database and writes again what closed or crashed tabs could not commit
 * (journal.ts), before any screen reads the data, so no screen shows the older text first.
 */
import { db } from './db';
import type { DbStatus } from './db-status';
import { errorName } from './errors';
import { hasOtherJournals } from './journal';
import { setSealMode } from './lock/keyring';
import { followLockChanges, unlock } from './lock/lock';
import { readLockConfig } from './lock/lock-config';
import { lockOn, setLockFlag } from './lock/lock-flag';
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
  const lock = await readLockConfig().catch(() => undefined);
  setLockFlag(lock !== undefined);
  if (lock !== undefined) {
    setSealMode({ kind: 'locked' });
    status.set('locked');
    // "Delete everything" on the unlock screen (a forgotten passcode) removes the lock: open then.
    const stop = lockOn.subscribe((on) => {
      if (on || status.get() !== 'locked') return;
      stop();
      void replayAndOpen(status);
    });
    return status.get();
  }
  return replayAndOpen(status);
}

async function replayAndOpen(status: Store<DbStatus>): Promise<DbStatus> {
  // The replay code loads only when there is something to replay.
  if (hasOtherJournals()) {
    await import('./journal-replay')
      .then((m) => m.replayJournals())
      .catch((error: unknown) => console.warn('Journal replay failed', error));
  }
  status.set('ready');
  return status.get();
}

/** Unlocks with `passcode` (it throws when wrong), then replays journals and opens the screens. */
export async function unlockAndOpen(passcode: string, status: Store<DbStatus>): Promise<DbStatus> {
  await unlock(passcode);
  return replayAndOpen(status);
}
