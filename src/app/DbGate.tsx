import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { dbStatus, openDatabase } from '../storage/db-status';
import { useStore } from '../storage/store';
import { lazyComponent } from './router';

// Only loaded when something is wrong, so its texts stay out of the first load.
const DatabaseProblem = lazyComponent(() => import('./StorageProblem').then((m) => m.DatabaseProblem));

/** Opens the database and shows the screens, or explains why the database cannot be used. */
export function DbGate({ children }: { children: ComponentChildren }) {
  const status = useStore(dbStatus);
  useEffect(() => {
    void openDatabase(); // main.tsx has usually started it already; this shares that open
  }, []);
  // While the database opens, the screens already render: their queries wait for the open, so the
  // first paint does not pay for opening and querying one after the other.
  if (status === 'ready' || status === 'opening') return <>{children}</>;
  return <DatabaseProblem status={status} />;
}
