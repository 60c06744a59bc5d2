/**
 * Tool documents: one per case and tool, holding that tool's answers in `data` (shape owned by the
 * tool's model). Typing writes single fields by key path (`data.answers.m1`), so two tabs that edit
 * different fields of one tool both keep their edits; structural changes (adding or removing a
 * custom item) read and write inside one transaction. Every write is shown at once through the
 * optimistic layer (optimistic.ts) and checks, in its transaction, that the case still exists: a
 * tab typing into a case that another tab deleted never re-creates its document.
 * Every write also marks the case as edited, so the case list sorts by last change.
 */

import { useMemo } from 'preact/hooks';
import { touchCase } from './cases';
import { db, type ToolDocRecord } from './db';
import { useLiveQuery, usePendingChanges } from './live';
import { catchUp, currentData, docKey, overlay, setPending, settle } from './optimistic';
import { isDataPath } from './record-kinds';
import { setAsideUnreadableDoc } from './set-aside';
import { CaseGoneError, runWrite, writeLatest } from './writes';

export type FieldPath = readonly string[];

/** Rejects paths that could not be stored as a key path, or that name an Object.prototype member. */
export function assertPath(path: FieldPath): void {
  if (!isDataPath(path)) throw new Error(`Invalid field path: ${path.join('/')}`);
}

/** Sets `value` at `path` inside `target`, creating objects on the way. */
export function setAtPath(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node = target;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      if (value === undefined) delete node[part];
      else node[part] = value;
      return;
    }
    const child = Object.hasOwn(node, part) ? node[part] : undefined;
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
}

/** Fails the transaction when the case is gone (deleted in another tab meanwhile). */
async function requireCase(caseId: string): Promise<void> {
  if ((await touchCase(caseId)) === 0) throw new CaseGoneError(caseId);
}

const NOTHING: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** A tool's document for a case, kept up to date, with this tab's pending writes shown at once. */
export function useToolDoc(caseId: string, tool: string): ToolDocRecord | null | undefined {
  const key = docKey(caseId, tool);
  const stored = useLiveQuery(async () => (await db.toolDocs.get([caseId, tool])) ?? null, [caseId, tool], {
    cacheKey: key,
    onResult: (doc) => catchUp(key, doc, doc?.data),
  });
  usePendingChanges((record) => record === key);
  const data =
    stored === undefined ? undefined : overlay(key, stored?.data ?? NOTHING, stored?.updatedAt ?? 0);
  return useMemo(() => {
    if (stored === undefined || data === undefined) return undefined;
    // Nothing stored yet: a pending first write still shows as a document.
    if (stored === null) return data === NOTHING ? null : { caseId, tool, data, updatedAt: 0 };
    return data === stored.data ? stored : { ...stored, data };
  }, [stored, data]);
}

/** Saves one field of a tool's data (`undefined` removes it). Writes to the same field keep order. */
export function setToolField(
  caseId: string,
  tool: string,
  path: FieldPath,
  value: unknown,
): Promise<boolean> {
  return setToolFields(caseId, tool, [[path, value]]);
}

/**
 * Saves the fields one tap changes (a tick and the time it was made) in one transaction: one commit
 * and one round of live queries instead of one per field, so the next tap does not wait behind
 * them (issue 20). Each field is journalled under its own key; writes of the same set of fields
 * keep order.
 */
export function setToolFields(
  caseId: string,
  tool: string,
  fields: readonly (readonly [path: FieldPath, value: unknown])[],
): Promise<boolean> {
  for (const [path] of fields) assertPath(path);
  const record = docKey(caseId, tool);
  const pending = fields.map(([path, value]) => setPending(record, path, value));
  const fieldKey = (path: FieldPath) => `doc:${caseId}:${tool}:${path.join('.')}`;
  return writeLatest(
    fields.map(([path]) => fieldKey(path)).join('+'),
    async () => {
      const now = Date.now();
      const changes: Record<string, unknown> = { updatedAt: now };
      for (const [path, value] of fields) changes[`data.${path.join('.')}`] = value;
      await db.transaction('rw', db.toolDocs, db.cases, db.meta, async () => {
        await requireCase(caseId);
        // A stored document that cannot be opened reads as missing (update fails on it, or finds
        // nothing): it is kept aside, then replaced (set-aside.ts).
        const updated = await db.toolDocs.update([caseId, tool], changes).catch(async (error: unknown) => {
          if ((await db.toolDocs.get([caseId, tool])) !== undefined) throw error;
          return 0;
        });
        if (updated === 0) {
          const data: Record<string, unknown> = {};
          for (const [path, value] of fields) setAtPath(data, path, value);
          const replacing = await setAsideUnreadableDoc(caseId, tool);
          await db.toolDocs[replacing ? 'put' : 'add']({ caseId, tool, data, updatedAt: now });
        }
      });
      for (const handle of pending) settle(handle, now);
    },
    fields.map(
      ([path, value]) => [fieldKey(path), { kind: 'doc', caseId, tool, path: [...path], value }] as const,
    ),
  );
}

/**
 * Changes a tool's data as a whole, atomically (read, change, write in one transaction). The
 * change is shown at once from the data last read.
 */
export function updateToolData(
  caseId: string,
  tool: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const key = docKey(caseId, tool);
  const shown = currentData(key);
  const pending = shown === undefined ? null : setPending(key, [], change(structuredClone(shown)));
  return runWrite(async () => {
    const now = Date.now();
    await db.transaction('rw', db.toolDocs, db.cases, db.meta, async () => {
      await requireCase(caseId);
      const existing = await db.toolDocs.get([caseId, tool]);
      if (!existing) await setAsideUnreadableDoc(caseId, tool);
      const data = change(structuredClone(existing?.data ?? {}));
      await db.toolDocs.put({ caseId, tool, data, updatedAt: now });
    });
    if (pending) settle(pending, now);
  });
}
