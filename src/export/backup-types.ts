/**
 * The backup file's shape (see docs/backup-format.md): a small envelope that says what the file is,
 * which format version and app version wrote it and when, around the stored records of each case.
 * This module has no dependencies, so the export side stays out of the validation chunk.
 */
import type { CaseRecord, RoundRecord, ToolDocRecord } from '../storage/db';

export const BACKUP_FORMAT = 'peerstart-backup';
/** The version this app writes. Raise it (and add an upgrade step) whenever the shape changes. */
export const BACKUP_FORMAT_VERSION = 1;
/** Files above this size are refused before they are read. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

export interface BackupCase {
  case: CaseRecord;
  toolDocs: ToolDocRecord[];
  rounds: RoundRecord[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  cases: BackupCase[];
}

/** Why a file was refused; each has its own translated message (content/export.ts). */
export type BackupError =
  | { code: 'empty' }
  | { code: 'too-large'; maxMb: number }
  | { code: 'not-json' }
  | { code: 'truncated' }
  | { code: 'not-backup' }
  | { code: 'newer'; version: number }
  | { code: 'unknown-version' }
  | { code: 'invalid'; where: string }
  | { code: 'read-failed' }
  | { code: 'write-failed' }
  /** The file is not valid UTF-8 (or UTF-16 with its byte order mark). */
  | { code: 'encoding' }
  /** The import was refused because the device has no room for it. */
  | { code: 'quota' }
  /** Export: the file made could not be read back (`caseIndex`: the case at fault, if known). */
  | { code: 'unreadable-export'; where: string; caseIndex: number | null };
