/**
 * The own items' writes. Adding and removing are structural changes, so they read and write in one
 * transaction (`updateToolData`); removing returns an undo. The text is one field, saved as typed.
 */
import { newId } from '../../storage/ids';
import { setToolField, updateToolData } from '../../storage/tool-docs';
import { isRecord } from '../normalise';
import { normaliseOwnItems } from './model';

/** Saves the own item's wording. */
export const setOwnItemText = (caseId: string, tool: string, id: string, text: string) =>
  setToolField(caseId, tool, ['custom', id, 'text'], text);

/** Adds an empty own item at the end of the list (with the tool's `extra` fields); resolves to its id. */
export async function addOwnItem(
  caseId: string,
  tool: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const id = `c-${newId()}`;
  await updateToolData(caseId, tool, (data) => {
    const custom = isRecord(data.custom) ? data.custom : {};
    const orders = normaliseOwnItems(custom, () => ({})).map((item) => item.order);
    const order = orders.length === 0 ? 1 : Math.max(...orders) + 1;
    return { ...data, custom: { ...custom, [id]: { ...extra, text: '', order } } };
  });
  return id;
}

/**
 * Removes an own item and what the tool keeps under its id in `sections` (e.g. `ratings`);
 * resolves to a function that puts everything back (for "Fortryd").
 */
export async function removeOwnItem(
  caseId: string,
  tool: string,
  id: string,
  sections: readonly string[],
): Promise<() => Promise<void>> {
  const removed: Record<string, unknown> = {};
  await updateToolData(caseId, tool, (data) => {
    for (const section of ['custom', ...sections]) {
      const entries = data[section];
      if (!isRecord(entries) || !(id in entries)) continue;
      removed[section] = entries[id];
      delete entries[id];
    }
    return data;
  });
  return () =>
    updateToolData(caseId, tool, (data) => {
      for (const [section, value] of Object.entries(removed)) {
        const entries = isRecord(data[section]) ? data[section] : {};
        data[section] = { ...entries, [id]: value };
      }
      return data;
    });
}
