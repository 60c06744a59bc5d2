/** The practicalities' writes: every tap and keystroke saves at once through src/storage. */
import { setToolField } from '../../storage/tool-docs';
import { PRACTICALITIES_TOOL } from './model';

/** Saves one field (a choice, a text; `undefined` clears a choice). */
export const setPracticality = (caseId: string, field: string, value: string | undefined) =>
  setToolField(caseId, PRACTICALITIES_TOOL, [field], value);

/** Saves one answer inside a group of answers (the peer worker's own thoughts, the openness agreement). */
export const setPracticalityAnswer = (caseId: string, group: string, id: string, value: string) =>
  setToolField(caseId, PRACTICALITIES_TOOL, [group, id], value);
