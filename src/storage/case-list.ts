/**
 * The case list as the start page reads it: first from the snapshot (list-snapshot.ts), in the
 * first frame, then live from the database once its code has loaded and it is open. Also the list's
 * actions, which load the database code on demand (it is usually loaded by then).
 */
import { useEffect, useState } from 'preact/hooks';
import { afterNextPaint } from '../after-paint';
import { loadCode } from '../load-code';
import type { CaseSnapshot } from './cases';
import { type CaseLine, readListSnapshot } from './list-snapshot';

export type { CaseLine };

export interface CaseListState {
  /** The cases to show, most recently edited first (all of them once live). */
  cases: CaseLine[];
  /** How many cases there are (the snapshot only holds the first page). */
  total: number;
  /** Whether this is the live list (search and "show more" need all cases). */
  live: boolean;
}

/** The case list, painted from the snapshot and then kept up to date; undefined on a first start. */
export function useCaseList(): CaseListState | undefined {
  const [state, setState] = useState<CaseListState | undefined>(() => {
    const snapshot = readListSnapshot();
    return snapshot ? { cases: snapshot.lines, total: snapshot.total, live: false } : undefined;
  });
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    // The database code loads after the list from the snapshot is painted.
    void afterNextPaint()
      .then(() => loadCode(() => import('./cases')))
      .then(({ watchCases }) => {
        if (stopped) return;
        stop = watchCases((cases) => setState({ cases, total: cases.length, live: true }));
      });
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);
  return state;
}

/** Creates a case; resolves with its id. */
export async function createCase(): Promise<string> {
  return (await import('./cases')).createCase();
}

/** Deletes a case; resolves with what undo needs. */
export async function deleteCase(id: string): Promise<CaseSnapshot | undefined> {
  return (await import('./cases')).deleteCase(id);
}

/** Puts a deleted case back. */
export async function restoreCase(snapshot: CaseSnapshot): Promise<void> {
  return (await import('./cases')).restoreCase(snapshot);
}

/** Copies a case; resolves with the copy's id. */
export async function duplicateCase(id: string, suffix: string): Promise<string | undefined> {
  return (await import('./cases')).duplicateCase(id, suffix);
}
