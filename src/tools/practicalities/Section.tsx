/** A card of the Practicalities screen: title, what the sources say, the fields, and advice. */
import type { ComponentChildren } from 'preact';
import {
  type PracticalitiesSection,
  practicalitiesSections,
  practicalitiesText,
} from '../../../content/practicalities';
import { sourceById } from '../../../content/sources';
import { forKind } from '../../../content/types';
import { useLang } from '../../i18n';
import { AdviceNote } from '../../ui/AdviceNote';
import { memo } from '../../ui/memo';
import { TextField } from '../../ui/TextField';
import { setPracticality, setPracticalityAnswer } from './actions';
import { type AnswerRecord, MAX_ANSWER_TEXT, type TextFieldKey, textLimit } from './model';

export function Section(props: {
  section: PracticalitiesSection;
  filled: boolean;
  children: ComponentChildren;
}) {
  const { t, kind } = useLang();
  const text = practicalitiesSections[props.section];
  const facts = forKind(text.facts ?? [], kind);
  const headingId = `practicalities-${props.section}`;
  return (
    <section
      class={`card practical-section${props.filled ? ' practical-filled' : ''}`}
      aria-labelledby={headingId}
      data-section={props.section}
    >
      <h2 id={headingId}>{t(text.title)}</h2>
      <p class="practical-intro">{t(text.intro)}</p>
      {facts.length > 0 && (
        <ul class="practical-facts">
          {facts.map((fact) => (
            <li key={fact.text.da}>
              {t(fact.text)}{' '}
              <span class="practical-fact-source">
                {fact.sources.length > 0 ? (
                  <a href="/sources">
                    {t(practicalitiesText.factSources)(
                      fact.sources.map((id) => sourceById(id).short).join('; '),
                      fact.sources.length,
                    )}
                  </a>
                ) : (
                  `(${t(practicalitiesText.ownWording)})`
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.children}
      {text.advice && <AdviceNote id={text.advice} />}
    </section>
  );
}

/**
 * A text field bound to one field of the tool's document, saved as it is typed. Memoised (its
 * props are plain values): a keystroke renders the field typed in, not every field of the screen
 * (issue 20).
 */
export interface PracticalFieldProps {
  caseId: string;
  field: TextFieldKey;
  value: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  inputMode?: 'numeric';
}

export const PracticalField = memo(function PracticalField(props: PracticalFieldProps) {
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      value={props.value}
      multiline={props.multiline}
      inputMode={props.inputMode}
      name={props.field}
      maxLength={textLimit(props.field)}
      save={(value) => setPracticality(props.caseId, props.field, value)}
    />
  );
});

/** The answer to one prompt of a record (the peer worker's thoughts, the openness agreement), saved by key path. */
export const AnswerField = memo(function AnswerField(props: {
  caseId: string;
  record: AnswerRecord;
  id: string;
  value: string;
  label: string;
  hint: string;
}) {
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      value={props.value}
      multiline
      name={`${props.record}-${props.id}`}
      maxLength={MAX_ANSWER_TEXT}
      save={(value) => setPracticalityAnswer(props.caseId, props.record, props.id, value)}
    />
  );
});
