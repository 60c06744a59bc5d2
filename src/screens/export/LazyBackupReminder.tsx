import { afterNextPaint } from '../../after-paint';
import { lazyComponent } from '../../router/router';

/**
 * The backup reminder, loaded only once the list has cases to remind about, and after the list is
 * painted: its code (and the queries behind it) then never competes with showing the list on a
 * cold start.
 */
export const LazyBackupReminder = lazyComponent(
  () => afterNextPaint().then(() => import('./BackupReminder').then((m) => m.BackupReminder)),
  { quiet: true },
);
