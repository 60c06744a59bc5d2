/** Waits for the newest toast (a toast follows a stored change, after the screen already shows it). */
import { waitFor } from '@testing-library/preact';
import { type Toast, toasts } from '../../src/ui/toast-store';

/** The newest toast once there is one (optionally: with this message). */
export function waitForToast(message?: string): Promise<Toast> {
  return waitFor(() => {
    const toast = toasts.get().at(-1);
    if (!toast || (message !== undefined && toast.message !== message)) throw new Error('no such toast yet');
    return toast;
  });
}
