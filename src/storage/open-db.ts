/**
 * Opens Peerstart's database and writes again what closed or crashed tabs could not commit
 * (journal.ts), before any screen reads the data, so no screen shows the older text first.
 */
import { db } from './db';
import type { DbStatus } from './db-status';
import { errorName } from './errors';
import { hasOtherJournals } from './journal';
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
  // The replay code loads only when there is something to replay.
  if (hasOtherJournals()) {
    await import('./journal-replay')
      .then((m) => m.replayJournals())
      .catch((error: unknown) => console.warn('Journal replay failed', error));
  }
  status.set('ready');
  return status.get();
}
