/**
 * Reading a backup file: size limit, JSON parsing, format and version checks, upgrades of older
 * format versions, then strict validation with valibot. Nothing here touches the database; a file
 * that passes is safe to hand to `importCases` (src/storage/case-bundles.ts). Lazy-loaded by the import UI.
 * An encrypted file (format 2) opens as `{ ok: 'locked', envelope }`; `decryptBackup` then runs
 * every check above on its decrypted text (backup-crypto.ts).
 */

import * as v from 'valibot';
import { CASE_KINDS, TOOL_IDS } from '../../content/types';
import {
  APP_VERSION_MAX,
  BACKUP_MAX_CASES,
  CASE_TEXT_LIMITS,
  type CaseTextField,
  DATA_MAX_DEPTH,
  DATA_MAX_KEY,
  DATA_MAX_NODES,
  isDateOrEmpty,
  isPrototypeName,
  isReadableTimestamp,
  isSafeId,
  ROUNDS_MAX_PER_CASE,
  TEXT_MAX,
  TIME_MAX,
} from '../storage/limits';
import { isRecord } from '../tool-kit/normalise';
import { decryptEnvelope, encryptBackupText, looksEncrypted, parseEnvelope } from './backup-crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  type BackupCase,
  type BackupError,
  type BackupFile,
  type EncryptedBackupEnvelope,
} from './backup-types';

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };
/** Opening a file: as reading, or an encrypted file that waits for its passphrase. */
export type BackupOpenResult = BackupReadResult | { ok: 'locked'; envelope: EncryptedBackupEnvelope };

/** Object keys a file may not use: they would reach or replace an object's prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Keys whose value (or list of values) are ids that tools look records up by. */
const ID_VALUE_KEY = /^(id|[A-Za-z]*Id|[A-Za-z]*Ids|order|startedFrom)$/;

/**
 * Whether a value is a plain JSON object of bounded depth and size, without prototype keys, whose
 * texts fit TEXT_MAX and whose ids (values of `id`, `…Id`, `…Ids`, `order`) are no names of
 * Object.prototype members.
 */
export function isBoundedJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let nodes = 0;
  const visit = (node: unknown, depth: number, idValue: boolean): boolean => {
    if (++nodes > DATA_MAX_NODES || depth > DATA_MAX_DEPTH) return false;
    if (node === null || typeof node === 'boolean') return true;
    if (typeof node === 'number') return Number.isFinite(node);
    if (typeof node === 'string') return node.length <= TEXT_MAX && !(idValue && isPrototypeName(node));
    if (Array.isArray(node)) return node.every((item) => visit(item, depth + 1, idValue));
    if (typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) return false;
    return Object.entries(node).every(
      ([key, item]) =>
        key.length <= DATA_MAX_KEY &&
        !FORBIDDEN_KEYS.has(key) &&
        !isPrototypeName(key) &&
        visit(item, depth + 1, ID_VALUE_KEY.test(key)),
    );
  };
  // JSON.parse makes "__proto__" an own key; Object.entries lists it, so it is refused above.
  return visit(value, 0, false);
}

const safeId = v.custom<string>(isSafeId, 'not a valid id');
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TIME_MAX));
const caseText = (field: CaseTextField) => v.pipe(v.string(), v.maxLength(CASE_TEXT_LIMITS[field]));
const dateOrEmpty = v.custom<string>(isDateOrEmpty, 'not a date YYYY-MM-DD');
const toolId = v.picklist(TOOL_IDS);
const jsonData = v.custom<Record<string, unknown>>(isBoundedJsonObject, 'not plain JSON data');

const caseSchema = v.strictObject({
  id: safeId,
  organisation: caseText('organisation'),
  unit: caseText('unit'),
  roleTitle: caseText('roleTitle'),
  managerName: caseText('managerName'),
  peerName: caseText('peerName'),
  startDate: dateOrEmpty,
  note: caseText('note'),
  kind: v.optional(v.picklist(CASE_KINDS)),
  createdAt: time,
  updatedAt: time,
});

const toolDocSchema = v.strictObject({ caseId: safeId, tool: toolId, data: jsonData, updatedAt: time });

const roundSchema = v.strictObject({
  id: safeId,
  caseId: safeId,
  tool: toolId,
  createdAt: time,
  updatedAt: time,
  data: jsonData,
});

