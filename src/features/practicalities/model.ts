/**
 * The Practicalities tool's state: qualifications, hours, terms, supervision, peer sparring and the
 * function description. Stored as toolDoc 'practicalities', one flat field each:
 * `{ peerEducation, peerEducationWhich, otherBackground, hours, terms, termsNote, supervisionWho,
 * supervisionHowOften, sparring, functionDescription }`.
 */
import {
  PEER_EDUCATION_OPTIONS,
  type PeerEducation,
  PRACTICALITIES_SECTIONS,
  type PracticalitiesSection,
  TERMS_OPTIONS,
  type Terms,
} from '../../../content/practicalities';
import { ownValue } from '../../storage/limits';
import { cleanString, isRecord } from '../own-items/model';

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
}

export type TextFieldKey = {
  [K in keyof PracticalitiesState]: PracticalitiesState[K] extends string ? K : never;
}[keyof PracticalitiesState];

const textLimits: Readonly<Record<TextFieldKey, number>> = {
  peerEducationWhich: MAX_SHORT_TEXT,
  otherBackground: MAX_LONG_TEXT,
  hours: MAX_HOURS_TEXT,
  termsNote: MAX_LONG_TEXT,
  supervisionWho: MAX_SHORT_TEXT,
  supervisionHowOften: MAX_SHORT_TEXT,
  sparring: MAX_LONG_TEXT,
  functionDescription: MAX_DESCRIPTION_TEXT,
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
  };
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
      return state.terms !== null || filled(state.termsNote);
    case 'supervision':
      return filled(state.supervisionWho) || filled(state.supervisionHowOften);
    case 'sparring':
      return filled(state.sparring);
    case 'functionDescription':
      return filled(state.functionDescription);
  }
}

/** Filled sections out of all sections. */
export function practicalitiesProgress(state: PracticalitiesState): { answered: number; total: number } {
  return {
    answered: PRACTICALITIES_SECTIONS.filter((section) => isSectionFilled(state, section)).length,
    total: PRACTICALITIES_SECTIONS.length,
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
