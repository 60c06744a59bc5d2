/** Live queries: components re-render when the data they read changes, in this tab or another. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The result of a query, kept up to date; `undefined` until the first result arrives. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    const subscription = liveQuery(query).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('Live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
