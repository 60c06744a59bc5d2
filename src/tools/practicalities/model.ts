/**
 * The Practicalities tool's state: qualifications, hours, terms, supervision, peer sparring, the
 * function description, the peer worker's own thoughts and the agreement on openness. Stored as
 * toolDoc 'practicalities', one flat field each:
 * `{ peerEducation, peerEducationWhich, otherBackground, hours, terms, termsNote, supervisionWho,
 * supervisionHowOften, sparring, functionDescription, wellbeingPlan }`, plus two records written one
 * answer at a time by key path: `voice: { [voicePromptId]: text }`, `disclosure: { [itemId]: text }`.
 * A volunteer case (issue 22) has no hours or terms but a volunteer agreement (`agreementTasks`,
 * `agreementTime`, `agreementContact`, `agreementConfidentiality`, `agreementStop`), `expenses`,
 * `insurance`, and `introduction` and `training`; progress counts only the sections of the case's kind.
 */

import {
  disclosureItems,
  PEER_EDUCATION_OPTIONS,
  type PeerEducation,
  type PracticalitiesSection,
  practicalitiesSectionsFor,
  TERMS_OPTIONS,
  type Terms,
  voicePrompts,
} from '../../../content/practicalities';
import type { CaseKind } from '../../../content/types';
import { ownValue } from '../../storage/limits';
import { cleanString, isRecord } from '../../tool-kit/normalise';

import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const PRACTICALITIES_TOOL = 'practicalities';
export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 4000;
export const MAX_DESCRIPTION_TEXT = 20_000;
export const MAX_HOURS_TEXT = 8;
/** The recommended weekly hours (Peer-støtte i Region Hovedstaden). */
export const RECOMMENDED_HOURS = { min: 12, max: 37 } as const;

export interface PracticalitiesState {
  peerEducation: PeerEducation | null;
  peerEducationWhich: string;
  otherBackground: string;
  /** As typed (a number as text), so typing "2" on the way to "25" is never rewritten. */
  hours: string;
  terms: Terms | null;
  termsNote: string;
  supervisionWho: string;
  supervisionHowOften: string;
  sparring: string;
  functionDescription: string;
  wellbeingPlan: string;
  /** A volunteer case's agreement: the tasks, the time, who supports, confidentiality, pause and stop. */
  agreementTasks: string;
  agreementTime: string;
  agreementContact: string;
  agreementConfidentiality: string;
  agreementStop: string;
  /** A volunteer case: how the association covers expenses, and how the volunteer is insured. */
  expenses: string;
  insurance: string;
  /** A volunteer case: the introduction, and training and courses. */
  introduction: string;
  training: string;
  /** The peer worker's answers to the prompts, by prompt id. */
  voice: Readonly<Record<string, string>>;
  /** The agreement on openness, by item id. */
  disclosure: Readonly<Record<string, string>>;
}

/**
 * Whose each field is (issue 18). Settled together, except the peer worker's own thoughts and the
 * agreement on what colleagues and citizens may know of their lived experience: those are theirs.
 * A volunteer's agreement, expenses, insurance and introduction are settled with the coordinator,
 * together; the volunteer peer's own thoughts and openness agreement stay the peer's.
 */
export const practicalitiesOwners: OwnerTable<PracticalitiesState> = {
  peerEducation: 'both',
  peerEducationWhich: 'both',
  otherBackground: 'both',
  hours: 'both',
  terms: 'both',
  termsNote: 'both',
  supervisionWho: 'both',
  supervisionHowOften: 'both',
  sparring: 'both',
  functionDescription: 'both',
  wellbeingPlan: 'both',
  agreementTasks: 'both',
  agreementTime: 'both',
  agreementContact: 'both',
  agreementConfidentiality: 'both',
  agreementStop: 'both',
  expenses: 'both',
  insurance: 'both',
  introduction: 'both',
  training: 'both',
  voice: 'peer',
  disclosure: 'peer',
};

/** How many answers of a record hold text: what a folded part shows instead of the words. */
export function writtenAnswers(record: Readonly<Record<string, string>>): number {
  return Object.values(record).filter((text) => text.trim() !== '').length;
}

/** The private part each of the peer worker's records is. */
export const PRACTICALITIES_PRIVATE = {
  voice: 'practicalities.voice',
  disclosure: 'practicalities.disclosure',
} as const;

/** The two records of answers, each written by key path `[record, id]`. */
export type AnswerRecord = 'voice' | 'disclosure';

export type TextFieldKey = {
  [K in keyof PracticalitiesState]: PracticalitiesState[K] extends string ? K : never;
}[keyof PracticalitiesState];

/** The longest answer to a prompt or an openness point. */
export const MAX_ANSWER_TEXT = MAX_LONG_TEXT;

