/**
 * The backup file's shape (see docs/backup-format.md): a small envelope that says what the file is,
 * which format version and app version wrote it and when, around the stored records of each case.
 * This module has no dependencies, so the export side stays out of the validation chunk.
 */
import type { CaseBundle } from '../storage/case-bundles';

export const BACKUP_FORMAT = 'peerstart-backup';
/**
 * The version this app writes. Raise it (and add an upgrade step) whenever the shape changes.
 * Version 2 added the encrypted file (`EncryptedBackupEnvelope`); an unencrypted file's shape is as in 1.
 * Version 3 added a case's `kind` (employment or volunteer): an older app says the file is newer
 * instead of calling it broken.
 */
export const BACKUP_FORMAT_VERSION = 3;
/** The first format version that may be an encrypted file. */
export const BACKUP_ENCRYPTED_SINCE = 2;
/** The shortest passphrase an encrypted backup accepts (characters). */
export const BACKUP_PASSPHRASE_MIN = 8;
/** Files above this size are refused before they are read. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

/** One case in the file: its stored records, as storage reads and writes them. */
export type BackupCase = CaseBundle;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  cases: BackupCase[];
}

/**
 * An encrypted backup file (format version 2 and later). `ciphertext` is AES-256-GCM over the UTF-8
 * text of a complete unencrypted backup file, under a key derived from the passphrase with `kdf`.
 */
export interface EncryptedBackupEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  encryption: {
    cipher: 'AES-256-GCM';
    kdf: 'PBKDF2-SHA-256';
    iterations: number;
    /** base64, 16 to 64 bytes */
    salt: string;
    /** base64, 12 bytes */
    iv: string;
  };
  /** base64: the encrypted bytes followed by GCM's 16-byte tag */
  ciphertext: string;
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
  /** The file is encrypted: it is opened with its passphrase (`decryptBackup`), not read directly. */
  | { code: 'encrypted' }
  /** The passphrase does not open the file (or its ciphertext was changed: AES-GCM cannot tell). */
  | { code: 'wrong-passphrase' }
  /** An encrypted file whose envelope (or decrypted content) is not what Peerstart writes. */
  | { code: 'damaged' }
  /** Export: the file made could not be read back (`caseIndex`: the case at fault, if known). */
  | { code: 'unreadable-export'; where: string; caseIndex: number | null };
