/**
 * Workshop mode's state: whether a workshop runs on this tablet, since when, which case is the
 * current pair's (its random id, never a name) and how many pairs have handed over. It holds no
 * personal data, so it lives in localStorage (`peerstart.workshop.v1`): the start page must know
 * synchronously, in its first frame, that it may not show the case list. Other tabs follow through
 * the `storage` event. Everything here is small and loads with the start page.
 */
import { createStore, type Store, useStore } from '../../storage/store';

export interface WorkshopState {
  /** When the facilitator started the workshop (epoch ms). */
  startedAt: number;
  /** The id of the case the current pair works on, or null between pairs. */
  current: string | null;
  /** How many pairs have finished with "Afslut og aflever". */
  handedOver: number;
}

export const WORKSHOP_KEY = 'peerstart.workshop.v1';

/** Reads a stored state; anything unreadable counts as no workshop. */
export function parseWorkshop(raw: string | null): WorkshopState | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<WorkshopState> | null;
    if (typeof value !== 'object' || value === null || typeof value.startedAt !== 'number') return null;
    return {
      startedAt: value.startedAt,
      current: typeof value.current === 'string' && value.current !== '' ? value.current : null,
      handedOver: typeof value.handedOver === 'number' && value.handedOver >= 0 ? value.handedOver : 0,
    };
  } catch {
    return null;
  }
}

function read(): WorkshopState | null {
  try {
    return parseWorkshop(localStorage.getItem(WORKSHOP_KEY));
  } catch {
    return null;
  }
}

/** The running workshop on this tablet, or null. */
export const workshop: Store<WorkshopState | null> = createStore(read());

/** After a hand-over: the start screen says once that the case is gone (in memory only). */
export const justHandedOver: Store<boolean> = createStore(false);

function save(next: WorkshopState | null): void {
  try {
    if (next === null) localStorage.removeItem(WORKSHOP_KEY);
    else localStorage.setItem(WORKSHOP_KEY, JSON.stringify(next));
  } catch (error) {
    // Without localStorage the workshop still runs in this tab.
    console.warn('Could not remember the workshop', error);
  }
  workshop.set(next);
}

if (typeof addEventListener === 'function') {
  addEventListener('storage', (event) => {
    if (event.key === WORKSHOP_KEY || event.key === null) workshop.set(read());
  });
}

/** Starts a workshop (the facilitator, in Settings). */
export function startWorkshop(now = Date.now()): void {
  justHandedOver.set(false);
  save({ startedAt: now, current: null, handedOver: 0 });
}

/** Ends the workshop: the tablet shows the usual start page again. */
export function endWorkshop(): void {
  justHandedOver.set(false);
  save(null);
}

/** Remembers the case the current pair has just created. */
export function setCurrentCase(caseId: string): void {
  const state = workshop.get();
  if (!state) return;
  justHandedOver.set(false);
  save({ ...state, current: caseId });
}

/** Forgets the current case (it no longer exists); `handedOver` counts a finished hand-over. */
export function clearCurrentCase({ handedOver }: { handedOver: boolean }): void {
  const state = workshop.get();
  if (!state) return;
  save({ ...state, current: null, handedOver: state.handedOver + (handedOver ? 1 : 0) });
  if (handedOver) justHandedOver.set(true);
}

/** Whether the case `caseId` may be opened now: always outside a workshop, only the current one in it. */
export function mayOpenCase(state: WorkshopState | null, caseId: string): boolean {
  return state === null || state.current === caseId;
}

/** The running workshop, kept up to date. */
export function useWorkshop(): WorkshopState | null {
  return useStore(workshop);
}
