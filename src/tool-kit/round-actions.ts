/**
 * Rounds (readiness, Role Star) are removed the same way in every tool: at once, with a toast that
 * offers to put the round back as it was.
 */
import { deleteRound, restoreRound } from '../storage/rounds';
import { showToast } from '../ui/toast-store';

/**
 * Deletes the round; when there was one, shows `message` with an undo (`undo` is its label).
 * Resolves to whether a round was deleted.
 */
export async function removeRoundWithUndo(
  roundId: string,
  texts: { message: string; undo: string },
): Promise<boolean> {
  const removed = await deleteRound(roundId);
  if (!removed) return false;
  showToast({ message: texts.message, action: { label: texts.undo, run: () => restoreRound(removed) } });
  return true;
}
