import type { Ref } from 'preact';

/**
 * A labelled field for a passcode or passphrase: hidden as it is typed, never corrected,
 * capitalised or remembered by the browser. The unlock screen, the passcode asked before an export
 * and an encrypted backup's passphrase all use it.
 */
export function SecretField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
  readOnly?: boolean;
  invalid?: boolean;
  /** The id of the text that says what is wrong, when something is. */
  describedBy?: string;
  /** A line under the field on what makes a good one (e.g. a short sentence). */
  hint?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const describedBy = [props.describedBy, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <input
        ref={props.inputRef}
        id={props.id}
        class="field-input"
        type="password"
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        value={props.value}
        disabled={props.disabled}
        readOnly={props.readOnly}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.hint && (
        <p id={hintId} class="field-hint muted">
          {props.hint}
        </p>
      )}
    </div>
  );
}
