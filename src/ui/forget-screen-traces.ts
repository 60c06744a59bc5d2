import { revokeDownloadUrls } from '../files/share';
import { toasts } from './toast-store';

/**
 * Forgets what the screen holds of deleted data: the download links of its files (object URLs,
 * revoked now rather than a minute later) and any message, which may name a case.
 */
export function forgetScreenTraces(): void {
  revokeDownloadUrls();
  toasts.set([]);
}
