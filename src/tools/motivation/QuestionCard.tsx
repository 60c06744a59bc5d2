import type { MotivationQuestion } from '../../../content/motivation';
import { motivationText } from '../../../content/motivation';
import { useLang } from '../../i18n';
import { MAX_ANSWER_TEXT } from '../../tool-kit/own-items/model';
import { OwnItemText, RemoveOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { AdviceNote } from '../../ui/AdviceNote';
import { TextField } from '../../ui/TextField';
import { setMotivationAnswer } from './actions';
import { MOTIVATION_TOOL } from './model';

/** One of the three questions: the question as the field's label, its guidance, and advice beside it. */
export function QuestionCard(props: {
  number: number;
  question: MotivationQuestion;
  answer: string;
  save: (value: string) => Promise<unknown>;
}) {
  const { t } = useLang();
  const { question } = props;
  return (
    <div class={`card motivation-card${question.advice ? ' has-advice' : ''}`}>
      <div class="motivation-answer">
        <p class="motivation-number">{t(motivationText.questionNumber)(props.number)}</p>
        <TextField
          label={t(question.question)}
          hint={t(question.guidance)}
          value={props.answer}
          multiline
          maxLength={MAX_ANSWER_TEXT}
          save={props.save}
        />
      </div>
      {question.advice && <AdviceNote id={question.advice} />}
    </div>
  );
}

/** A question the workplace added: its wording, the answer, and a way to remove it. */
export function OwnQuestionCard(props: {
  caseId: string;
  id: string;
  number: number;
  text: string;
  answer: string;
  autoFocus: boolean;
  addButtonId: string;
}) {
  const { t } = useLang();
  const name = props.text.trim() || `${t(motivationText.ownUntitled)} ${props.number}`;
  return (
    <fieldset class="card motivation-card own-item">
      <legend class="own-item-legend">{`${t(motivationText.ownUntitled)} ${props.number}`}</legend>
      <OwnItemText
        caseId={props.caseId}
        tool={MOTIVATION_TOOL}
        id={props.id}
        label={t(motivationText.ownQuestionLabel)}
        value={props.text}
        autoFocus={props.autoFocus}
      />
      <TextField
        label={t(motivationText.answerLabel)}
        value={props.answer}
        multiline
        maxLength={MAX_ANSWER_TEXT}
        save={(value) => setMotivationAnswer(props.caseId, props.id, value)}
      />
      <RemoveOwnItemButton
        caseId={props.caseId}
        tool={MOTIVATION_TOOL}
        id={props.id}
        sections={['answers']}
        label={t(motivationText.remove)}
        itemName={name}
        removed={t(motivationText.removed)}
        undo={t(motivationText.undo)}
        focusAfterId={props.addButtonId}
      />
    </fieldset>
  );
}
