/**
 * What the save indicator and the save-problem banner show. Kept apart from writes.ts (which
 * needs Dexie) so the shell can show it in the first paint, before the database code has loaded.
 */
import { createStore } from './store';

export type SaveErrorKind = 'quota' | 'unknown';

export interface SaveState {
  pending: number;
  lastSavedAt: number | null;
  error: SaveErrorKind | null;
}

export const saveState = createStore<SaveState>({ pending: 0, lastSavedAt: null, error: null });
