/** Practicalities: qualifications, hours, terms, supervision, sparring and the function description. */
import {
  disclosureItems,
  PEER_EDUCATION_OPTIONS,
  type PeerEducation,
  peerEducationLabels,
  practicalitiesText,
  TERMS_OPTIONS,
  type Terms,
  termsLabels,
  voicePrompts,
} from '../../../content/practicalities';
import { ui } from '../../../content/ui';
import { useLang } from '../../i18n';
import { useCaseSnapshot } from '../../storage/cases';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { PrivateFold } from '../PrivateFold';
import { latestAgreedStar } from '../role-star/agreed';
import { ToolPage } from '../tool-page/ToolPage';
import type { ToolScreenProps } from '../types';
import { useToolState } from '../use-tool-state';
import { setPracticality } from './actions';
import { FunctionDescription } from './FunctionDescription';
import { HoursNote } from './HoursNote';
import { isSectionFilled, normalisePracticalities, PRACTICALITIES_TOOL, writtenAnswers } from './model';
import './practicalities.css';
import { AnswerField, PracticalField, Section } from './Section';

export function PracticalitiesScreen({ caseRecord }: ToolScreenProps) {
  const { t, lang } = useLang();
  const caseId = caseRecord.id;
  const state = useToolState(caseId, PRACTICALITIES_TOOL, normalisePracticalities);
  const snapshot = useCaseSnapshot(caseId);
  const intro = <p class="lead">{t(practicalitiesText.intro)}</p>;
  if (state === undefined) {
    return (
      <ToolPage tool={PRACTICALITIES_TOOL} caseRecord={caseRecord} intro={intro}>
        <p class="muted">{t(ui.common.loading)}</p>
      </ToolPage>
    );
  }
  const star = snapshot === undefined ? undefined : snapshot && latestAgreedStar(snapshot, lang);
  const choose = (field: 'peerEducation' | 'terms') => ({
    onChange: (value: string) => void setPracticality(caseId, field, value),
    clear: state[field]
      ? {
          label: t(practicalitiesText.clear),
          onClear: () => void setPracticality(caseId, field, undefined),
        }
      : undefined,
  });
  const field = (
    key: Parameters<typeof PracticalField>[0]['field'],
    label: string,
    hint?: string,
    multiline = false,
  ) => (
    <PracticalField
      caseId={caseId}
      field={key}
      value={state[key]}
      label={label}
      hint={hint}
      multiline={multiline}
    />
  );
  const filled = (section: Parameters<typeof isSectionFilled>[1]) => isSectionFilled(state, section);
  return (
    <ToolPage tool={PRACTICALITIES_TOOL} caseRecord={caseRecord} intro={intro}>
      <div class="practical-sections">
        <Section section="qualifications" filled={filled('qualifications')}>
          <SegmentedControl<PeerEducation>
            legend={t(practicalitiesText.peerEducation)}
            segments={PEER_EDUCATION_OPTIONS.map((value) => ({
              value,
              label: t(peerEducationLabels[value]),
            }))}
            value={state.peerEducation}
            {...choose('peerEducation')}
          />
          {state.peerEducation !== 'no' &&
            field(
              'peerEducationWhich',
              t(practicalitiesText.peerEducationWhich),
              t(practicalitiesText.peerEducationWhichHint),
            )}
          {field('otherBackground', t(practicalitiesText.otherBackground), undefined, true)}
        </Section>
        <Section section="hours" filled={filled('hours')}>
          <PracticalField
            caseId={caseId}
            field="hours"
            value={state.hours}
            label={t(practicalitiesText.hours)}
            hint={t(practicalitiesText.hoursHint)}
            inputMode="numeric"
          />
          <HoursNote hours={state.hours} />
        </Section>
        <Section section="terms" filled={filled('terms')}>
          <SegmentedControl<Terms>
            legend={t(practicalitiesText.terms)}
            segments={TERMS_OPTIONS.map((value) => ({ value, label: t(termsLabels[value]) }))}
            value={state.terms}
            {...choose('terms')}
          />
          {field('termsNote', t(practicalitiesText.termsNote), t(practicalitiesText.termsNoteHint), true)}
          {field(
            'wellbeingPlan',
            t(practicalitiesText.wellbeingPlan),
            t(practicalitiesText.wellbeingPlanHint),
            true,
          )}
        </Section>
        <Section section="supervision" filled={filled('supervision')}>
          {field('supervisionWho', t(practicalitiesText.supervisionWho))}
          {field(
            'supervisionHowOften',
            t(practicalitiesText.supervisionHowOften),
            t(practicalitiesText.supervisionHowOftenHint),
          )}
        </Section>
        <Section section="sparring" filled={filled('sparring')}>
          {field('sparring', t(practicalitiesText.sparring), undefined, true)}
        </Section>
        <Section section="peerVoice" filled={filled('peerVoice')}>
          <PrivateFold
            part="practicalities.voice"
            caseRecord={caseRecord}
            written={writtenAnswers(state.voice)}
          >
            {voicePrompts.map((item) => (
              <AnswerField
                key={item.id}
                caseId={caseId}
                record="voice"
                id={item.id}
                value={state.voice[item.id] ?? ''}
                label={t(item.prompt)}
                hint={t(item.hint)}
              />
            ))}
          </PrivateFold>
        </Section>
        <Section section="disclosure" filled={filled('disclosure')}>
          <PrivateFold
            part="practicalities.disclosure"
            caseRecord={caseRecord}
            written={writtenAnswers(state.disclosure)}
          >
            {disclosureItems.map((item) => (
              <AnswerField
                key={item.id}
                caseId={caseId}
                record="disclosure"
                id={item.id}
                value={state.disclosure[item.id] ?? ''}
                label={t(item.prompt)}
                hint={t(item.hint)}
              />
            ))}
          </PrivateFold>
        </Section>
        <Section section="functionDescription" filled={filled('functionDescription')}>
          <FunctionDescription caseRecord={caseRecord} value={state.functionDescription} star={star} />
        </Section>
      </div>
    </ToolPage>
  );
}
