/**
 * Cases: one record per hiring process, plus the tool documents and rounds that belong to it.
 * Deleting a case removes all of them in one transaction and returns a snapshot, so the UI can
 * offer "undo" instead of a confirmation dialog.
 */

import { liveQuery } from 'dexie';
import { useMemo } from 'preact/hooks';
import { type CaseRecord, db, type RoundRecord, type ToolDocRecord } from './db';
import { dbStatus, openDatabase } from './db-status';
import { newId } from './ids';
import { clearAllJournals, forgetCaseEdits } from './journal';
import { CASE_TEXT_LIMITS, withSuffix } from './limits';
import {
  clearListSnapshot,
  dropFromListSnapshot,
  refreshListSnapshotLine,
  writeListSnapshot,
} from './list-snapshot';
import { forgetCachedResults, useLiveQuery, usePendingChanges } from './live';
import { queryFailure } from './live-failure';
import { sealMode } from './lock/keyring';
import { lockRemoved } from './lock/lock';
import { moveLockEpoch } from './lock/lock-state';
import {
  caseKey,
  catchUp,
  docKey,
  forgetAll,
  forgetRecord,
  overlay,
  roundKey,
  setPending,
  settle,
} from './optimistic';
import { requestPersistenceOnce } from './persistence';
import { deleteSetAside, forgetSetAsideReports } from './set-aside';
import { forgetUnreadable } from './unreadable';
import { runWrite, writeLatest } from './writes';

export type CaseFields = Omit<CaseRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Everything stored for one case. */
export interface CaseSnapshot {
  case: CaseRecord;
  toolDocs: ToolDocRecord[];
  rounds: RoundRecord[];
}

export const emptyCaseFields: CaseFields = {
  organisation: '',
  unit: '',
  roleTitle: '',
  managerName: '',
  peerName: '',
  startDate: '',
  note: '',
  kind: 'employment',
};

/** The case's kind (kept in content/types.ts, where the PDF engine reads it too). */
export { caseKindOf } from '../../content/types';

/** Creates a case and returns its id; the first case also asks the browser to keep the data. */
export async function createCase(fields: Partial<CaseFields> = {}): Promise<string> {
  const now = Date.now();
  const record: CaseRecord = { id: newId(), ...emptyCaseFields, ...fields, createdAt: now, updatedAt: now };
  await runWrite(() => db.cases.add(record));
  void requestPersistenceOnce();
  return record.id;
}

/** Saves one field of a case as it is typed. */
export function updateCaseField<K extends keyof CaseFields>(
  id: string,
  field: K,
  value: CaseFields[K],
): Promise<boolean> {
  const pending = setPending(caseKey(id), [field], value);
  return writeLatest(
    `case:${id}:${field}`,
    async () => {
      const now = Date.now();
      await db.cases.update(id, { [field]: value, updatedAt: now });
      settle(pending, now);
    },
    { kind: 'case', id, field, value },
  );
}

/** Marks a case as edited now (tools call this in the same transaction as their own write). */
export function touchCase(caseId: string): Promise<number> {
  return db.cases.update(caseId, { updatedAt: Date.now() });
}

/** Reads everything stored for one case. */
export async function loadCaseSnapshot(caseId: string): Promise<CaseSnapshot | undefined> {
  return db.transaction('r', db.cases, db.toolDocs, db.rounds, async () => {
    const found = await db.cases.get(caseId);
    if (!found) return undefined;
    const [toolDocs, rounds] = await Promise.all([
      db.toolDocs.where('caseId').equals(caseId).toArray(),
      db.rounds.where('caseId').equals(caseId).toArray(),
    ]);
    return { case: found, toolDocs, rounds };
  });
}

/**
 * The rounds under new ids for the case `caseId`, with each link to the round a round started from
 * (`data.startedFrom`) pointing at the copy of that round.
 */
