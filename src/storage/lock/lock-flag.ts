/**
 * Whether the device lock is on (minimal stand-in written by the encrypted-backup branch; the lock's
 * own work replaces it). Read synchronously, so a screen can choose its defaults at first render.
 */
export function isLockOn(): boolean {
  try {
    return localStorage.getItem('peerstart.lock') === '1';
  } catch {
    return false;
  }
}
