import { type ReadinessAnswer, readinessScale, readinessText } from '../../../content/readiness';
import type { Text } from '../../../content/types';
import { fieldsUi } from '../../../content/ui-fields';
import { useLang } from '../../i18n';
import { MAX_OWN_TEXT } from '../../tool-kit/own-items/model';
import { OwnItemText, RemoveOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { AdviceNote } from '../../ui/AdviceNote';
import { memo } from '../../ui/memo';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { setAnswer, setStatementNote } from './actions';
import { entryShort, entryText } from './labels';
import { READINESS_TOOL, type ReadinessEntry } from './model';

/**
 * One statement: its temperature on the scale, what it means, the advice that fits, and a note.
 * Memoised on its own answer and note: a tap on another statement does not render this one.
 */
export const ReadinessItemCard = memo(function ReadinessItemCard(props: {
  caseId: string;
  number: number;
  entry: ReadinessEntry;
  entries: readonly ReadinessEntry[];
  roundId: string;
  answer: ReadinessAnswer | undefined;
  note: string;
  autoFocus: boolean;
  addButtonId: string;
}) {
  const { t } = useLang();
  const { entry, answer, note } = props;
  const text = entryText(t, entry, props.entries);
  const segments = readinessScale.map((step) => ({
    value: step.value as ReadinessAnswer,
    label: t(step.label as Text),
    hint: t(step.hint as Text),
  }));
  return (
    <div class={`card readiness-card${entry.kind === 'own' ? ' own-item' : ''}`}>
      {entry.kind === 'own' && (
        <OwnItemText
          caseId={props.caseId}
          tool={READINESS_TOOL}
          id={entry.id}
          label={t(readinessText.ownLabel)}
          value={entry.ownText}
          autoFocus={props.autoFocus}
        />
      )}
      <SegmentedControl<ReadinessAnswer>
        legend={`${props.number}. ${text}`}
        segments={segments}
        value={answer}
        showHints
        name={`readiness-${props.roundId}-${entry.id}`}
        onChange={(value) => void setAnswer(props.roundId, entry.id, value)}
      />
      <div class="readiness-card-more">
        {entry.kind === 'content' && (
          <details class="disclosure">
            <summary>{t(fieldsUi.whatDoesItMean)}</summary>
            <p>{t(entry.item.explanation)}</p>
            {'advice' in entry.item && entry.item.advice && <AdviceNote id={entry.item.advice} />}
          </details>
        )}
        <details class="disclosure" open={note !== '' || undefined}>
          <summary>{t(readinessText.note)}</summary>
          <TextField
            key={props.roundId}
            label={t(readinessText.noteFor)(entryShort(t, entry, props.entries))}
            hint={t(readinessText.noteHint)}
            value={note}
            multiline
            maxLength={MAX_OWN_TEXT * 4}
            save={(value) => setStatementNote(props.roundId, entry.id, value)}
          />
        </details>
        {entry.kind === 'own' && (
          <RemoveOwnItemButton
            caseId={props.caseId}
            tool={READINESS_TOOL}
            id={entry.id}
            sections={[]}
            label={t(readinessText.removeOwn)}
            itemName={text}
            removed={t(readinessText.ownRemoved)}
            undo={t(readinessText.undo)}
            focusAfterId={props.addButtonId}
          />
        )}
        {/* Always in the layout (hidden until there is an answer), so choosing one never moves anything. */}
        <button
          type="button"
          class={`btn btn-quiet answer-clear${answer === undefined ? ' answer-clear-idle' : ''}`}
          disabled={answer === undefined}
          aria-hidden={answer === undefined ? 'true' : undefined}
          tabIndex={answer === undefined ? -1 : undefined}
          onClick={() => void setAnswer(props.roundId, entry.id, undefined)}
        >
          {t(readinessText.clear)}
          <span class="visually-hidden"> – {entryShort(t, entry, props.entries)}</span>
        </button>
      </div>
    </div>
  );
});
