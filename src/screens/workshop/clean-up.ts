/**
 * Removing a workshop pair's case so nothing of it stays on the tablet. The storage side is
 * `deleteCase` (src/storage/cases.ts): the case, its tool documents and rounds in one transaction,
 * its journalled edits in every tab's journal, its line in the start-up list snapshot and its
 * pending values in memory. This adds what the screen still holds: the download links of its files
 * and any message naming it (`forgetScreenTraces`).
 */
import { deleteCase } from '../../storage/cases';
import { flushAllWrites } from '../../storage/writes';
import { forgetScreenTraces } from '../../ui/forget-screen-traces';
import { clearCurrentCase } from './workshop-state';

/**
 * Deletes the pair's case for good (no undo: the point is that nothing stays) after every write in
 * flight has settled, so no late write or journal entry of it can land after the delete.
 */
export async function removeWorkshopCase(caseId: string, { handedOver }: { handedOver: boolean }) {
  await flushAllWrites();
  await deleteCase(caseId);
  forgetScreenTraces();
  clearCurrentCase({ handedOver });
}
