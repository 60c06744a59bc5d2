import './motivation.css';
import { useState } from 'preact/hooks';
import { motivationText } from '../../../content/motivation';
import { useLang } from '../../i18n';
import { MAX_OWN_TEXT } from '../../tool-kit/own-items/model';
import { AddOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { TextField } from '../../ui/TextField';
import { setMotivationAnswer, setMotivationSummary } from './actions';
import { MOTIVATION_TOOL, motivationData, motivationItems } from './model';
import { OwnQuestionCard, QuestionCard } from './QuestionCard';

const ADD_ID = 'motivation-add-own';

/** The Motivation screen: the three questions, the workplace's own, and the one-sentence summary. */
export function MotivationScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const state = useTool(caseRecord.id, motivationData);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const intro = <p class="lead">{t(motivationText.intro)}</p>;
  if (state === undefined) {
    return <ToolPage tool={MOTIVATION_TOOL} caseRecord={caseRecord} intro={intro} loading />;
  }
  const items = motivationItems(state, kind);
  const content = items.flatMap((item) => (item.kind === 'content' ? [item] : []));
  const own = items.flatMap((item) => (item.kind === 'own' ? [item] : []));
  return (
    <ToolPage tool={MOTIVATION_TOOL} caseRecord={caseRecord} intro={intro}>
      <ol class="motivation-list">
        {content.map((item, index) => (
          <li key={item.id}>
            <QuestionCard
              number={index + 1}
              question={item.question}
              answer={state.answers[item.id] ?? ''}
              save={(value) => setMotivationAnswer(caseRecord.id, item.id, value)}
            />
          </li>
        ))}
      </ol>
      <section class="motivation-own" aria-labelledby="motivation-own-heading">
        <h2 id="motivation-own-heading">{t(motivationText.ownHeading)}</h2>
        <p class="muted">{t(motivationText.ownIntro)}</p>
        {own.length > 0 && (
          <ol class="motivation-list">
            {own.map((item, index) => (
              <li key={item.id}>
                <OwnQuestionCard
                  caseId={caseRecord.id}
                  id={item.id}
                  number={index + 1}
                  text={item.ownText}
                  answer={state.answers[item.id] ?? ''}
                  autoFocus={justAdded === item.id}
                  addButtonId={ADD_ID}
                />
              </li>
            ))}
          </ol>
        )}
        <AddOwnItemButton
          caseId={caseRecord.id}
          tool={MOTIVATION_TOOL}
          id={ADD_ID}
          label={t(motivationText.addOwn)}
          onAdded={setJustAdded}
        />
      </section>
      <section class="card motivation-summary" aria-labelledby="motivation-summary-heading">
        <h2 id="motivation-summary-heading">{t(motivationText.summaryHeading)}</h2>
        <TextField
          label={t(motivationText.summaryLabel)}
          hint={t(motivationText.summaryHint)}
          value={state.summary}
          maxLength={MAX_OWN_TEXT * 2}
          save={(value) => setMotivationSummary(caseRecord.id, value)}
        />
      </section>
    </ToolPage>
  );
}
