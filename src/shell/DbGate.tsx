import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
// In the first load (about 1 kB): with the lock on, it is the first screen, painted before Dexie loads.
import { afterNextPaint } from '../after-paint';
import { UnlockScreen } from '../lock/UnlockScreen';
import { dbStatus, openDatabase } from '../storage/db-status';
import { queryFailure } from '../storage/live-failure';
import { isLockOn } from '../storage/lock/lock-flag';
import { useStore } from '../storage/store';
import { DatabaseProblem, QueryProblem } from './StorageProblem';

/** Opens the database and shows the screens, or explains why the database cannot be used. */
export function DbGate({ children }: { children: ComponentChildren }) {
  const status = useStore(dbStatus);
  const failure = useStore(queryFailure);
  useEffect(() => {
    // After the first paint (the list from its snapshot is on screen by then). With the lock on,
    // the unlock screen opens it once it has painted.
    if (!isLockOn()) void afterNextPaint().then(openDatabase);
  }, []);
  // With the passcode lock on, nothing but the unlock screen paints until the page has the key;
  // the passcode can be typed while the database still opens.
  if (status === 'locked' || (status === 'opening' && isLockOn())) {
    return <UnlockScreen />;
  }
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
