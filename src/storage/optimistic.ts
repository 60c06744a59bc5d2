/**
 * The optimistic layer: what this tab has written but IndexedDB has not yet answered for. Every
 * field write (a keystroke, a tap on a rating) is recorded here synchronously, and every read hook
 * (live.ts) lays these pending values over what the database returned, so a tap is on screen in
 * the next frame instead of after a write and a live-query round trip.
 *
 * A pending value stays until the database has caught up with it: its write committed with a
 * stamp (the record's `updatedAt` in that transaction), and a query result shows the record at that
 * stamp or later. A result older than the stamp (a live query that started before the commit) can
 * therefore never flip a control back to its old value. A failed write keeps its value pending (it
 * stays on screen, and the save banner says it is not saved). Another tab's later write to the
 * same record wins as soon as ours has been seen committed.
 *
 * Several readers may follow one record (a tool's document and the case's snapshot), and their
 * results arrive one by one: the first to see the commit settles the value, while another may
 * still hold the record from before it. So a settled value is kept, and laid over a reader's data
 * as long as that data is older than the value's stamp; without that, the second reader showed the
 * old value for a moment (a just-added own item vanished and lost its focus).
 */

import { afterNextPaint } from '../after-paint';
import { type RecordKey, recordKeyOf } from './record-kinds';

/** A record the layer knows: a case, a tool document or a round (record-kinds.ts). */
export type { RecordKey };

interface Pending {
  readonly path: readonly string[];
  readonly value: unknown;
  /** The `updatedAt` its write committed with; null while in flight (or failed). */
  stamp: number | null;
}

const pendingByRecord = new Map<RecordKey, Map<string, Pending>>();
/** Values a reader has seen committed, by record and field: for the readers that have not yet. */
const settledByRecord = new Map<RecordKey, Map<string, Pending>>();

type Listener = (record: RecordKey | null) => void;
const listeners = new Set<Listener>();

/** Tells read hooks that a record's pending values changed (null: every record). */
/** Counts every change of pending values, so a late subscriber can tell it missed one. */
let version = 0;

function bump(record: RecordKey | null): void {
  version++;
  // Readers told now need not be told again after the paint.
  if (record === null) toldAfterPaint.clear();
  else toldAfterPaint.delete(record);
  for (const listener of listeners) listener(record);
}

/** How deep we are in `readersAfterPaint` calls: their pending values are told after the paint. */
let quiet = 0;
/** Records whose readers are told of a pending change after the next paint. */
const toldAfterPaint = new Set<RecordKey>();

/**
 * Runs `write` so that the pending values it records reach their readers after the next paint
 * instead of before it. For a text field, which already shows what was typed from its own draft:
 * the screen around it (a section's "filled" mark, the next step, the overview's title) follows a
 * frame later, instead of rendering in the keystroke's own frame and making it late (issue 20: at
 * 4× CPU the tool screen's render was most of a keystroke's script). The value is pending, and
 * journalled, at once all the same: a reader that renders meanwhile for any reason shows it.
 */
export function readersAfterPaint<T>(write: () => T): T {
  quiet++;
  try {
    return write();
  } finally {
    quiet--;
  }
}

let paintAwaited = false;

function tellAfterPaint(record: RecordKey): void {
  toldAfterPaint.add(record);
  if (paintAwaited) return;
  paintAwaited = true;
  void afterNextPaint().then(() => {
    paintAwaited = false;
    const records = [...toldAfterPaint];
    toldAfterPaint.clear();
    for (const each of records) bump(each);
  });
}

/** How many times pending values have changed so far (see `usePendingChanges`). */
export function pendingVersion(): number {
  return version;
}

