import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { dbStatus, openDatabase } from '../storage/db-status';
import { queryFailure } from '../storage/live-failure';
import { useStore } from '../storage/store';
import { DatabaseProblem, QueryProblem } from './StorageProblem';

/** Opens the database and shows the screens, or explains why the database cannot be used. */
export function DbGate({ children }: { children: ComponentChildren }) {
  const status = useStore(dbStatus);
  const failure = useStore(queryFailure);
  useEffect(() => {
    void openDatabase(); // main.tsx has usually started it already; this shares that open
  }, []);
  // While the database opens, the screens already render: the case list from its snapshot, the
  // others' queries wait for the open, so the first paint does not wait for Dexie at all.
  if (status === 'ready' || status === 'opening') {
    return (
      <>
        {failure !== null && <QueryProblem />}
        {children}
      </>
    );
  }
  return <DatabaseProblem status={status} />;
}
