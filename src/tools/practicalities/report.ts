/** The Practicalities tool's section of the PDF and print report. */
import {
  disclosureItems,
  peerEducationLabels,
  practicalitiesSections,
  practicalitiesText,
  termsLabels,
  voicePrompts,
} from '../../../content/practicalities';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import { NOTHING_SHARED, type SharedParts } from '../../tool-kit/ownership';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import {
  normalisePracticalities,
  PRACTICALITIES_PRIVATE,
  PRACTICALITIES_TOOL,
  practicalitiesOwners,
  practicalitiesProgress,
} from './model';

/** Splits free text into paragraphs and bulleted lists ("- " lines), as the draft writes them. */
export function textBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length > 0) blocks.push({ kind: 'list', items: bullets });
    bullets = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const bullet = /^[-•*]\s+(.*)$/.exec(trimmed);
    if (bullet?.[1]) {
      bullets.push(bullet[1]);
      continue;
    }
    flush();
    if (trimmed) blocks.push({ kind: 'paragraph', text: trimmed });
  }
  flush();
  return blocks;
}

/**
 * Every answer under its section's heading, then the function description; `null` when nothing is
 * filled. A volunteer case has the volunteer agreement, expenses, insurance and introduction instead
 * of hours and terms, in the volunteer wording.
 */
export function practicalitiesReport(
  snapshot: CaseSnapshot,
  lang: Lang,
  shared: SharedParts = NOTHING_SHARED,
  onlyShared = false,
): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === PRACTICALITIES_TOOL);
  const state = normalisePracticalities(doc?.data);
  if (practicalitiesProgress(state, kind).answered === 0) return null;
  const text = practicalitiesText;
  const answer = (question: string, value: string): ReportBlock => ({
    kind: 'answer',
    question,
    answer: value.trim() || t(text.notAnswered),
  });
  const sections = practicalitiesSections;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: t(sections.qualifications.title) },
    answer(t(text.peerEducation), state.peerEducation ? t(peerEducationLabels[state.peerEducation]) : ''),
    // Text typed before "no" was chosen is still the user's: show it rather than drop it silently.
    ...(state.peerEducation === 'no' && !state.peerEducationWhich.trim()
      ? []
      : [answer(t(text.peerEducationWhich), state.peerEducationWhich)]),
    answer(t(text.otherBackground), state.otherBackground),
  ];
  const wellbeingPlan = state.wellbeingPlan.trim()
    ? [answer(t(text.wellbeingPlan), state.wellbeingPlan)]
    : [];
  if (kind === 'volunteer') {
    blocks.push(
      { kind: 'heading', text: t(sections.agreement.title) },
      answer(t(text.agreementTasks), state.agreementTasks),
      answer(t(text.agreementTime), state.agreementTime),
      answer(t(text.agreementContact), state.agreementContact),
      answer(t(text.agreementConfidentiality), state.agreementConfidentiality),
      answer(t(text.agreementStop), state.agreementStop),
      { kind: 'heading', text: t(sections.expenses.title) },
      answer(t(text.expenses), state.expenses),
      { kind: 'heading', text: t(sections.insurance.title) },
      answer(t(text.insurance), state.insurance),
      { kind: 'heading', text: t(sections.introduction.title) },
      answer(t(text.introduction), state.introduction),
      answer(t(text.training), state.training),
      ...wellbeingPlan,
    );
  } else {
    blocks.push(
      { kind: 'heading', text: t(sections.hours.title) },
      answer(t(text.hours), state.hours),
      { kind: 'heading', text: t(sections.terms.title) },
      answer(t(text.terms), state.terms ? t(termsLabels[state.terms]) : ''),
      answer(t(text.termsNote), state.termsNote),
      ...wellbeingPlan,
    );
  }
  blocks.push(
    { kind: 'heading', text: t(sections.supervision.title) },
    answer(t(text.supervisionWho), state.supervisionWho),
    answer(t(text.supervisionHowOften), state.supervisionHowOften),
    { kind: 'heading', text: t(sections.sparring.title) },
    answer(t(text.sparring), state.sparring),
  );
  // The peer worker's thoughts and the openness agreement are theirs (practicalitiesOwners): in a
  // file only with their consent for it. Then only what was written, so nothing is implied.
  const ownFrom = blocks.length;
  for (const [section, items, record] of [
    ['peerVoice', voicePrompts, 'voice'],
    ['disclosure', disclosureItems, 'disclosure'],
  ] as const) {
    if (practicalitiesOwners[record] === 'peer' && !shared.has(PRACTICALITIES_PRIVATE[record])) continue;
    const answers = state[record];
    const written = items.filter((item) => (answers[item.id] ?? '').trim() !== '');
    if (written.length === 0) continue;
    blocks.push({ kind: 'heading', text: t(sections[section].title) });
    for (const item of written) blocks.push(answer(t(item.prompt), answers[item.id] ?? ''));
  }
  if (onlyShared) {
    const own = blocks.slice(ownFrom);
    return own.length === 0
      ? null
      : { tool: PRACTICALITIES_TOOL, title: t(toolMeta(PRACTICALITIES_TOOL).title), blocks: own };
  }
  blocks.push({ kind: 'heading', text: t(sections.functionDescription.title) });
  const description = textBlocks(state.functionDescription);
  blocks.push(
    ...(description.length > 0 ? description : [{ kind: 'paragraph' as const, text: t(text.notAnswered) }]),
  );
  return { tool: PRACTICALITIES_TOOL, title: t(toolMeta(PRACTICALITIES_TOOL).title), blocks };
}
