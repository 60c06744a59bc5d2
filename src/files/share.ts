/**
 * Handing a finished file to the user. Where the device can share files (Web Share API level 2),
 * `shareFile` opens the share sheet; it must run inside the user's tap, with `files` as the only
 * field (iOS ignores files otherwise: mdn/content#32019, w3c/web-share#16). Otherwise the file is
 * downloaded through a temporary `<a download>`; never `window.open(blobUrl)`, which strands an
 * installed iPad app in a viewer with no way back (parallax/jsPDF#1581).
 */

import { expectSystemSheet } from '../storage/lock/lock-flag';

/** Whether this device can share this file through the system share sheet. */
export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

/** Opens the share sheet; resolves 'shared', 'cancelled' (the user closed it) or 'failed'. */
export async function shareFile(file: File): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    expectSystemSheet();
    await navigator.share({ files: [file] });
    return 'shared';
  } catch (error) {
    if ((error as { name?: string } | null)?.name === 'AbortError') return 'cancelled';
    console.warn('Sharing failed', error);
    return 'failed';
  }
}

/** Object URLs of downloads not revoked yet (see `revokeDownloadUrls`). */
const liveUrls = new Set<string>();

/** Saves a file through the browser's download. */
export function downloadFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  liveUrls.add(url);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  expectSystemSheet();
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => {
    liveUrls.delete(url);
    URL.revokeObjectURL(url);
  }, 60_000);
}

/** Revokes every download's object URL now (when its case is deleted: nothing of it stays reachable). */
export function revokeDownloadUrls(): void {
  for (const url of liveUrls) URL.revokeObjectURL(url);
  liveUrls.clear();
}
