/**
 * Every write to IndexedDB goes through here, for three reasons:
 * 1. The save indicator ("Gemmer …" / "Gemt" / "Ikke gemt") reflects real commits.
 * 2. A failed write (QuotaExceededError above all) becomes state the UI shows; the caller keeps
 *    the user's text on screen and retries with the next change or the "try again" button.
 * 3. An app update waits for `flushAllWrites()` before it reloads, so nothing in flight is lost.
 * WebKit may drop the IndexedDB connection after the app sat in the background
 * ("Connection to Indexed Database server lost", dexie/Dexie.js#2008): such a write is retried once
 * after reopening instead of failing the user's edit.
 */
import { BarrierBusyError, whenBarrierFree, withWriteBarrier } from './barrier';
import { db } from './db';
import { errorName } from './errors';
import {
  type JournalEdit,
  type JournalEntry,
  journalCommitted,
  journalEdits,
  type KeyedEdits,
} from './journal';
import { assertModeCurrent, isLockWait, whenWritable } from './lock/lock-state';
import { type SaveErrorKind, saveState } from './save-state';

export type { SaveErrorKind, SaveState } from './save-state';
export { saveState };

/** A write to a case that no longer exists (deleted in another tab): there is nothing to save. */
export class CaseGoneError extends Error {
  override name = 'CaseGoneError';
  constructor(caseId: string) {
    super(`Case ${caseId} no longer exists`);
  }
}

const inFlight = new Set<Promise<unknown>>();
/**
 * What has failed and is not saved yet, by write key (a field, or 'other' for one-off writes). The
 * error shows until each of them has succeeded: an unrelated successful write must not say "Gemt"
 * while a field's text is still unsaved.
 */
const failedKeys = new Map<string, SaveErrorKind>();
const flushers = new Set<() => Promise<void>>();

function patchState(patch: Partial<ReturnType<typeof saveState.get>>): void {
  saveState.set({ ...saveState.get(), ...patch });
}

function isConnectionLost(error: unknown): boolean {
  const name = errorName(error);
  const message = String((error as { message?: string } | null)?.message ?? '');
  return name === 'DatabaseClosedError' || (name === 'UnknownError' && /connection/i.test(message));
}

/** Classifies a failed write for the message the user sees. */
export function saveErrorKind(error: unknown): SaveErrorKind {
  return errorName(error) === 'QuotaExceededError' ? 'quota' : 'unknown';
}

function currentError(): SaveErrorKind | null {
  const kinds = [...failedKeys.values()];
  return kinds.includes('quota') ? 'quota' : (kinds[0] ?? null);
}

/**
 * Runs one write, tracked by the save indicator; rethrows after recording a failure. `key` names
 * what is written, so its failure is only cleared by its own later success.
 */
export function runWrite<T>(
  write: () => Promise<T>,
  key = 'other',
  options: { whileLocked?: boolean } = {},
): Promise<T> {
  // Under the store barrier, and only once the page's seal mode is the database's: a write during
  // a lock migration waits for it, and a write after a lock change in another tab waits for this
  // page to adapt (or to be unlocked) instead of sealing under the old mode. Meanwhile the edit
  // stays on screen and in the journal.
  const barred = () =>
    withWriteBarrier(async () => {
      // Deleting everything (a forgotten passcode) seals nothing, so it may run while locked.
      if (!options.whileLocked) await assertModeCurrent();
      return write();
    });
  const attempt = async (): Promise<T> => {
    let reopened = false;
    for (;;) {
      try {
        return await barred();
      } catch (error) {
        if (isLockWait(error)) await whenWritable();
        else if (error instanceof BarrierBusyError) await whenBarrierFree();
        else if (isConnectionLost(error) && !reopened) {
          reopened = true;
          db.close();
          await db.open();
        } else throw error;
      }
    }
  };
  patchState({ pending: saveState.get().pending + 1 });
  const promise = attempt().then(
    (result) => {
      failedKeys.delete(key);
      patchState({ pending: saveState.get().pending - 1, lastSavedAt: Date.now(), error: currentError() });
      return result;
    },
    (error: unknown) => {
      if (error instanceof CaseGoneError) {
        // Not a failure to report: the case is gone, and its screen says so.
        failedKeys.delete(key);
        patchState({ pending: saveState.get().pending - 1, error: currentError() });
        throw error;
      }
      console.error('Write failed', error);
      failedKeys.set(key, saveErrorKind(error));
      patchState({ pending: saveState.get().pending - 1, error: currentError() });
      throw error;
    },
  );
  inFlight.add(promise);
  promise.then(
    () => inFlight.delete(promise),
    () => inFlight.delete(promise),
  );
  return promise;
}

const latestByKey = new Map<string, number>();
const chainByKey = new Map<string, Promise<unknown>>();
let ticket = 0;

/**
 * Writes one field in order with the other writes of the same key; a write that is still queued
 * when a newer one for the same key arrives is skipped (the newer value wins, nothing reorders).
 * Resolves `true` when this value (or a newer one) is committed. With `edit`, the edit is also
 * journalled synchronously (journal.ts) until it is committed, so an unload cannot lose it; a write
 * of several fields journals each under its own field's key.
 */
export function writeLatest(
  key: string,
  write: () => Promise<unknown>,
  edit?: JournalEdit | KeyedEdits,
): Promise<boolean> {
  const mine = ++ticket;
  const keyed: KeyedEdits = edit === undefined ? [] : 'kind' in edit ? [[key, edit]] : edit;
  const entries = keyed.length > 0 ? journalEdits(keyed) : [];
  const committed = () => {
    keyed.forEach(([field], i) => {
      journalCommitted(field, entries[i] as JournalEntry);
    });
  };
  latestByKey.set(key, mine);
  const run = async () => {
    if (latestByKey.get(key) !== mine) return true;
    try {
      await runWrite(write, key);
    } catch (error) {
      if (!(error instanceof CaseGoneError)) throw error;
      committed();
      return false;
    }
    committed();
    return true;
  };
  // With nothing of this key in flight, the write starts in the keystroke's own task: its store
  // lock is asked for before the frame renders, instead of after it (issue 20).
  const previous = chainByKey.get(key);
  const next = previous ? previous.catch(() => undefined).then(run) : run();
  chainByKey.set(key, next);
  // The caller handles `next`'s failure; this bookkeeping branch must not become an unhandled rejection.
  next
    .finally(() => {
      if (chainByKey.get(key) === next) chainByKey.delete(key);
    })
    .catch(() => undefined);
  return next;
}

/** Registers a callback that saves unsaved input (e.g. a field whose last write failed). */
export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves everything unsaved and waits for every write in flight to settle. */
export async function flushAllWrites(): Promise<void> {
  // Every unsaved field on screen retries now and reports again; a failure of something no longer
  // on screen cannot be retried, so it stops being reported.
  failedKeys.clear();
  await Promise.allSettled([...flushers].map((flush) => flush()));
  while (inFlight.size > 0 || chainByKey.size > 0) {
    await Promise.allSettled([...inFlight, ...chainByKey.values()]);
  }
}
