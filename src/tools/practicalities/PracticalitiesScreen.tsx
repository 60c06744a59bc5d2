/**
 * Practicalities: qualifications, hours, terms, supervision, sparring and the function description;
 * in a volunteer case the volunteer agreement, expenses, insurance and introduction instead of hours
 * and terms, and a description of the volunteer task.
 */

import { useMemo } from 'preact/hooks';
import {
  disclosureItems,
  PEER_EDUCATION_OPTIONS,
  type PeerEducation,
  type PracticalitiesSection,
  peerEducationLabels,
  practicalitiesSectionsFor,
  practicalitiesText,
  TERMS_OPTIONS,
  type Terms,
  termsLabels,
  voicePrompts,
} from '../../../content/practicalities';
import { sourceById } from '../../../content/sources';
import { useLang } from '../../i18n';
import { useCommittedCaseRounds } from '../../storage/rounds';
import { useToolOffer } from '../../tool-kit/offers';
import { PrivateFold } from '../../tool-kit/PrivateFold';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { setPracticality } from './actions';
import { FunctionDescription } from './FunctionDescription';
import { HoursNote } from './HoursNote';
import { isSectionFilled, PRACTICALITIES_TOOL, practicalitiesData, writtenAnswers } from './model';
import './practicalities.css';
import { AnswerField, PracticalField, type PracticalFieldProps, Section } from './Section';

export function PracticalitiesScreen({ caseRecord }: ToolScreenProps) {
  const { t, lang, kind } = useLang();
  const caseId = caseRecord.id;
  const state = useTool(caseId, practicalitiesData);
  // Only for the agreed Role Star: the saved rounds are enough, and a keystroke here (a write of this
  // tool's document) neither reads them again nor renders the screen for them.
  const rounds = useCommittedCaseRounds(caseId);
  const agreedStar = useToolOffer('agreedStar');
  const star = useMemo(
    () =>
      rounds === undefined || agreedStar === undefined
        ? undefined
        : agreedStar
          ? agreedStar({ case: caseRecord, rounds }, lang)
          : null,
    [rounds, agreedStar, caseRecord, lang],
  );
  const startup = sourceById(practicalitiesText.startupSource);
  const intro = (
    <>
      <p class="lead">{t(practicalitiesText.intro)}</p>
      {/* Where to get help to start (issue 22, item 3): Peer-Netværket's start-up page, which links to the opstartspakke. */}
      <p class="practical-startup">
        {t(practicalitiesText.startupHelp)}{' '}
        <span class="practical-fact-source">
          <a href={startup.url} target="_blank" rel="noopener noreferrer">
            {t(practicalitiesText.factSources)(startup.short, 1)}
          </a>
        </span>
      </p>
    </>
  );
  if (state === undefined) {
    return <ToolPage tool={PRACTICALITIES_TOOL} caseRecord={caseRecord} intro={intro} loading />;
  }
  const choose = (field: 'peerEducation' | 'terms') => ({
    onChange: (value: string) => void setPracticality(caseId, field, value),
    clear: state[field]
      ? {
          label: t(practicalitiesText.clear),
          onClear: () => void setPracticality(caseId, field, undefined),
        }
      : undefined,
  });
  const field = (key: PracticalFieldProps['field'], label: string, hint?: string, multiline = false) => (
    <PracticalField
      caseId={caseId}
      field={key}
      value={state[key]}
      label={label}
      hint={hint}
      multiline={multiline}
    />
  );
  const filled = (section: PracticalitiesSection) => isSectionFilled(state, section);
  const sections = new Set(practicalitiesSectionsFor(kind));
  const has = (section: PracticalitiesSection) => sections.has(section);
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
        {has('agreement') && (
          <Section section="agreement" filled={filled('agreement')}>
            {field(
              'agreementTasks',
              t(practicalitiesText.agreementTasks),
              t(practicalitiesText.agreementTasksHint),
              true,
            )}
            {field(
              'agreementTime',
              t(practicalitiesText.agreementTime),
              t(practicalitiesText.agreementTimeHint),
            )}
            {field(
              'agreementContact',
              t(practicalitiesText.agreementContact),
              t(practicalitiesText.agreementContactHint),
            )}
            {field(
              'agreementConfidentiality',
              t(practicalitiesText.agreementConfidentiality),
              t(practicalitiesText.agreementConfidentialityHint),
              true,
            )}
            {field(
              'agreementStop',
              t(practicalitiesText.agreementStop),
              t(practicalitiesText.agreementStopHint),
              true,
            )}
          </Section>
        )}
        {has('expenses') && (
          <Section section="expenses" filled={filled('expenses')}>
            {field('expenses', t(practicalitiesText.expenses), t(practicalitiesText.expensesHint), true)}
          </Section>
        )}
        {has('insurance') && (
          <Section section="insurance" filled={filled('insurance')}>
            {field('insurance', t(practicalitiesText.insurance), t(practicalitiesText.insuranceHint), true)}
          </Section>
        )}
        {has('introduction') && (
          <Section section="introduction" filled={filled('introduction')}>
            {field(
              'introduction',
              t(practicalitiesText.introduction),
              t(practicalitiesText.introductionHint),
              true,
            )}
            {field('training', t(practicalitiesText.training), t(practicalitiesText.trainingHint), true)}
            {field(
              'wellbeingPlan',
              t(practicalitiesText.wellbeingPlan),
              t(practicalitiesText.wellbeingPlanHint),
              true,
            )}
          </Section>
        )}
        {has('hours') && (
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
        )}
        {has('terms') && (
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
        )}
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
