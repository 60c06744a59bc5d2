import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The backup reminder, loaded after the first render so the home screen's first load stays small. */
export function LazyBackupReminder() {
  const [Reminder, setReminder] = useState<ComponentType | null>(null);
  useEffect(() => {
    let alive = true;
    void import('./BackupReminder').then((module) => {
      if (alive) setReminder(() => module.BackupReminder);
    });
    return () => {
      alive = false;
    };
  }, []);
  return Reminder ? <Reminder /> : null;
}
