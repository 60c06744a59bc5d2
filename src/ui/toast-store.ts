/** Short messages with an optional action ("Slettet. Fortryd"), shown at the bottom of the screen. */
import { createStore } from '../storage/store';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
}

export const toasts = createStore<readonly Toast[]>([]);
let nextId = 1;

/** Shows a message for `ms` milliseconds (long enough to reach "Fortryd"). */
export function showToast(toast: Omit<Toast, 'id'>, ms = 10_000): void {
  const id = nextId++;
  toasts.set([...toasts.get(), { ...toast, id }]);
  setTimeout(() => dismissToast(id), ms);
}

/** Removes a message. */
export function dismissToast(id: number): void {
  toasts.set(toasts.get().filter((t) => t.id !== id));
}