const backupCaseSchema = v.pipe(
  v.strictObject({
    case: caseSchema,
    toolDocs: v.pipe(v.array(toolDocSchema), v.maxLength(TOOL_IDS.length)),
    rounds: v.pipe(v.array(roundSchema), v.maxLength(ROUNDS_MAX_PER_CASE)),
  }),
  v.check(
    (entry) =>
      [...entry.toolDocs, ...entry.rounds].every((record) => record.caseId === entry.case.id) &&
      new Set(entry.toolDocs.map((doc) => doc.tool)).size === entry.toolDocs.length,
    'records that belong to another case',
  ),
);

export const backupSchema = v.pipe(
  v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    formatVersion: v.literal(BACKUP_FORMAT_VERSION),
    appVersion: v.pipe(v.string(), v.maxLength(APP_VERSION_MAX)),
    // A timestamp the validator accepts is one Date can read (the preview shows it).
    exportedAt: v.pipe(
      v.string(),
      v.isoTimestamp(),
      v.check((value: string) => isReadableTimestamp(value)),
    ),
    cases: v.pipe(v.array(backupCaseSchema), v.maxLength(BACKUP_MAX_CASES)),
  }),
  v.check((file) => {
    const caseIds = file.cases.map((entry) => entry.case.id);
    const roundIds = file.cases.flatMap((entry) => entry.rounds.map((round) => round.id));
    return new Set(caseIds).size === caseIds.length && new Set(roundIds).size === roundIds.length;
  }, 'the same id twice'),
);

// The schema must cover exactly the stored records' fields (a new CaseRecord field breaks the build).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Output = v.InferOutput<typeof backupCaseSchema>;
const schemaMatchesRecords: [
  SameKeys<Output['case'], BackupCase['case']>,
  SameKeys<Output['toolDocs'][number], BackupCase['toolDocs'][number]>,
  SameKeys<Output['rounds'][number], BackupCase['rounds'][number]>,
  Output extends BackupCase ? true : false,
] = [true, true, true, true];
void schemaMatchesRecords;

/** Upgrades a parsed file of format version n to n + 1. */
export type BackupUpgrade = (file: Record<string, unknown>) => Record<string, unknown>;
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {
  // 1 → 2: version 2 added the encrypted file; an unencrypted file keeps version 1's shape.
  1: (file) => file,
  // 2 → 3: version 3 added a case's kind; a case without one is an employment, as before.
  2: (file) => file,
};

/** Checks an already-parsed value: format, version (upgrading older ones), then every field. */
export function validateBackup(
  raw: unknown,
  upgrades: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
  oldest = 1,
): BackupReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: { code: 'not-backup' } };
  }
  let file = raw as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) return { ok: false, error: { code: 'not-backup' } };
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    return { ok: false, error: { code: 'unknown-version' } };
  }
  if (version > BACKUP_FORMAT_VERSION) return { ok: false, error: { code: 'newer', version } };
  for (let from = version; from < BACKUP_FORMAT_VERSION; from++) {
    const upgrade = upgrades[from];
    if (!upgrade) return { ok: false, error: { code: 'unknown-version' } };
    file = { ...upgrade(file), formatVersion: from + 1 };
  }
  const result = v.safeParse(backupSchema, file);
  if (!result.success) {
    const issue = result.issues[0];
    const where = (issue && v.getDotPath(issue)) || 'top';
    return { ok: false, error: { code: 'invalid', where: where.slice(0, 120) } };
  }
  return { ok: true, backup: result.output as BackupFile };
}

/** Leading byte order marks: repeated ones (a file saved twice by an editor) are all dropped. */
const LEADING_BOMS = /^\uFEFF+/;

/**
 * Opens a backup file's text: refuses empty, huge, non-JSON and truncated files; an encrypted file
 * is checked against its envelope's schema and waits for its passphrase; any other is validated.
 */
export function openBackupText(text: string): BackupOpenResult {
  const body = text.replace(LEADING_BOMS, '');
  if (body.trim() === '') return { ok: false, error: { code: 'empty' } };
  if (body.length > BACKUP_MAX_BYTES) return tooLarge();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // Only JSON's own white space counts here (JS's \s would also match a stray BOM).
    const looksLikeJson = /^[ \t\r\n]*[{[]/.test(body);
    return { ok: false, error: { code: looksLikeJson ? 'truncated' : 'not-json' } };
  }
  if (isRecord(raw) && raw.format === BACKUP_FORMAT && looksEncrypted(raw)) return openEnvelope(raw);
  return validateBackup(raw);
}

function openEnvelope(file: Record<string, unknown>): BackupOpenResult {
  const version = file.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: { code: 'newer', version } };
  }
  const envelope = parseEnvelope(file);
  return envelope ? { ok: 'locked', envelope } : { ok: false, error: { code: 'damaged' } };
}

