/** The controls every own item shares: its text, removing it (with undo), and adding a new one. */
import './own-items.css';
import { useEffect, useRef } from 'preact/hooks';
import type { Text } from '../../../content/types';
import { useLang } from '../../i18n';
import { setToolField } from '../../storage/tool-docs';
import { TextField } from '../../ui/TextField';
import { showToast } from '../../ui/toast-store';
import { addCustomItem, MAX_ITEM_TEXT, removeCustomItem } from './custom-items';

interface OwnItemProps {
  caseId: string;
  tool: string;
  id: string;
}

/** The own item's wording, saved as it is typed; focused when the item was just added. */
export function OwnItemText(props: OwnItemProps & { label: string; value: string; autoFocus?: boolean }) {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The autofocus attribute only works on page load, not for an element added later.
    if (props.autoFocus) wrapper.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [props.autoFocus]);
  return (
    <div ref={wrapper}>
      <TextField
        label={props.label}
        value={props.value}
        maxLength={MAX_ITEM_TEXT}
        save={(text) => setToolField(props.caseId, props.tool, ['custom', props.id, 'text'], text)}
      />
    </div>
  );
}

/** Removes the own item and its answers; a toast offers to undo. Focus moves to `focusAfterId`. */
export function RemoveOwnItemButton(
  props: OwnItemProps & {
    sections: readonly string[];
    label: string;
    itemName: string;
    removed: Text;
    undo: Text;
    focusAfterId: string;
  },
) {
  const { t } = useLang();
  const remove = async () => {
    const restore = await removeCustomItem(props.caseId, props.tool, props.id, props.sections);
    document.getElementById(props.focusAfterId)?.focus();
    showToast({ message: t(props.removed), action: { label: t(props.undo), run: restore } });
  };
  return (
    <button
      type="button"
      class="btn btn-quiet own-item-remove"
      aria-label={`${props.label}: ${props.itemName}`}
      onClick={() => void remove()}
    >
      {props.label}
    </button>
  );
}

/** Adds an empty own item and reports its id, so the screen can focus its text field. */
export function AddOwnItemButton(props: {
  caseId: string;
  tool: string;
  id: string;
  label: string;
  onAdded: (id: string) => void;
}) {
  return (
    <button
      type="button"
      id={props.id}
      class="btn own-item-add"
      onClick={() => void addCustomItem(props.caseId, props.tool).then(props.onAdded)}
    >
      + {props.label}
    </button>
  );
}
