import { lazyComponent } from '../../app/router';

/**
 * The backup reminder, loaded only once the list has cases to remind about: its code (and the
 * queries behind it) then never competes with showing the list on a cold start.
 */
export const LazyBackupReminder = lazyComponent(() =>
  import('./BackupReminder').then((m) => m.BackupReminder),
);
