/**
 * A labelled form field, the same everywhere: the label above, an optional hint tied to the control
 * (`aria-describedby`), then the control. `SelectField` and `InputField` are the two controls most
 * screens need; `Field` frames any other.
 */
import type { ComponentChildren } from 'preact';

export function Field(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <span class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.children}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A choice from a list (a round, a time): `onChange` gets the chosen option's value. */
export function SelectField(props: {
  id: string;
  label: ComponentChildren;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string, select: HTMLSelectElement) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select
        id={props.id}
        class="field-input"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value, event.currentTarget)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A one-line text (or date) input whose value the screen keeps (not autosaved: see TextField). */
export function InputField(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  type?: 'text' | 'date';
  maxLength?: number;
  onInput: (value: string) => void;
}) {
  const describedBy = props.hint ? `${props.id}-hint` : undefined;
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      {props.type === 'date' ? (
        <input
          id={props.id}
          class="field-input"
          type="date"
          value={props.value}
          aria-describedby={describedBy}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      ) : (
        <input
          id={props.id}
          class="field-input"
          value={props.value}
          maxLength={props.maxLength}
          aria-describedby={describedBy}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
