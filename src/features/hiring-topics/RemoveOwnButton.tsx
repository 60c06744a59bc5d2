/** Removes a workplace's own item with what is recorded about it; a toast offers to undo. */
import { showToast } from '../../ui/toast-store';
import { removeOwnItem } from './own-items';

export function RemoveOwnButton(props: {
  caseId: string;
  tool: string;
  id: string;
  /** The tool's sections that hold data under the item's id (removed and restored with it). */
  sections: readonly string[];
  label: string;
  itemName: string;
  removed: string;
  undo: string;
  /** Where focus goes once the item is gone (e.g. the "add" button). */
  focusAfterId: string;
}) {
  const remove = async () => {
    const restore = await removeOwnItem(props.caseId, props.tool, props.id, props.sections);
    document.getElementById(props.focusAfterId)?.focus();
    showToast({ message: props.removed, action: { label: props.undo, run: restore } });
  };
  return (
    <button
      type="button"
      class="btn btn-quiet own-remove"
      aria-label={`${props.label}: ${props.itemName}`}
      onClick={() => void remove()}
    >
      {props.label}
    </button>
  );
}
