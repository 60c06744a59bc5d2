/** The job-start checklist's writes: every tap and keystroke saves at once through src/storage. */
import { setToolField, setToolFields } from '../../storage/tool-docs';
import { addOwnItem } from '../../tool-kit/own-items/actions';
import { JOB_START_TOOL } from './model';

/** Ticks an item off (with the time it was done) or back on: one write for both fields. */
export function setItemDone(caseId: string, itemId: string, done: boolean): void {
  void setToolFields(caseId, JOB_START_TOOL, [
    [['items', itemId, 'done'], done],
    [['items', itemId, 'doneAt'], done ? Date.now() : undefined],
  ]);
}

/** Saves one detail of an item (who is responsible, the date, a note). */
export const setItemField = (
  caseId: string,
  itemId: string,
  field: 'responsible' | 'due' | 'note',
  value: string | undefined,
) => setToolField(caseId, JOB_START_TOOL, ['items', itemId, field], value);

/** Saves the wording of an item of the workplace's own. */
export const setOwnItemText = (caseId: string, itemId: string, text: string) =>
  setToolField(caseId, JOB_START_TOOL, ['custom', itemId, 'text'], text);

/** Adds an item of the workplace's own to a group; resolves with its id. */
export const addChecklistItem = (caseId: string, when: string) =>
  addOwnItem(caseId, JOB_START_TOOL, { when });
