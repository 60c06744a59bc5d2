/**
 * A backup file from this device's cases, and a validated file's cases back in: the envelope is
 * made here, the records are read and written by storage (src/storage/case-bundles.ts).
 */
import { readCaseBundles } from '../storage/case-bundles';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './backup-types';

/** Reads the given cases (or all) with everything in them, as a backup file. */
export async function exportCases(ids?: readonly string[]): Promise<BackupFile> {
  const cases = await readCaseBundles(ids);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown',
    exportedAt: new Date().toISOString(),
    cases,
  };
}
