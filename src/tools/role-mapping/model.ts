/**
 * Mapping peer roles: per setting (service, team), whether a peer role exists or could be introduced,
 * what it would do, today's peer initiatives, a priority and a note. Stored as toolDoc 'role-mapping':
 * `{ rows: { [settingId]: { status, priority, role, initiatives, note } }, custom: { [id]: { text, order } } }`.
 */

import {
  type MappingPriority,
  type MappingSetting,
  type MappingStatus,
  mappingSettings,
} from '../../../content/role-mapping';
import { type CaseKind, forKind } from '../../../content/types';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import {
  MAX_ANSWER_TEXT,
  normaliseOwnRecord,
  type OwnItemRecord,
  sortedOwnItems,
} from '../../tool-kit/own-items/model';
import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const ROLE_MAPPING_TOOL = 'role-mapping';
const TEXT_MAX = MAX_ANSWER_TEXT / 4;
const STATUSES: readonly MappingStatus[] = ['exists', 'possible', 'not-now'];

export interface MappingRow {
  status?: MappingStatus;
  priority?: MappingPriority;
  role: string;
  initiatives: string;
  note: string;
}

export interface MappingState {
  rows: Readonly<Record<string, MappingRow>>;
  custom: OwnItemRecord;
}

/** Whose each field is (issue 18): where peer roles fit is the workplace's mapping. */
export const mappingOwners: OwnerTable<MappingState> = { rows: 'manager', custom: 'manager' };

export type MappingEntry =
  | { id: string; kind: 'content'; setting: MappingSetting }
  | { id: string; kind: 'own'; ownText: string };

const emptyRow: MappingRow = { role: '', initiatives: '', note: '' };

/** A row from untrusted data: unknown statuses dropped, priority rounded and clamped to 1–3. */
export function normaliseRow(value: unknown): MappingRow {
  if (!isRecord(value)) return { ...emptyRow };
  const row: MappingRow = {
    role: cleanString(value.role, TEXT_MAX),
    initiatives: cleanString(value.initiatives, TEXT_MAX),
    note: cleanString(value.note, TEXT_MAX),
  };
  if (STATUSES.includes(value.status as MappingStatus)) row.status = value.status as MappingStatus;
  if (typeof value.priority === 'number' && Number.isFinite(value.priority)) {
    row.priority = Math.min(3, Math.max(1, Math.round(value.priority))) as MappingPriority;
  }
  return row;
}

/** Turns any stored value into a valid state: rows only for known settings. */
export function normaliseMapping(data: unknown): MappingState {
  const record = isRecord(data) ? data : {};
  const custom = normaliseOwnRecord(record.custom);
  const known = new Set<string>([...mappingSettings.map((s) => s.id), ...Object.keys(custom)]);
  const rows: Record<string, MappingRow> = {};
  for (const [id, value] of Object.entries(isRecord(record.rows) ? record.rows : {})) {
    if (known.has(id)) rows[id] = normaliseRow(value);
  }
  return { rows, custom };
}

/** The eleven settings of the case's kind (issue 22: an association's own in a volunteer case), then the own. */
export function mappingEntries(state: MappingState, caseKind: CaseKind = 'employment'): MappingEntry[] {
  return [
    ...forKind<MappingSetting>(mappingSettings, caseKind).map((setting) => ({
      id: setting.id,
      kind: 'content' as const,
      setting,
    })),
    ...sortedOwnItems(state.custom).map((c) => ({ id: c.id, kind: 'own' as const, ownText: c.text })),
  ];
}

/** A setting's row, empty when nothing is saved. */
export function rowFor(state: MappingState, id: string): MappingRow {
  return state.rows[id] ?? emptyRow;
}

/** Settings with a status out of all settings. */
export function mappingProgress(
  state: MappingState,
  caseKind: CaseKind = 'employment',
): { answered: number; total: number } {
  const entries = mappingEntries(state, caseKind);
  return {
    answered: entries.filter((e) => rowFor(state, e.id).status !== undefined).length,
    total: entries.length,
  };
}

/** Where to start: settings where a role exists or could be introduced, by priority (none last), then list order. */
export function startList(
  state: MappingState,
  caseKind: CaseKind = 'employment',
): { entry: MappingEntry; row: MappingRow }[] {
  return mappingEntries(state, caseKind)
    .map((entry, index) => ({ entry, row: rowFor(state, entry.id), index }))
    .filter(({ row }) => row.status === 'exists' || row.status === 'possible')
    .sort((a, b) => (a.row.priority ?? 4) - (b.row.priority ?? 4) || a.index - b.index)
    .map(({ entry, row }) => ({ entry, row }));
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const roleMappingData = {
  id: ROLE_MAPPING_TOOL,
  normalise: normaliseMapping,
} satisfies ToolData<unknown>;