const textLimits: Readonly<Record<TextFieldKey, number>> = {
  peerEducationWhich: MAX_SHORT_TEXT,
  otherBackground: MAX_LONG_TEXT,
  hours: MAX_HOURS_TEXT,
  termsNote: MAX_LONG_TEXT,
  supervisionWho: MAX_SHORT_TEXT,
  supervisionHowOften: MAX_SHORT_TEXT,
  sparring: MAX_LONG_TEXT,
  functionDescription: MAX_DESCRIPTION_TEXT,
  wellbeingPlan: MAX_LONG_TEXT,
  agreementTasks: MAX_LONG_TEXT,
  agreementTime: MAX_SHORT_TEXT,
  agreementContact: MAX_SHORT_TEXT,
  agreementConfidentiality: MAX_LONG_TEXT,
  agreementStop: MAX_LONG_TEXT,
  expenses: MAX_LONG_TEXT,
  insurance: MAX_LONG_TEXT,
  introduction: MAX_LONG_TEXT,
  training: MAX_LONG_TEXT,
};

/** The longest text a field keeps. */
export function textLimit(key: TextFieldKey): number {
  return textLimits[key];
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Turns any stored value into a valid state: unknown options become unset, texts are capped. Only
 * the record's own fields are read (a file's data never reaches Object.prototype's members).
 */
export function normalisePracticalities(data: unknown): PracticalitiesState {
  const record = isRecord(data) ? data : {};
  const text = (key: TextFieldKey) => cleanString(ownValue(record, key), textLimits[key]);
  return {
    peerEducation: oneOf(PEER_EDUCATION_OPTIONS, ownValue(record, 'peerEducation')),
    peerEducationWhich: text('peerEducationWhich'),
    otherBackground: text('otherBackground'),
    hours: text('hours'),
    terms: oneOf(TERMS_OPTIONS, ownValue(record, 'terms')),
    termsNote: text('termsNote'),
    supervisionWho: text('supervisionWho'),
    supervisionHowOften: text('supervisionHowOften'),
    sparring: text('sparring'),
    functionDescription: text('functionDescription'),
    wellbeingPlan: text('wellbeingPlan'),
    agreementTasks: text('agreementTasks'),
    agreementTime: text('agreementTime'),
    agreementContact: text('agreementContact'),
    agreementConfidentiality: text('agreementConfidentiality'),
    agreementStop: text('agreementStop'),
    expenses: text('expenses'),
    insurance: text('insurance'),
    introduction: text('introduction'),
    training: text('training'),
    voice: answers(record.voice, voicePrompts),
    disclosure: answers(record.disclosure, disclosureItems),
  };
}

/** The answers of a record by known id, capped; anything else is dropped. */
function answers(value: unknown, items: readonly { id: string }[]): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isRecord(value)) return result;
  for (const item of items) {
    const answer = value[item.id];
    if (typeof answer === 'string') result[item.id] = cleanString(answer, MAX_ANSWER_TEXT);
  }
  return result;
}

const filled = (text: string) => text.trim() !== '';

/** Whether a section has anything in it. */
export function isSectionFilled(state: PracticalitiesState, section: PracticalitiesSection): boolean {
  switch (section) {
    case 'qualifications':
      return (
        state.peerEducation !== null || filled(state.peerEducationWhich) || filled(state.otherBackground)
      );
    case 'hours':
      return filled(state.hours);
    case 'terms':
      return state.terms !== null || filled(state.termsNote) || filled(state.wellbeingPlan);
    case 'supervision':
      return filled(state.supervisionWho) || filled(state.supervisionHowOften);
    case 'sparring':
      return filled(state.sparring);
    case 'functionDescription':
      return filled(state.functionDescription);
    case 'peerVoice':
      return Object.values(state.voice).some(filled);
    case 'disclosure':
      return Object.values(state.disclosure).some(filled);
    case 'agreement':
      return [
        state.agreementTasks,
        state.agreementTime,
        state.agreementContact,
        state.agreementConfidentiality,
        state.agreementStop,
      ].some(filled);
    case 'expenses':
      return filled(state.expenses);
    case 'insurance':
      return filled(state.insurance);
    case 'introduction':
      // A volunteer's wellbeing plan is offered with the introduction (an employee's with the terms).
      return filled(state.introduction) || filled(state.training) || filled(state.wellbeingPlan);
  }
}

/** Filled sections out of the sections a case of `kind` has (an employment's 8, a volunteer's 10). */
export function practicalitiesProgress(
  state: PracticalitiesState,
  kind: CaseKind = 'employment',
): { answered: number; total: number } {
  const sections = practicalitiesSectionsFor(kind);
  return {
    answered: sections.filter((section) => isSectionFilled(state, section)).length,
    total: sections.length,
  };
}

/**
 * Reads the typed weekly hours: a number (comma or point as decimal mark) or `null` when empty or
 * not a number; `outside` is true when it lies outside the recommended 12–37.
 */
export function parseHours(text: string): { hours: number | null; valid: boolean; outside: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { hours: null, valid: true, outside: false };
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return { hours: null, valid: false, outside: false };
  const hours = Number(trimmed.replace(',', '.'));
  return { hours, valid: true, outside: hours < RECOMMENDED_HOURS.min || hours > RECOMMENDED_HOURS.max };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const practicalitiesData = {
  id: PRACTICALITIES_TOOL,
  normalise: normalisePracticalities,
} satisfies ToolData<unknown>;
