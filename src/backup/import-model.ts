/** The import flow's states and the preview of a file's cases (pure; no DOM, no database). */

import { type CaseKind, caseKindOf } from '../../content/types';
import type { ImportMode } from '../storage/case-bundles';
import type { BackupFile, EncryptedBackupEnvelope } from './backup-types';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** An encrypted file waits for its passphrase; `error` after a wrong one. */
  | {
      kind: 'locked';
      fileName: string;
      envelope: EncryptedBackupEnvelope;
      unlocking: boolean;
      error: string | null;
    }
  | { kind: 'preview'; fileName: string; backup: BackupFile; existing: ReadonlySet<string>; mode: ImportMode }
  | { kind: 'importing' }
  | { kind: 'error'; message: string };

export interface PreviewRow {
  id: string;
  /** An employment or a volunteer peer (issue 22); files before format 3 hold employments. */
  kind: CaseKind;
  organisation: string;
  roleTitle: string;
  updatedAt: number;
  tools: number;
  rounds: number;
  exists: boolean;
}

/**
 * One row per case in the file, with what it holds and whether it is already here. A tool counts as
 * filled when it has a document or a round (the Role Star and the readiness check keep theirs as rounds).
 */
export function previewRows(backup: BackupFile, existing: ReadonlySet<string>): PreviewRow[] {
  return backup.cases.map((entry) => ({
    id: entry.case.id,
    kind: caseKindOf(entry.case),
    organisation: entry.case.organisation,
    roleTitle: entry.case.roleTitle,
    updatedAt: entry.case.updatedAt,
    tools: new Set([...entry.toolDocs, ...entry.rounds].map((record) => record.tool)).size,
    rounds: entry.rounds.length,
    exists: existing.has(entry.case.id),
  }));
}
