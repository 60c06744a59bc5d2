/**
 * The case list's start-up snapshot, in localStorage: the first page of the list exactly as it
 * shows (name, unit, people, last edit) and the number of cases, so the list paints in the first
 * frame, before Dexie has loaded and the database has opened. It holds nothing beyond what the list
 * shows (no notes, no tool answers). It is rewritten from every live result of the list, a case
 * read on its own screens updates its line (cases.ts: the list is not live while someone types a
 * case's name, and the next start must not paint the name from before), a deleted case leaves it at
 * once, and "delete all data" empties it.
 * With the passcode lock on there is no snapshot at all: names must not be readable at rest, and
 * the list is behind the unlock screen anyway. The start picture (start-picture.ts) is kept with the
 * snapshot: any change to the snapshot removes it first.
 */
import type { CaseRecord } from './db';
import { isLockOn } from './lock/lock-flag';
import { clearStartPicture, LIST_SNAPSHOT_KEY } from './start-picture';

/** What one line of the case list shows. */
export type CaseLine = Pick<
  CaseRecord,
  'id' | 'organisation' | 'unit' | 'roleTitle' | 'managerName' | 'peerName' | 'updatedAt'
>;

export interface ListSnapshot {
  lines: CaseLine[];
  total: number;
}

const KEY = LIST_SNAPSHOT_KEY;
/** As many lines as the list shows before "Vis flere". */
export const SNAPSHOT_LINES = 24;

const fields = ['organisation', 'unit', 'roleTitle', 'managerName', 'peerName'] as const;

function isLine(value: unknown): value is CaseLine {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Record<string, unknown>;
  return (
    typeof line.id === 'string' &&
    typeof line.updatedAt === 'number' &&
    fields.every((field) => typeof line[field] === 'string')
  );
}

/** The snapshot, or null when there is none (first start) or it cannot be read. */
export function readListSnapshot(): ListSnapshot | null {
  if (isLockOn()) return null;
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<ListSnapshot>;
    if (!Array.isArray(parsed.lines) || typeof parsed.total !== 'number') return null;
    const lines = parsed.lines.filter(isLine);
    return { lines, total: Math.max(parsed.total, lines.length) };
  } catch {
    return null;
  }
}

function write(snapshot: ListSnapshot): void {
  if (isLockOn()) {
    clearListSnapshot();
    return;
  }
  try {
    const text = JSON.stringify(snapshot);
    if (localStorage.getItem(KEY) === text) return;
    // The start picture shows the old list: it goes first, so no moment holds a picture of a list
    // that is no longer there (a deleted case's name).
    clearStartPicture();
    localStorage.setItem(KEY, text);
  } catch {
    // A full or disabled localStorage only costs the quick first paint.
  }
}

/** Rewrites the snapshot from the live list (most recently edited first). */
export function writeListSnapshot(cases: readonly CaseRecord[]): void {
  const lines = cases.slice(0, SNAPSHOT_LINES).map(lineOf);
  write({ lines, total: cases.length });
}

function lineOf(record: CaseRecord): CaseLine {
  const line: CaseLine = { id: record.id, updatedAt: record.updatedAt } as CaseLine;
  for (const field of fields) line[field] = record[field];
  return line;
}

/** Cases deleted in this tab (ids are never reused). */
const deleted = new Set<string>();

const sameLine = (a: CaseLine, b: CaseLine) =>
  a.updatedAt === b.updatedAt && fields.every((field) => a[field] === b[field]);

/** Records read since the last write: a burst of commits (typing) costs one write, when idle. */
const waiting = new Map<string, CaseRecord>();
let scheduled = false;

/**
 * Brings one case's line up to date from its stored record (most recently edited first), when
 * there is a snapshot; a case the first page would not show leaves it as it is. The write waits
 * until the tab is idle (or hidden), off the path of a keystroke and its commit.
 */
export function refreshListSnapshotLine(record: CaseRecord): void {
  // A reader's late result must not bring a deleted case's name back.
  if (deleted.has(record.id)) return;
  waiting.set(record.id, record);
  if (scheduled) return;
  scheduled = true;
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', writeWaiting);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(writeWaiting, { timeout: 1000 });
  else setTimeout(writeWaiting, 250); // Safari before 18 has no requestIdleCallback
}

function writeWaiting(): void {
  if (!scheduled) return;
  scheduled = false;
  if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', writeWaiting);
  const records = [...waiting.values()];
  waiting.clear();
  let snapshot = readListSnapshot();
  for (const record of records) {
    if (!snapshot) return;
    snapshot = withLine(snapshot, record) ?? snapshot;
  }
  if (snapshot) write(snapshot);
}

/** The snapshot with the record's line in its place; undefined when nothing changes. */
function withLine(snapshot: ListSnapshot, record: CaseRecord): ListSnapshot | undefined {
  const line = lineOf(record);
  const old = snapshot.lines.find((other) => other.id === record.id);
  if (old && sameLine(old, line)) return undefined;
  const lines = [...snapshot.lines.filter((other) => other.id !== record.id), line]
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, SNAPSHOT_LINES);
  if (!old && !lines.includes(line)) return undefined;
  // A case the snapshot did not hold is a new one unless the first page was full.
  const total = old || snapshot.total > snapshot.lines.length ? snapshot.total : snapshot.total + 1;
  return { lines, total };
}

/** Removes a deleted case from the snapshot at once. */
export function dropFromListSnapshot(id: string): void {
  deleted.add(id);
  waiting.delete(id);
  const snapshot = readListSnapshot();
  if (!snapshot?.lines.some((line) => line.id === id)) return;
  write({ lines: snapshot.lines.filter((line) => line.id !== id), total: Math.max(0, snapshot.total - 1) });
}

/** Forgets the snapshot (with "delete all data"). */
export function clearListSnapshot(): void {
  waiting.clear();
  clearStartPicture();
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to remove
  }
}
