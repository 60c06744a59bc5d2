/**
 * Tool documents: one per case and tool, holding that tool's answers in `data` (shape owned by the
 * tool's model). Typing writes single fields by key path (`data.answers.m1`), so two tabs that edit
 * different fields of one tool both keep their edits; structural changes (adding or removing a
 * custom item) read and write inside one transaction.
 * Every write also marks the case as edited, so the case list sorts by last change.
 */

import { touchCase } from './cases';
import { db, type ToolDocRecord } from './db';
import { useLiveQuery } from './live';
import { runWrite, writeLatest } from './writes';

export type FieldPath = readonly string[];

function assertPath(path: FieldPath): void {
  if (path.length === 0 || path.some((part) => part === '' || part.includes('.'))) {
    throw new Error(`Invalid field path: ${path.join('/')}`);
  }
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
    const child = node[part];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
}

/** A tool's document for a case, kept up to date; `null` when nothing is saved yet. */
export function useToolDoc(caseId: string, tool: string): ToolDocRecord | null | undefined {
  return useLiveQuery(async () => (await db.toolDocs.get([caseId, tool])) ?? null, [caseId, tool]);
}

/** Saves one field of a tool's data (`undefined` removes it). Writes to the same field keep order. */
export function setToolField(
  caseId: string,
  tool: string,
  path: FieldPath,
  value: unknown,
): Promise<boolean> {
  assertPath(path);
  return writeLatest(
    `doc:${caseId}:${tool}:${path.join('.')}`,
    () =>
      db.transaction('rw', db.toolDocs, db.cases, async () => {
        const now = Date.now();
        const updated = await db.toolDocs.update([caseId, tool], {
          [`data.${path.join('.')}`]: value,
          updatedAt: now,
        });
        if (updated === 0) {
          const data: Record<string, unknown> = {};
          setAtPath(data, path, value);
          await db.toolDocs.add({ caseId, tool, data, updatedAt: now });
        }
        await touchCase(caseId);
      }),
    { kind: 'doc', caseId, tool, path: [...path], value },
  );
}

/** Changes a tool's data as a whole, atomically (read, change, write in one transaction). */
export function updateToolData(
  caseId: string,
  tool: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  return runWrite(() =>
    db.transaction('rw', db.toolDocs, db.cases, async () => {
      const existing = await db.toolDocs.get([caseId, tool]);
      const data = change(structuredClone(existing?.data ?? {}));
      await db.toolDocs.put({ caseId, tool, data, updatedAt: Date.now() });
      await touchCase(caseId);
    }),
  );
}
