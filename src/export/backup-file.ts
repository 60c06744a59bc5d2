/**
 * Reading a backup file: size limit, JSON parsing, format and version checks, upgrades of older
 * format versions, then strict validation with valibot. Nothing here touches the database; a file
 * that passes is safe to hand to `importCases` (src/storage/backup.ts). Lazy-loaded by the import UI.
 */
import * as v from 'valibot';
import { TOOL_IDS } from '../../content/types';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  type BackupCase,
  type BackupError,
  type BackupFile,
} from './backup-types';

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

/** Limits on tool data: deep or huge structures are refused, not stored. */
const DATA_MAX_DEPTH = 24;
const DATA_MAX_NODES = 50_000;
const DATA_MAX_STRING = 100_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a value is a plain JSON object of bounded depth and size, without prototype keys. */
export function isBoundedJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let nodes = 0;
  const visit = (node: unknown, depth: number): boolean => {
    if (++nodes > DATA_MAX_NODES || depth > DATA_MAX_DEPTH) return false;
    if (node === null || typeof node === 'boolean') return true;
    if (typeof node === 'number') return Number.isFinite(node);
    if (typeof node === 'string') return node.length <= DATA_MAX_STRING;
    if (Array.isArray(node)) return node.every((item) => visit(item, depth + 1));
    if (typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) return false;
    return Object.entries(node).every(
      ([key, item]) => key.length <= 200 && !FORBIDDEN_KEYS.has(key) && visit(item, depth + 1),
    );
  };
  // JSON.parse makes "__proto__" an own key; Object.entries lists it, so it is refused above.
  return visit(value, 0);
}

const safeId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,100}$/));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const isoDateOrEmpty = v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/));
const toolId = v.picklist(TOOL_IDS);
const jsonData = v.custom<Record<string, unknown>>(isBoundedJsonObject, 'not plain JSON data');

const caseSchema = v.strictObject({
  id: safeId,
  organisation: shortText,
  unit: shortText,
  roleTitle: shortText,
  managerName: shortText,
  peerName: shortText,
  startDate: isoDateOrEmpty,
  note: v.pipe(v.string(), v.maxLength(DATA_MAX_STRING)),
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
    rounds: v.pipe(v.array(roundSchema), v.maxLength(1_000)),
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
    appVersion: v.pipe(v.string(), v.maxLength(50)),
    exportedAt: v.pipe(v.string(), v.isoTimestamp()),
    cases: v.pipe(v.array(backupCaseSchema), v.maxLength(1_000)),
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

/** Upgrades a parsed file of format version n to n + 1. No older format exists yet. */
export type BackupUpgrade = (file: Record<string, unknown>) => Record<string, unknown>;
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {};

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

/** Reads a backup file's text: refuses empty, huge, non-JSON and truncated files, then validates. */
export function readBackupText(text: string): BackupReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: { code: 'empty' } };
  if (body.length > BACKUP_MAX_BYTES) return tooLarge();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const looksLikeJson = /^\s*[{[]/.test(body);
    return { ok: false, error: { code: looksLikeJson ? 'truncated' : 'not-json' } };
  }
  return validateBackup(raw);
}

/** Reads a chosen file; the size is checked before anything is read. */
export async function readBackupFile(file: Blob): Promise<BackupReadResult> {
  if (file.size > BACKUP_MAX_BYTES) return tooLarge();
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
  return readBackupText(text);
}

function tooLarge(): BackupReadResult {
  return { ok: false, error: { code: 'too-large', maxMb: BACKUP_MAX_BYTES / 1024 / 1024 } };
}