/** Calls `listener` whenever a record's pending values change; returns the unsubscribe. */
export function subscribePending(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last data the database returned per record, so whole-data changes can be shown at once. */
const known = new Map<RecordKey, Record<string, unknown>>();

/** The record's data as last read, with its pending values laid over it; undefined if never read. */
export function currentData(record: RecordKey): Record<string, unknown> | undefined {
  const data = known.get(record);
  return data === undefined && !hasPending(record) ? undefined : overlay(record, data ?? {});
}

export const caseKey = (id: string): RecordKey => recordKeyOf({ kind: 'case', id, caseId: id });
export const docKey = (caseId: string, tool: string): RecordKey =>
  recordKeyOf({ kind: 'doc', id: tool, caseId });
export const roundKey = (id: string): RecordKey => recordKeyOf({ kind: 'round', id, caseId: '' });

/** Records a value as written now; returns the handle that `settle` marks as committed. */
export function setPending(record: RecordKey, path: readonly string[], value: unknown): Pending {
  let fields = pendingByRecord.get(record);
  if (!fields) {
    fields = new Map();
    pendingByRecord.set(record, fields);
  }
  const id = path.join('.');
  const pending: Pending = { path, value, stamp: null };
  // Re-inserted at the end: later writes are applied after earlier ones (a whole-data write at
  // path [] followed by a field write keeps the field).
  fields.delete(id);
  fields.set(id, pending);
  if (quiet > 0) tellAfterPaint(record);
  else bump(record);
  return pending;
}

/** Marks a pending value as committed at `stamp` (the record's `updatedAt` in that write). */
export function settle(pending: Pending, stamp: number): void {
  pending.stamp = stamp;
}

/** Forgets every pending value of a record (it was deleted, or replaced as a whole). */
export function forgetRecord(record: RecordKey): void {
  known.delete(record);
  settledByRecord.delete(record);
  if (pendingByRecord.delete(record)) bump(record);
}

/** Forgets everything (with "delete all data"). */
export function forgetAll(): void {
  known.clear();
  settledByRecord.clear();
  if (pendingByRecord.size === 0) return;
  pendingByRecord.clear();
  bump(null);
}

/** Whether anything is pending for the record. */
export function hasPending(record: RecordKey): boolean {
  return (pendingByRecord.get(record)?.size ?? 0) > 0;
}

/**
 * Takes note of a database result for a record (`data`: what the overlay is laid over), and drops
 * the pending values it has caught up with: committed at or before the record's `updatedAt` in
 * that result, or committed for a record that no longer exists.
 */
export function catchUp(
  record: RecordKey,
  stored: { updatedAt: number } | null | undefined,
  data?: Record<string, unknown>,
): void {
  if (stored && data) known.set(record, data);
  else if (!stored) {
    known.delete(record);
    settledByRecord.delete(record);
  }
  const fields = pendingByRecord.get(record);
  if (!fields) return;
  let dropped = false;
  for (const [id, pending] of fields) {
    if (pending.stamp !== null && (!stored || stored.updatedAt >= pending.stamp)) {
      fields.delete(id);
      if (stored) keepSettled(record, id, pending);
      else dropped = true;
    }
  }
  if (fields.size === 0) pendingByRecord.delete(record);
  // A value that is kept as settled looks the same to every reader (laid over data older than it,
  // and already in data as new), so no reader renders again for it: the reader that brought the
  // result renders with it, the others with their own results (issue 20: a keystroke rendered its
  // tool screen once more, to show what it already showed). A value of a record that is gone is
  // shown no more, and its readers render.
  if (dropped) bump(record);
}

function keepSettled(record: RecordKey, id: string, pending: Pending): void {
  let settled = settledByRecord.get(record);
  if (!settled) {
    settled = new Map();
    settledByRecord.set(record, settled);
  }
  // In stamp order, as the writes were made: a later one of the same field replaces it.
  settled.delete(id);
  settled.set(id, pending);
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      if (value === undefined) delete node[part];
      else node[part] = value;
      return;
    }
    const child = Object.hasOwn(node, part) ? node[part] : undefined;
    const copy =
      typeof child === 'object' && child !== null && !Array.isArray(child)
        ? { ...(child as Record<string, unknown>) }
        : {};
    node[part] = copy;
    node = copy;
  });
}

/**
 * `data` with the record's pending values laid over it (a copy; `data` itself is returned
 * unchanged when nothing is pending, so unchanged records keep their identity). `storedAt` is the
 * `updatedAt` of the reader's `data` (0 when the record is not stored yet): values already settled
 * by another reader are laid over it too when it is older than them.
 */
export function overlay<T extends Record<string, unknown>>(
  record: RecordKey,
  data: T,
  storedAt: number = Number.POSITIVE_INFINITY,
): T {
  const fields = pendingByRecord.get(record);
  const settled = settledByRecord.get(record);
  const late = settled ? [...settled.values()].filter((value) => (value.stamp ?? 0) > storedAt) : [];
  if ((!fields || fields.size === 0) && late.length === 0) return data;
  let result: Record<string, unknown> = { ...data };
  for (const { path, value } of [...late, ...(fields?.values() ?? [])]) {
    if (path.length === 0) result = { ...(value as Record<string, unknown>) };
    else setAt(result, path, value);
  }
  return result as T;
}