export function copyRounds(rounds: readonly RoundRecord[], caseId: string): RoundRecord[] {
  const ids = new Map(rounds.map((round) => [round.id, newId()]));
  return rounds.map((round) => {
    const from = round.data.startedFrom;
    const data =
      typeof from === 'string' && ids.has(from) ? { ...round.data, startedFrom: ids.get(from) } : round.data;
    return { ...round, id: ids.get(round.id) as string, caseId, data };
  });
}

/** Copies a case with all its answers under new ids; returns the new id. */
export async function duplicateCase(caseId: string, titleSuffix: string): Promise<string | undefined> {
  return runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
      const snapshot = await loadCaseSnapshot(caseId);
      if (!snapshot) return undefined;
      const now = Date.now();
      const id = newId();
      // The suffix never pushes the name over its limit (a backup must always read back).
      const organisation = withSuffix(snapshot.case.organisation, titleSuffix, CASE_TEXT_LIMITS.organisation);
      await db.cases.add({ ...snapshot.case, id, organisation, createdAt: now, updatedAt: now });
      await db.toolDocs.bulkAdd(snapshot.toolDocs.map((doc) => ({ ...doc, caseId: id })));
      await db.rounds.bulkAdd(copyRounds(snapshot.rounds, id));
      return id;
    }),
  );
}

/** Deletes a case with everything in it; returns what was deleted so it can be restored. */
export async function deleteCase(caseId: string): Promise<CaseSnapshot | undefined> {
  return runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, db.meta, async () => {
      const snapshot = await loadCaseSnapshot(caseId);
      if (!snapshot) return undefined;
      await deleteSetAside(caseId);
      await db.toolDocs.where('caseId').equals(caseId).delete();
      await db.rounds.where('caseId').equals(caseId).delete();
      await db.cases.delete(caseId);
      return snapshot;
    }),
  ).then((snapshot) => {
    // What was typed into it leaves no trace: no journalled edit, no pending value on screen.
    const roundIds = snapshot?.rounds.map((round) => round.id) ?? [];
    forgetCaseEdits(caseId, roundIds);
    forgetSetAsideReports(caseId);
    dropFromListSnapshot(caseId);
    forgetRecord(caseKey(caseId));
    for (const doc of snapshot?.toolDocs ?? []) forgetRecord(docKey(caseId, doc.tool));
    for (const id of roundIds) forgetRecord(roundKey(id));
    forgetCachedResults((key) => key.includes(caseId) || roundIds.some((id) => key.includes(id)));
    return snapshot;
  });
}

/** Puts a deleted case back exactly as it was (the "undo" of deleteCase). */
export async function restoreCase(snapshot: CaseSnapshot): Promise<void> {
  await runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
      await db.cases.put(snapshot.case);
      await db.toolDocs.bulkPut(snapshot.toolDocs);
      await db.rounds.bulkPut(snapshot.rounds);
    }),
  );
}

/** A case with this tab's pending writes laid over it. */
function withPending(record: CaseRecord): CaseRecord {
  return overlay(
    caseKey(record.id),
    record as unknown as Record<string, unknown>,
    record.updatedAt,
  ) as unknown as CaseRecord;
}

/**
 * Calls `listener` with all cases, most recently edited first, now and after every change (in any
 * tab), once the database is open; keeps the start-up snapshot in step. Returns the unsubscribe.
 */
export function watchCases(listener: (cases: CaseRecord[]) => void): () => void {
  let subscription: { unsubscribe: () => void } | null = null;
  let stopped = false;
  const subscribe = () => {
    if (stopped) return;
    subscription = liveQuery(() => db.cases.orderBy('updatedAt').reverse().toArray()).subscribe({
      next: (cases) => {
        writeListSnapshot(cases);
        listener(cases);
      },
      error: (error: unknown) => {
        console.error('Live query failed', error);
        if (queryFailure.get() === null) queryFailure.set(error ?? new Error('query failed'));
      },
    });
  };
  if (dbStatus.get() === 'ready') subscribe();
  else void openDatabase().then((status) => status === 'ready' && subscribe());
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}

