import { useId } from 'preact/hooks';
import { useShownTap } from './use-shown-tap';

export interface Segment<V extends string | number> {
  value: V;
  label: string;
  /** Longer explanation read by screen readers and shown under the label when `showHints` is set. */
  hint?: string;
}

export interface SegmentedControlProps<V extends string | number> {
  legend: string;
  /** Hide the legend visually when the question is already shown as a heading. */
  legendHidden?: boolean;
  segments: readonly Segment<V>[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  /** A control to clear the answer (e.g. "Spring over"), shown after the segments. */
  clear?: { label: string; onClear: () => void };
  showHints?: boolean;
  name?: string;
  /** Used by other controls (e.g. a chart label) to move focus to this question. */
  id?: string;
}

/**
 * A row of large radio buttons: native radios, so arrow keys, Tab and screen readers work as
 * expected; each segment is a ≥ 44 px touch target showing the scale's own label. A tap shows as
 * chosen in its own frame, the screen around it hears of it a frame later (`useShownTap`).
 */
export function SegmentedControl<V extends string | number>(props: SegmentedControlProps<V>) {
  const generated = useId();
  const name = props.name ?? generated;
  const [shown, tap] = useShownTap(props.value, name);
  return (
    <fieldset class="segmented" id={props.id}>
      <legend class={props.legendHidden ? 'visually-hidden' : 'segmented-legend'}>{props.legend}</legend>
      <div class="segmented-options">
        {props.segments.map((segment) => {
          const checked = shown === segment.value;
          return (
            <label class={`segment${checked ? ' segment-checked' : ''}`} key={String(segment.value)}>
              <input
                type="radio"
                name={name}
                value={String(segment.value)}
                checked={checked}
                onChange={() => tap(segment.value, () => props.onChange(segment.value))}
              />
              <span class="segment-label">{segment.label}</span>
              {props.showHints && segment.hint && <span class="segment-hint">{segment.hint}</span>}
            </label>
          );
        })}
        {props.clear && (
          <button type="button" class="btn btn-quiet segment-clear" onClick={props.clear.onClear}>
            {props.clear.label}
          </button>
        )}
      </div>
    </fieldset>
  );
}
