/**
 * Whether the database can be used, as state the UI shows. Browsers refuse or interrupt IndexedDB
 * in several ways that would otherwise look like a blank app: private modes without storage, an
 * older tab blocking an upgrade, a newer app version having upgraded the data, or WebKit dropping
 * the connection after the app sat in the background (dexie/Dexie.js#2008).
 */
import { db } from './db';
import { errorName } from './errors';
import { hasOtherJournals } from './journal';
import { createStore } from './store';

export type DbStatus = 'opening' | 'ready' | 'blocked' | 'newer-version' | 'version-change' | 'unavailable';

export const dbStatus = createStore<DbStatus>('opening');

db.on('blocked', () => dbStatus.set('blocked'));
db.on('versionchange', () => {
  // Another tab is upgrading the schema: step aside (Dexie closes the connection) and ask for a reload.
  dbStatus.set('version-change');
});

let opening: Promise<DbStatus> | null = null;

/** Opens the database once (later calls share the first) and reports the outcome in `dbStatus`. */
export function openDatabase(): Promise<DbStatus> {
  opening ??= db.open().then(
    async () => {
      // Edits that a closed or crashed tab could not commit are written before any screen reads
      // the data (see journal.ts), so no screen shows the older text first. The replay code
      // loads only when there is something to replay.
      if (hasOtherJournals()) {
        await import('./journal-replay')
          .then((m) => m.replayJournals())
          .catch((error: unknown) => console.warn('Journal replay failed', error));
      }
      dbStatus.set('ready');
      return dbStatus.get();
    },
    (error: unknown) => {
      dbStatus.set(errorName(error) === 'VersionError' ? 'newer-version' : 'unavailable');
      console.error('Could not open the database', error);
      return dbStatus.get();
    },
  );
  return opening;
}
