/**
 * Whether a live query has failed, as state the shell shows (first load, no Dexie), and the
 * "try again" that makes every live query subscribe anew.
 */
import { createStore } from './store';

/** The first failure of a live query since the last retry, or null. */
export const queryFailure = createStore<unknown>(null);
/** Bumped by "try again": every live query subscribes anew. */
export const queryRetries = createStore(0);

/** Asks every live query to run again (after a failure was shown). */
export function retryQueries(): void {
  queryFailure.set(null);
  queryRetries.set(queryRetries.get() + 1);
}
