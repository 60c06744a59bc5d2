/**
 * The storage side of backups: reading cases out with everything in them (a `CaseBundle` each),
 * writing validated bundles back in, and remembering when the last full backup was made (meta key
 * `lastBackupAt`, epoch ms).
 * Browsers may evict a site's data (Safari after days without use, Chromium under disk pressure),
 * so the backup file is the user's safety net and the UI reminds when cases changed since the last one.
 * Imports run in ONE transaction: a failure anywhere leaves the database exactly as it was.
 * The file format itself (and its validation) lives in src/export/backup-*.ts.
 */
import { type CaseRecord, db, type RoundRecord, type ToolDocRecord } from './db';
import { newId } from './ids';
import { CASE_TEXT_LIMITS, withSuffix } from './limits';
import { useLiveQuery } from './live';
import { runWrite, saveState } from './writes';

const LAST_BACKUP_KEY = 'lastBackupAt';

/** What to do with a case from the file whose id already exists here. */
export type ImportMode = 'keep-both' | 'replace';

export interface ImportSummary {
  /** Cases that were new on this device. */
  added: number;
  /** Existing cases overwritten by the file's version. */
  replaced: number;
  /** Cases kept next to the existing one under a new id. */
  copied: number;
}

/** A case with everything stored for it: what a backup file holds per case. */
export interface CaseBundle {
  case: CaseRecord;
  toolDocs: ToolDocRecord[];
  rounds: RoundRecord[];
}

/** What bundles are written from (a validated backup file is one). */
export interface CaseBundles {
  cases: readonly CaseBundle[];
}

/** Reads the given cases (or all, newest first) with everything in them, in one transaction. */
export function readCaseBundles(ids?: readonly string[]): Promise<CaseBundle[]> {
  return db.transaction('r', db.cases, db.toolDocs, db.rounds, async () => {
    const records = ids
      ? (await db.cases.bulkGet([...ids])).filter((record) => record !== undefined)
      : await db.cases.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      records.map(async (record): Promise<CaseBundle> => {
        const [toolDocs, rounds] = await Promise.all([
          db.toolDocs.where('caseId').equals(record.id).toArray(),
          db.rounds.where('caseId').equals(record.id).toArray(),
        ]);
        return { case: record, toolDocs, rounds };
      }),
    );
  });
}

/** The ids of the file's cases that already exist on this device. */
export async function findExistingCaseIds(backup: CaseBundles): Promise<Set<string>> {
  const found = await db.cases.bulkGet(backup.cases.map((entry) => entry.case.id));
  return new Set(found.filter((record) => record !== undefined).map((record) => record.id));
}

/** The write key of imports: their failure is shown by the import itself, see `forgetImportFailure`. */
const IMPORT_WRITE_KEY = 'import';

/**
 * Writes a validated backup's cases in one transaction (all or nothing). Existing cases are replaced
 * or kept beside the imported copy, which then gets new ids and `copySuffix` after its organisation
 * (the organisation is shortened so the result stays within its limit). Rounds that get a new id
 * keep the links between them (`data.startedFrom`).
 */
export async function importCases(
  backup: CaseBundles,
  mode: ImportMode,
  copySuffix = '',
): Promise<ImportSummary> {
  try {
    return await runWrite(
      () =>
        db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
          const summary: ImportSummary = { added: 0, replaced: 0, copied: 0 };
          for (const entry of backup.cases) await importCase(entry, mode, copySuffix, summary);
          return summary;
        }),
      IMPORT_WRITE_KEY,
    );
  } catch (error) {
    forgetImportFailure();
    throw error;
  }
}

async function importCase(
  entry: CaseBundle,
  mode: ImportMode,
  copySuffix: string,
  summary: ImportSummary,
): Promise<void> {
  const exists = (await db.cases.get(entry.case.id)) !== undefined;
  if (exists && mode === 'replace') {
    await db.toolDocs.where('caseId').equals(entry.case.id).delete();
    await db.rounds.where('caseId').equals(entry.case.id).delete();
    summary.replaced++;
  } else if (exists) {
    summary.copied++;
  } else {
    summary.added++;
  }
  const caseId = exists && mode === 'keep-both' ? newId() : entry.case.id;
  const organisation =
    caseId === entry.case.id
      ? entry.case.organisation
      : withSuffix(entry.case.organisation, copySuffix, CASE_TEXT_LIMITS.organisation);
  await db.cases.put({ ...entry.case, id: caseId, organisation });
  await db.toolDocs.bulkPut(entry.toolDocs.map((doc) => ({ ...doc, caseId })));
  // A round id taken by another case's round (or a copy) gets a fresh id; nothing is overwritten.
  const newIds = new Map<string, string>();
  for (const round of entry.rounds) {
    const taken = caseId !== entry.case.id || (await db.rounds.get(round.id)) !== undefined;
    newIds.set(round.id, taken ? newId() : round.id);
  }
  const rounds = entry.rounds.map((round) => {
    const from = round.data.startedFrom;
    const remapped = typeof from === 'string' ? newIds.get(from) : undefined;
    const data = remapped && remapped !== from ? { ...round.data, startedFrom: remapped } : round.data;
    return { ...round, id: newIds.get(round.id) ?? round.id, caseId, data };
  });
  await db.rounds.bulkPut(rounds);
}

let forgetting: (() => void) | null = null;

/**
 * A refused import changed nothing and is reported where it happened, so its failure must not keep
 * the app's "not saved" / full-disk banner up: once any later write has been saved (the user typed
 * and it was stored), the import's failure is forgotten.
 */
function forgetImportFailure(): void {
  if (forgetting) return;
  const failedAt = saveState.get().lastSavedAt;
  const stop = saveState.subscribe((state) => {
    if (state.lastSavedAt === failedAt || state.pending > 0 || forgetting === null) return;
    forgetting = null;
    stop();
    // A successful write under the import's key is what clears its failure (writes.ts).
    void runWrite(async () => undefined, IMPORT_WRITE_KEY);
  });
  forgetting = stop;
}

/** When the last backup of all cases was made (epoch ms), or `null`. */
export async function getLastBackupAt(): Promise<number | null> {
  const record = await db.meta.get(LAST_BACKUP_KEY);
  return typeof record?.value === 'number' ? record.value : null;
}

/** Remembers that a backup of all cases was made at `when`. */
export async function setLastBackupAt(when = Date.now()): Promise<void> {
  await runWrite(() => db.meta.put({ key: LAST_BACKUP_KEY, value: when }));
}

export interface BackupStatus {
  lastBackupAt: number | null;
  caseCount: number;
  /** Cases edited after the last backup (all cases when there was none). */
  changedSince: number;
}

/** The last backup time and how many cases changed since, kept up to date. */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(async () => {
    const [lastBackupAt, caseCount] = await Promise.all([getLastBackupAt(), db.cases.count()]);
    const changedSince =
      lastBackupAt === null ? caseCount : await db.cases.where('updatedAt').above(lastBackupAt).count();
    return { lastBackupAt, caseCount, changedSince };
  }, []);
}
