import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { dbStatus, openDatabase } from '../storage/db-status';
import { useStore } from '../storage/store';
import { lazyComponent } from './router';

// Only loaded when something is wrong, so its texts stay out of the first load.
const DatabaseProblem = lazyComponent(() => import('./StorageProblem').then((m) => m.DatabaseProblem));

/** Opens the database; shows the screens once it is ready, or explains why it cannot be used. */
export function DbGate({ children }: { children: ComponentChildren }) {
  const status = useStore(dbStatus);
  useEffect(() => {
    if (dbStatus.get() === 'opening') void openDatabase();
  }, []);
  if (status === 'ready') return <>{children}</>;
  if (status === 'opening') return null;
  return <DatabaseProblem status={status} />;
}
