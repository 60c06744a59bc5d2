/**
 * The three kinds of record a case is made of, declared once. Sealing (which fields stay in the
 * clear, what a box is bound to), the optimistic layer's keys, the edit journal and its replay are
 * all derived from this table, so a new field or kind cannot be sealed one way and journalled
 * another.
 */
import { CASE_KINDS, type CaseKind } from '../../content/types';
import type { CaseRecord } from './db';

export type RecordKind = 'case' | 'doc' | 'round';

export type TableName = 'cases' | 'toolDocs' | 'rounds';

/** Where a stored record belongs: bound into its sealed box, so a box moved elsewhere does not open. */
export interface RecordPlace {
  kind: RecordKind;
  /** The record's own id within its case: the case id, the tool name, or the round id. */
  id: string;
  caseId: string;
}

interface KindSpec {
  kind: RecordKind;
  table: TableName;
  /** Stored in the clear: keys, indexed fields and timestamps; never anything a person typed. */
  clear: readonly string[];
  /** The record's place, from its clear fields. */
  place(record: Record<string, unknown>): RecordPlace;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const RECORD_KINDS: Record<RecordKind, KindSpec> = {
  case: {
    kind: 'case',
    table: 'cases',
    clear: ['id', 'createdAt', 'updatedAt'],
    place: (record) => ({ kind: 'case', id: text(record.id), caseId: text(record.id) }),
  },
  doc: {
    kind: 'doc',
    table: 'toolDocs',
    clear: ['caseId', 'tool', 'updatedAt'],
    place: (record) => ({ kind: 'doc', id: text(record.tool), caseId: text(record.caseId) }),
  },
  round: {
    kind: 'round',
    table: 'rounds',
    clear: ['id', 'caseId', 'tool', 'createdAt', 'updatedAt'],
    place: (record) => ({ kind: 'round', id: text(record.id), caseId: text(record.caseId) }),
  },
};

const BY_TABLE = new Map<string, KindSpec>(Object.values(RECORD_KINDS).map((spec) => [spec.table, spec]));

/** The kind stored in `table`, or undefined for a table that holds no case data (meta). */
export function kindOfTable(table: string): KindSpec | undefined {
  return BY_TABLE.get(table);
}

export const CASE_TABLES: readonly TableName[] = Object.values(RECORD_KINDS).map((spec) => spec.table);

/** The fields of a case a person types into: the only ones a journalled case edit may name. */
export const CASE_TEXT_FIELDS = [
  'organisation',
  'unit',
  'roleTitle',
  'managerName',
  'peerName',
  'startDate',
  'note',
] as const satisfies readonly (keyof CaseRecord)[];

export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

export function isCaseTextField(field: unknown): field is CaseTextField {
  return CASE_TEXT_FIELDS.includes(field as CaseTextField);
}

/** The fields of a case an edit may name: what people type, and the case's kind. */
export type CaseEditField = CaseTextField | 'kind';

export function isCaseEditField(field: unknown): field is CaseEditField {
  return field === 'kind' || isCaseTextField(field);
}

/** Whether `value` may be stored in a case's `field` (a text, or one of the kinds). */
export function isCaseFieldValue(field: CaseEditField, value: unknown): boolean {
  if (field === 'kind') return CASE_KINDS.includes(value as CaseKind);
  return typeof value === 'string';
}

/** Whether a path inside a record's `data` can be stored as a key path and names no Object.prototype member. */
export function isDataPath(path: unknown): path is string[] {
  return (
    Array.isArray(path) &&
    path.length > 0 &&
    path.every(
      (part) => typeof part === 'string' && part !== '' && !part.includes('.') && !(part in Object.prototype),
    )
  );
}

/** The optimistic layer's key for a record. */
export type RecordKey = `case:${string}` | `doc:${string}:${string}` | `round:${string}`;

export function recordKeyOf(place: RecordPlace): RecordKey {
  switch (place.kind) {
    case 'case':
      return `case:${place.id}`;
    case 'doc':
      return `doc:${place.caseId}:${place.id}`;
    case 'round':
      return `round:${place.id}`;
  }
}
