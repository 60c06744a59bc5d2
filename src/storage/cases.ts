/**
 * Cases: one record per hiring process, plus the tool documents and rounds that belong to it.
 * Deleting a case removes all of them in one transaction and returns a snapshot, so the UI can
 * offer "undo" instead of a confirmation dialog.
 */
import { type CaseRecord, db, type RoundRecord, type ToolDocRecord } from './db';
import { newId } from './ids';
import { clearJournal } from './journal';
import { useLiveQuery } from './live';
import { requestPersistenceOnce } from './persistence';
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
};

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
  return writeLatest(
    `case:${id}:${field}`,
    () => db.cases.update(id, { [field]: value, updatedAt: Date.now() }),
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

/** Copies a case with all its answers under new ids; returns the new id. */
export async function duplicateCase(caseId: string, titleSuffix: string): Promise<string | undefined> {
  return runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
      const snapshot = await loadCaseSnapshot(caseId);
      if (!snapshot) return undefined;
      const now = Date.now();
      const id = newId();
      const organisation = [snapshot.case.organisation, titleSuffix].filter(Boolean).join(' ');
      await db.cases.add({ ...snapshot.case, id, organisation, createdAt: now, updatedAt: now });
      await db.toolDocs.bulkAdd(snapshot.toolDocs.map((doc) => ({ ...doc, caseId: id })));
      await db.rounds.bulkAdd(snapshot.rounds.map((round) => ({ ...round, id: newId(), caseId: id })));
      return id;
    }),
  );
}

/** Deletes a case with everything in it; returns what was deleted so it can be restored. */
export async function deleteCase(caseId: string): Promise<CaseSnapshot | undefined> {
  return runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
      const snapshot = await loadCaseSnapshot(caseId);
      if (!snapshot) return undefined;
      await db.toolDocs.where('caseId').equals(caseId).delete();
      await db.rounds.where('caseId').equals(caseId).delete();
      await db.cases.delete(caseId);
      return snapshot;
    }),
  );
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

/** All cases, most recently edited first, kept up to date. */
export function useCases(): CaseRecord[] | undefined {
  return useLiveQuery(() => db.cases.orderBy('updatedAt').reverse().toArray(), []);
}

/** One case, kept up to date; `null` when it does not exist. */
export function useCase(caseId: string): CaseRecord | null | undefined {
  return useLiveQuery(async () => (await db.cases.get(caseId)) ?? null, [caseId]);
}

/** Everything stored for one case, kept up to date; `null` when it does not exist. */
export function useCaseSnapshot(caseId: string): CaseSnapshot | null | undefined {
  return useLiveQuery(async () => (await loadCaseSnapshot(caseId)) ?? null, [caseId]);
}

/** Deletes every case and answer on this device. */
export async function deleteAllData(): Promise<void> {
  await runWrite(() =>
    db.transaction('rw', db.cases, db.toolDocs, db.rounds, db.meta, async () => {
      await Promise.all([db.cases.clear(), db.toolDocs.clear(), db.rounds.clear(), db.meta.clear()]);
    }),
  );
  clearJournal();
}
