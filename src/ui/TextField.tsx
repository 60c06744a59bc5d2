import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ui } from '../../content/ui';
import { fieldsUi } from '../../content/ui-fields';
import { useLang } from '../i18n';
import { COUNTER_FROM, capText, DATE_MAX, DATE_MIN, isDateOrEmpty, TEXT_MAX } from '../storage/limits';
import { readersAfterPaint } from '../storage/optimistic';
import { registerFlusher } from '../storage/writes';
import { memo } from './memo';
import './text-field.css';

export interface TextFieldProps {
  label: string;
  /** Read by screen readers after the label, to tell apart fields that look alike (e.g. "Note"). */
  labelDetail?: string;
  /** The stored value; `undefined` while it loads. */
  value: string | undefined;
  /** Saves a new value; resolves when committed, rejects when the write failed. */
  save: (value: string) => Promise<unknown>;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number' | 'search';
  /** The longest text the field holds (never more than TEXT_MAX, src/storage/limits.ts). */
  maxLength?: number;
  autoFocus?: boolean;
  name?: string;
  inputMode?: 'numeric' | 'text';
  /** The id of a <datalist> with suggestions. */
  list?: string;
}

/**
 * A text field that saves on every keystroke (no save button, no debounce: a crash right after
 * typing loses nothing). What the user typed stays on screen until it is committed, also when a
 * write fails; a later keystroke or "try again" saves it. When another tab changes the same text
 * while this one is being edited, the field says so instead of silently replacing either version.
 * Every text field has a limit (src/storage/limits.ts) and shows a counter near it; a date field only
 * saves a valid date within the limits' range, and says so when what is typed is not one.
 * Memoised: a screen that renders again (a keystroke in its other fields) renders a field only when
 * one of its props changed; a caller that wants that passes a `save` that stays the same.
 */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const { t } = useLang();
  const id = useId();
  const [draft, setDraft] = useState(props.value ?? '');
  const [conflict, setConflict] = useState<string | null>(null);
  const dirty = useRef(false);
  // Values this field has written: their echo from the live query is not another tab's edit.
  const sent = useRef(new Set<string>());
  const focused = useRef(false);
  const draftRef = useRef(draft);
  const saveRef = useRef(props.save);
  saveRef.current = props.save;
  const isDate = props.type === 'date';
  const max = isDate ? undefined : Math.min(props.maxLength ?? TEXT_MAX, TEXT_MAX);
  const [badDate, setBadDate] = useState(false);

  const persist = (value: string) => {
    dirty.current = true;
    sent.current.add(value);
    // The field shows `value` from its draft; the rest of the screen hears of it after this paint.
    readersAfterPaint(() => saveRef.current(value)).then(
      () => {
        if (draftRef.current === value) dirty.current = false;
      },
      () => undefined, // the save banner explains; the draft stays dirty and is retried
    );
  };

  useEffect(
    () =>
      registerFlusher(async () => {
        if (dirty.current) await saveRef.current(draftRef.current).catch(() => undefined);
      }),
    [],
  );

  useEffect(() => {
    const stored = props.value ?? '';
    if (stored === draftRef.current) {
      sent.current.clear();
      setConflict(null);
      return;
    }
    if (sent.current.has(stored)) return;
    if (!focused.current && !dirty.current) {
      draftRef.current = stored;
      setDraft(stored);
    } else if (!dirty.current || focused.current) {
      setConflict(stored);
    }
  }, [props.value]);

  const onInput = (event: Event) => {
    const typed = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    // The browser's maxLength stops typing and pasting at the limit; this also covers what it does
    // not (e.g. text set by a script). A text stored longer before the limits existed is never cut
    // by an edit that shortens it.
    const grew = typed.length > draftRef.current.length;
    const value = max === undefined || !grew ? typed : capText(typed, max);
    draftRef.current = value;
    setDraft(value);
    setConflict(null);
    if (isDate && !isDateOrEmpty(value)) {
      // Typing a year digit by digit passes through "0002-…"; only a valid date is ever stored.
      dirty.current = false;
      setBadDate(true);
      return;
    }
    setBadDate(false);
    persist(value);
  };

  const counterFrom = max === undefined ? Number.POSITIVE_INFINITY : Math.ceil(max * COUNTER_FROM);
  const showCounter = max !== undefined && draft.length >= counterFrom;
  const full = max !== undefined && draft.length >= max;

  const hintId = props.hint ? `${id}-hint` : undefined;
  const counterId = showCounter ? `${id}-counter` : undefined;
  const dateId = badDate ? `${id}-date` : undefined;
  const describedBy = [hintId, counterId, dateId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    class: 'field-input',
    // Right-to-left text (Arabic, Hebrew) is laid out by its own direction.
    dir: 'auto' as const,
    value: draft,
    onInput,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    maxLength: max,
    // The browser must not remember what was typed and offer it in another case (a shared
    // workshop tablet would show the next pair an earlier pair's names).
    autoComplete: 'off',
    autoFocus: props.autoFocus,
    'aria-describedby': describedBy,
    'aria-invalid': badDate || undefined,
  };
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {props.label}
        {props.labelDetail && <span class="visually-hidden"> – {props.labelDetail}</span>}
      </label>
      {props.hint && (
        <span class="field-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        // Preact types `type` as a discriminated union; each of our values is a valid input type.
        <input
          {...common}
          type={(props.type ?? 'text') as 'text'}
          inputMode={props.inputMode}
          list={props.list}
          min={isDate ? DATE_MIN : undefined}
          max={isDate ? DATE_MAX : undefined}
        />
      )}
      {showCounter && max !== undefined && (
        <p class={full ? 'field-counter field-counter-full' : 'field-counter'} id={counterId}>
          {t(ui.fieldLimits.counter)(draft.length, max)}
        </p>
      )}
      {/* Announced once, when the field fills up (the counter itself would speak on every key). */}
      {max !== undefined && (
        <p class="visually-hidden" role="status">
          {full ? t(ui.fieldLimits.reached)(max) : ''}
        </p>
      )}
      {badDate && (
        <p class="field-error" id={dateId} role="alert">
          {t(ui.fieldLimits.dateRange)(DATE_MIN.slice(0, 4), DATE_MAX.slice(0, 4))}
        </p>
      )}
      {/* Inputs clip long text on paper; print shows this copy instead (print.css). */}
      <p class="field-print" aria-hidden="true" dir="auto">
        {draft}
      </p>
      {conflict !== null && (
        <div class="field-note" role="status">
          <p>{t(fieldsUi.changedElsewhere)}</p>
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              draftRef.current = conflict;
              dirty.current = false;
              setDraft(conflict);
              setConflict(null);
            }}
          >
            {t(fieldsUi.useOtherVersion)}
          </button>
        </div>
      )}
    </div>
  );
});
