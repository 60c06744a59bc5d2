/** The role mapping's writes: every tap and keystroke saves at once through src/storage. */
import { setToolField } from '../../storage/tool-docs';
import { type MappingRow, ROLE_MAPPING_TOOL } from './model';

/** Saves one field of a setting's row (its status, notes, …). */
export const setRowField = (caseId: string, settingId: string, field: keyof MappingRow, value: unknown) =>
  setToolField(caseId, ROLE_MAPPING_TOOL, ['rows', settingId, field], value);