/** The stored case (shared with every reader of it, live.ts); `null` when it does not exist. */
function useStoredCase(caseId: string): CaseRecord | null | undefined {
  const key = caseKey(caseId);
  return useLiveQuery(async () => (await db.cases.get(caseId)) ?? null, [caseId], {
    cacheKey: key,
    onResult: (record) => {
      catchUp(key, record);
      if (record) refreshListSnapshotLine(record);
    },
  });
}

/** One case, kept up to date; `null` when it does not exist. */
export function useCase(caseId: string): CaseRecord | null | undefined {
  const stored = useStoredCase(caseId);
  usePendingChanges((record) => record === caseKey(caseId));
  return stored ? withPending(stored) : stored;
}

type CaseWork = Omit<CaseSnapshot, 'case'>;

/**
 * Everything stored for one case, kept up to date; `null` when it does not exist. With
 * `{ pending: false }` it follows what is committed only: for a summary that need not follow each
 * tap in the tap's own frame (the tool page's next step), so a tap does not render it.
 * The case and its tools' work are two live queries: a keystroke in the case's note commits the
 * case alone, and re-reads the case, not every tool document and round (issue 20).
 */
export function useCaseSnapshot(
  caseId: string,
  { pending = true }: { pending?: boolean } = {},
): CaseSnapshot | null | undefined {
  const storedCase = useStoredCase(caseId);
  const work = useLiveQuery(
    async (): Promise<CaseWork> => {
      const [toolDocs, rounds] = await Promise.all([
        db.toolDocs.where('caseId').equals(caseId).toArray(),
        db.rounds.where('caseId').equals(caseId).toArray(),
      ]);
      return { toolDocs, rounds };
    },
    [caseId],
    {
      cacheKey: `work:${caseId}`,
      onResult: ({ toolDocs, rounds }) => {
        for (const doc of toolDocs) catchUp(docKey(caseId, doc.tool), doc, doc.data);
        for (const round of rounds) catchUp(roundKey(round.id), round, round.data);
      },
    },
  );
  const stored = useMemo(
    (): CaseSnapshot | null | undefined =>
      storedCase === null ? null : storedCase && work ? { case: storedCase, ...work } : undefined,
    [storedCase, work],
  );
  // Any pending write of this case: its fields, its tools' documents or its rounds.
  const roundIds = useMemo(() => new Set(stored?.rounds.map((r) => roundKey(r.id))), [stored]);
  usePendingChanges(
    (record) =>
      pending && (record === caseKey(caseId) || record.startsWith(`doc:${caseId}:`) || roundIds.has(record)),
  );
  if (!stored || !pending) return stored;
  return {
    case: withPending(stored.case),
    toolDocs: stored.toolDocs.map((doc) => {
      const data = overlay(docKey(caseId, doc.tool), doc.data, doc.updatedAt);
      return data === doc.data ? doc : { ...doc, data };
    }),
    rounds: stored.rounds.map((round) => {
      const data = overlay(roundKey(round.id), round.data, round.updatedAt);
      return data === round.data ? round : { ...round, data };
    }),
  };
}

/** Deletes every case and answer on this device. */
export async function deleteAllData(): Promise<void> {
  await runWrite(
    async () => {
      // The lock record goes too: every tab reads it again before its next write.
      moveLockEpoch();
      await db.transaction('rw', db.cases, db.toolDocs, db.rounds, db.meta, async () => {
        await Promise.all([db.cases.clear(), db.toolDocs.clear(), db.rounds.clear(), db.meta.clear()]);
      });
      moveLockEpoch();
    },
    'other',
    { whileLocked: true },
  );
  clearAllJournals();
  clearListSnapshot();
  forgetAll();
  forgetUnreadable();
  forgetCachedResults();
  // The lock record went with everything else: this page (and every other tab) writes unsealed again.
  if (sealMode().kind !== 'open') lockRemoved();
}
