/** The controls every own item shares: its text, removing it (with undo), and adding a new one. */
import './own-items.css';
import { useEffect, useRef } from 'preact/hooks';
import { TextField } from '../../ui/TextField';
import { showToast } from '../../ui/toast-store';
import { addOwnItem, removeOwnItem, setOwnItemText } from './actions';
import { MAX_OWN_TEXT } from './model';

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
        maxLength={MAX_OWN_TEXT}
        save={(text) => setOwnItemText(props.caseId, props.tool, props.id, text)}
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
    /** The toast's message and its undo label, in the current language. */
    removed: string;
    undo: string;
    focusAfterId: string;
  },
) {
  const remove = async () => {
    const restore = await removeOwnItem(props.caseId, props.tool, props.id, props.sections);
    document.getElementById(props.focusAfterId)?.focus();
    showToast({ message: props.removed, action: { label: props.undo, run: restore } });
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
  /** The tool's own fields of a new item (e.g. its checklist group). */
  extra?: Record<string, unknown>;
  onAdded: (id: string) => void;
}) {
  return (
    <button
      type="button"
      id={props.id}
      class="btn own-item-add"
      onClick={() => void addOwnItem(props.caseId, props.tool, props.extra).then(props.onAdded)}
    >
      + {props.label}
    </button>
  );
}
