/**
 * The store barrier: one Web Lock, `peerstart.store`, that every write in every tab holds (shared)
 * while it is sealed and committed, and that a lock migration (lock on, off, new passcode; lock.ts)
 * holds exclusively. So no write is sealed under a mode that is changing, no migration starts
 * while a write is half done, and a write asked for during a migration waits for it to finish
 * (Web Locks grant requests in order, so a waiting migration is not starved by a stream of writes).
 *
 * Without Web Locks (Safari before 15.4) a migration marks itself in localStorage instead, and a
 * write in another tab meanwhile fails with BarrierBusyError: it stays journalled and on screen,
 * and is written again once the mark is gone (writes.ts).
 */
const STORE_LOCK = 'peerstart.store';
const MIGRATING_KEY = 'peerstart.store.migrating';
/** A mark older than this was left by a tab that died mid-migration. */
const STALE_MARK_MS = 120_000;

/** A migration runs in another tab of a browser without Web Locks: the write must wait. */
export class BarrierBusyError extends Error {
  override name = 'BarrierBusyError';
}

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

function migrationMarked(): boolean {
  try {
    const at = Number(localStorage.getItem(MIGRATING_KEY));
    return at > 0 && Math.abs(Date.now() - at) < STALE_MARK_MS;
  } catch {
    return false;
  }
}

/** This page's running migration: its own writes wait for it too (with or without Web Locks). */
let migrating: Promise<unknown> | null = null;

/** Runs one write under the shared barrier. */
export async function withWriteBarrier<T>(write: () => Promise<T>): Promise<T> {
  while (migrating) await migrating.catch(() => undefined);
  const manager = locks();
  if (manager) return manager.request(STORE_LOCK, { mode: 'shared' }, write);
  if (migrationMarked()) throw new BarrierBusyError('A migration is running');
  return write();
}

/** Runs a migration alone: no write of any tab is in progress while `migrate` runs. */
export function withMigrationBarrier<T>(migrate: () => Promise<T>): Promise<T> {
  const run = migrateAlone(migrate);
  migrating = run;
  const done = () => {
    if (migrating === run) migrating = null;
  };
  run.then(done, done);
  return run;
}

async function migrateAlone<T>(migrate: () => Promise<T>): Promise<T> {
  const manager = locks();
  if (manager) return manager.request(STORE_LOCK, { mode: 'exclusive' }, migrate);
  try {
    localStorage.setItem(MIGRATING_KEY, String(Date.now()));
  } catch {
    // No storage either: other tabs cannot be told; each write still checks the lock record.
  }
  try {
    return await migrate();
  } finally {
    try {
      localStorage.removeItem(MIGRATING_KEY);
    } catch {
      // nothing to remove
    }
  }
}

/** Resolves once no migration is marked (without Web Locks), woken by the other tab's storage event. */
export function whenBarrierFree(): Promise<void> {
  if (!migrationMarked()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      removeEventListener('storage', onStorage);
      clearTimeout(stale);
      resolve();
    };
    const onStorage = (event: StorageEvent) => {
      if ((event.key === MIGRATING_KEY || event.key === null) && !migrationMarked()) done();
    };
    addEventListener('storage', onStorage);
    // A tab that died mid-migration never removes its mark: it counts as gone once stale.
    const stale = setTimeout(done, STALE_MARK_MS);
  });
}
