/**
 * Live queries: components re-render when the data they read changes, in this tab or another.
 * A query starts once the database is open and the edits of closed tabs are replayed
 * (db-status.ts), so no screen shows text that the replay is about to restore. A query that fails
 * is reported in `queryFailure`, which the shell shows with a way to try again.
 * Results are kept per `cacheKey` for the life of the page, so going back to a screen shows what it
 * showed last at once while the query runs again.
 */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { dbStatus, openDatabase } from './db-status';
import { queryFailure, queryRetries as retries } from './live-failure';
import { sealModeStore } from './lock/keyring';
import { pendingVersion, type RecordKey, subscribePending } from './optimistic';

const cache = new Map<string, unknown>();
// A page locked in place (lock-state.ts) keeps no decrypted results for the screens that return.
sealModeStore.subscribe((mode) => {
  if (mode.kind === 'locked') cache.clear();
});
const CACHE_LIMIT = 64;

function remember(key: string, value: unknown): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/**
 * Forgets the kept results whose key `matches` (all without it): a deleted case's content must not
 * paint from here when a screen of it is mounted again (the address from the browser's history).
 */
export function forgetCachedResults(matches: (key: string) => boolean = () => true): void {
  for (const key of [...cache.keys()]) if (matches(key)) cache.delete(key);
}

export interface LiveOptions<T> {
  /** Names the query's result so a later mount starts from it. */
  cacheKey?: string;
  /** Called with each result before it is rendered (e.g. to let pending writes catch up). */
  onResult?: (value: T) => void;
}

/**
 * One Dexie live query per `cacheKey`, shared by every component that reads it: the case overview's
 * title, its details and its follow-up calendar all read the case, and a commit re-runs that read
 * once, not once per reader (issue 20: each re-run is a transaction and a render on the main thread
 * while the next keystroke waits).
 */
interface SharedQuery {
  listeners: Set<(value: unknown) => void>;
  subscription: { unsubscribe: () => void } | null;
  /** The last result, for a reader that joins later (the page cache may have let it go). */
  latest: { value: unknown } | null;
}
const shared = new Map<string, SharedQuery>();
sealModeStore.subscribe((mode) => {
  if (mode.kind !== 'locked') return;
  for (const entry of shared.values()) entry.latest = null;
});

function startQuery<T>(query: () => Promise<T>, onValue: (value: T) => void): { unsubscribe: () => void } {
  let subscription: { unsubscribe: () => void } | null = null;
  let stopped = false;
  const subscribe = () => {
    if (stopped) return;
    subscription = liveQuery(query).subscribe({
      next: onValue,
      error: (error: unknown) => {
        console.error('Live query failed', error);
        if (queryFailure.get() === null) queryFailure.set(error ?? new Error('query failed'));
      },
    });
  };
  if (dbStatus.get() === 'ready') subscribe();
  else void openDatabase().then((status) => status === 'ready' && subscribe());
  return {
    unsubscribe: () => {
      stopped = true;
      subscription?.unsubscribe();
    },
  };
}

/** Joins (or starts) the shared query of `key`; the returned function leaves it. */
function joinShared<T>(
  key: string,
  query: () => Promise<T>,
  onResult: ((value: T) => void) | undefined,
  listener: (value: T) => void,
  retry: number,
): () => void {
  // A retry starts afresh: the query of before failed, and its subscription is over.
  const id = `${key}#${retry}`;
  let entry = shared.get(id);
  if (!entry) {
    const created: SharedQuery = { listeners: new Set(), subscription: null, latest: null };
    created.subscription = startQuery(query, (result) => {
      onResult?.(result);
      remember(key, result);
      created.latest = { value: result };
      for (const notify of created.listeners) notify(result);
    });
    shared.set(id, created);
    entry = created;
  }
  const joined = entry;
  const notify = listener as (value: unknown) => void;
  joined.listeners.add(notify);
  if (joined.latest) notify(joined.latest.value);
  return () => {
    joined.listeners.delete(notify);
    if (joined.listeners.size > 0) return;
    // The last reader left: a screen mounted next (even in the same render) starts it again.
    joined.subscription?.unsubscribe();
    if (shared.get(id) === joined) shared.delete(id);
  };
}

/** The result of a query, kept up to date; `undefined` until the first result arrives. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  options: LiveOptions<T> = {},
): T | undefined {
  const { cacheKey, onResult } = options;
  const [value, setValue] = useState<T | undefined>(() =>
    cacheKey === undefined ? undefined : (cache.get(cacheKey) as T | undefined),
  );
  const [retry, setRetry] = useState(retries.get());
  useEffect(() => retries.subscribe(setRetry), []);
  useEffect(() => {
    setValue(cacheKey === undefined ? undefined : (cache.get(cacheKey) as T | undefined));
    const show = (result: T) => setValue(() => result);
    if (cacheKey !== undefined) return joinShared(cacheKey, query, onResult, show, retry);
    return startQuery(query, (result) => {
      onResult?.(result);
      show(result);
    }).unsubscribe;
  }, [...deps, retry]);
  return value;
}

/** Re-renders when a pending write appears or goes for a record that `relevant` accepts. */
export function usePendingChanges(relevant: (record: RecordKey) => boolean): void {
  const [, force] = useReducer((n: number) => n + 1, 0);
  const [check] = useState(() => ({ relevant, renderedAt: 0 }));
  check.relevant = relevant;
  check.renderedAt = pendingVersion();
  // Subscribed before the first paint, not after it: a tap that lands between the two (a loaded
  // tablet paints late) would otherwise write a pending value no one re-renders for, and the
  // control would snap back until the database answered. A change between this render and the
  // subscription is caught by the version.
  useLayoutEffect(() => {
    const unsubscribe = subscribePending((record) =>
      record === null || check.relevant(record) ? force(1) : undefined,
    );
    if (pendingVersion() !== check.renderedAt) force(1);
    return unsubscribe;
  }, []);
}