/** Reads an unencrypted backup file's text (an encrypted one is refused as 'encrypted'). */
export function readBackupText(text: string): BackupReadResult {
  return unlockedOnly(openBackupText(text));
}

/**
 * Decrypts an encrypted file with `passphrase`, then reads its content exactly as an unencrypted
 * file is read (upgrades and every check). A file encrypted twice is 'damaged': Peerstart never
 * writes one.
 */
export async function decryptBackup(
  envelope: EncryptedBackupEnvelope,
  passphrase: string,
): Promise<BackupReadResult> {
  const decrypted = await decryptEnvelope(envelope, passphrase);
  if (!decrypted.ok) return decrypted;
  const inner = openBackupText(decrypted.text);
  return inner.ok === 'locked' ? { ok: false, error: { code: 'damaged' } } : inner;
}

function unlockedOnly(result: BackupOpenResult): BackupReadResult {
  return result.ok === 'locked' ? { ok: false, error: { code: 'encrypted' } } : result;
}

/**
 * Decodes a file's bytes. Peerstart writes UTF-8; a file re-saved by an editor as UTF-16 (with its
 * byte order mark) is decoded as such. Bytes that are not valid text in that encoding are refused
 * (never silently replaced by U+FFFD), as is UTF-32.
 */
export function decodeBackupBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: BackupError } {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xfe, 0x00, 0x00) || starts(0x00, 0x00, 0xfe, 0xff)) {
    return { ok: false, error: { code: 'encoding' } };
  }
  const encoding = starts(0xff, 0xfe) ? 'utf-16le' : starts(0xfe, 0xff) ? 'utf-16be' : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { code: 'encoding' } };
  }
}

/** Opens a chosen file; the size is checked before anything is read. */
export async function openBackupFile(file: Blob): Promise<BackupOpenResult> {
  if (file.size > BACKUP_MAX_BYTES) return tooLarge();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
  const decoded = decodeBackupBytes(bytes);
  return decoded.ok ? openBackupText(decoded.text) : decoded;
}

/** Reads a chosen unencrypted file (an encrypted one is refused as 'encrypted'). */
export async function readBackupFile(file: Blob): Promise<BackupReadResult> {
  return unlockedOnly(await openBackupFile(file));
}

/**
 * Turns a backup into the text of its file, and reads that text back exactly as an import would:
 * the file is only handed out when it passes the import's validation and reads back identical.
 */
export function writeBackupText(
  backup: BackupFile,
): { ok: true; text: string } | { ok: false; error: Extract<BackupError, { code: 'unreadable-export' }> } {
  const text = JSON.stringify(backup, null, 2);
  const read = readBackupText(text);
  if (!read.ok) {
    const where = read.error.code === 'invalid' ? read.error.where : read.error.code;
    return { ok: false, error: { code: 'unreadable-export', where, caseIndex: caseIndexOf(where) } };
  }
  if (!sameJson(read.backup, backup)) {
    return { ok: false, error: { code: 'unreadable-export', where: 'top', caseIndex: null } };
  }
  return { ok: true, text };
}

/**
 * The text of an encrypted file of `backup`, read back as an import would read it: the envelope is
 * checked, decrypted with the same passphrase and must give back exactly `backup`. `iterations` is
 * only lowered by tests.
 */
export async function writeEncryptedBackupText(
  backup: BackupFile,
  passphrase: string,
  iterations?: number,
): Promise<
  { ok: true; text: string } | { ok: false; error: Extract<BackupError, { code: 'unreadable-export' }> }
> {
  const plain = writeBackupText(backup);
  if (!plain.ok) return plain;
  const text = await encryptBackupText(plain.text, passphrase, iterations);
  const opened = openBackupText(text);
  const read =
    opened.ok === 'locked' ? await decryptBackup(opened.envelope, passphrase) : unlockedOnly(opened);
  if (!read.ok || !sameJson(read.backup, backup)) {
    const where = read.ok ? 'top' : read.error.code;
    return { ok: false, error: { code: 'unreadable-export', where, caseIndex: null } };
  }
  return { ok: true, text };
}

/** The case a validation path points into ("cases.3.case.note" → 3), or null. */
function caseIndexOf(where: string): number | null {
  const match = /^cases\.(\d+)\b/.exec(where);
  return match ? Number(match[1]) : null;
}

/** Deep equality of JSON values (key order ignored; -0 and 0 differ, as they would not read back). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

function tooLarge(): BackupReadResult {
  return { ok: false, error: { code: 'too-large', maxMb: BACKUP_MAX_BYTES / 1024 / 1024 } };
}
