/**
 * Whether the database can be used, as state the UI shows. Browsers refuse or interrupt IndexedDB
 * in several ways that would otherwise look like a blank app: private modes without storage, an
 * older tab blocking an upgrade, a newer app version having upgraded the data, or WebKit dropping
 * the connection after the app sat in the background (dexie/Dexie.js#2008).
 * This module is in the first load; the database code (Dexie) is not: `openDatabase` loads it, so
 * the case list paints from its snapshot (list-snapshot.ts) while Dexie loads and opens.
 */
import { loadCode } from '../load-code';
import { createStore } from './store';

export type DbStatus =
  | 'opening'
  /** The passcode lock is on and this page is not unlocked yet. */
  | 'locked'
  | 'ready'
  | 'blocked'
  | 'newer-version'
  | 'version-change'
  | 'unavailable'
  | 'load-failed';

export const dbStatus = createStore<DbStatus>('opening');

let opening: Promise<DbStatus> | null = null;

/**
 * The database code, fetched again when a fetch fails: a busy tablet or a service worker starting
 * up can abort one (seen under load: net::ERR_ABORTED on the chunk, fine a second later).
 */
const loadOpenDb = () => loadCode(() => import('./open-db'));

/**
 * Loads the database code and opens the database once (later calls share the first), replays
 * what closed tabs could not save, and reports the outcome in `dbStatus`. When the code cannot be
 * fetched even after the retries, "Prøv igen" starts over.
 */
export function openDatabase(): Promise<DbStatus> {
  opening ??= loadOpenDb().then(
    (m) => m.openAndReplay(dbStatus),
    (error: unknown) => {
      console.error('Could not load the database code', error);
      opening = null;
      dbStatus.set('load-failed');
      return dbStatus.get();
    },
  );
  return opening;
}

/** Tries again after the database code failed to load. */
export function retryOpenDatabase(): Promise<DbStatus> {
  dbStatus.set('opening');
  return openDatabase();
}

/** Unlocks the passcode lock (lock/lock.ts; rejects on a wrong passcode) and opens the screens. */
export async function unlockDatabase(passcode: string): Promise<DbStatus> {
  // The passcode can be typed and sent while the database still opens: wait for it here.
  await openDatabase();
  // Not the first opening's outcome: a page can be locked in place later (lock-state.ts).
  if (dbStatus.get() !== 'locked') return dbStatus.get();
  const { unlockAndOpen } = await loadOpenDb();
  return unlockAndOpen(passcode, dbStatus);
}
