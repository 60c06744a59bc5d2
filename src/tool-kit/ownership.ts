/**
 * Whose words a part of a case is (issue 18). Every tool declares an owner for every field of its
 * data, next to the data (its model), and the screens, reports and exports read that one answer.
 * The peer worker's own parts are private: folded on the shared tablet and left out of every file
 * unless the peer worker agrees, by name, to share them.
 */
import { caseKindOf, type Lang, pickText, type ToolId } from '../../content/types';
import { AUDIENCES, type Audience, consentUi } from '../../content/ui-consent';
import type { CaseSnapshot } from '../storage/cases';
import type { CaseRecord } from '../storage/db';
import { setToolField } from '../storage/tool-docs';

/** Who a part belongs to: one of the three people, or the manager and the peer worker together. */
export type Owner = 'manager' | 'peer' | 'colleague' | 'both';

/** An owner for every field of a tool's state `S`: a new field without one is a type error. */
export type OwnerTable<S> = { readonly [K in keyof S]-?: Owner };

/** The parts of a case that are the peer worker's alone. */
export const PRIVATE_PARTS = ['practicalities.voice', 'practicalities.disclosure', 'role-star.solo'] as const;
export type PrivatePartId = (typeof PRIVATE_PARTS)[number];

export const PRIVATE_PART_TOOL: Readonly<Record<PrivatePartId, ToolId>> = {
  'practicalities.voice': 'practicalities',
  'practicalities.disclosure': 'practicalities',
  'role-star.solo': 'role-star',
};

/** What an export holds of the peer worker's parts: only those shared with consent in it. */
export type SharedParts = ReadonlySet<PrivatePartId>;
export const NOTHING_SHARED: SharedParts = new Set();

/** "Jonas'", "Mettes", "Jonas’"; the role when the case has no name. */
export function peerPossessive(caseRecord: Pick<CaseRecord, 'peerName' | 'kind'>, lang: Lang): string {
  const name = caseRecord.peerName.trim();
  return name ? possessive(name, lang) : pickText(consentUi.noName, lang, caseKindOf(caseRecord));
}

export function possessive(name: string, lang: Lang): string {
  if (lang === 'en') return /s$/i.test(name) ? `${name}’` : `${name}’s`;
  return /[sxz]$/i.test(name) ? `${name}’` : `${name}s`;
}

/** "Jonas' egne overvejelser". */
export function privatePartTitle(
  part: PrivatePartId,
  caseRecord: Pick<CaseRecord, 'peerName' | 'kind'>,
  lang: Lang,
) {
  return pickText(consentUi.partTitle[part], lang, caseKindOf(caseRecord))(peerPossessive(caseRecord, lang));
}

/** Where a private part's consent is kept: in its own tool's document, under `consents.<key>`. */
const CONSENT_KEY: Readonly<Record<PrivatePartId, string>> = {
  'practicalities.voice': 'voice',
  'practicalities.disclosure': 'disclosure',
  'role-star.solo': 'solo',
};

/** A consent the peer worker gave, by name, to share one of their parts in one file. */
export interface Consent {
  /** The name they confirmed with (the case's peer worker name at the time). */
  name: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Who the file was for. */
  audience: Audience;
}

function isConsent(value: unknown): value is Consent {
  if (typeof value !== 'object' || value === null) return false;
  const { name, date, audience } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    (AUDIENCES as readonly unknown[]).includes(audience)
  );
}

/**
 * Stores the latest consent for `part` with the case (issue 18: who, what, when), in the part's
 * tool document, so it travels with the case in a backup. It is the peer worker's (owner 'peer').
 */
export function recordConsent(caseId: string, part: PrivatePartId, consent: Consent): Promise<boolean> {
  return setToolField(caseId, PRIVATE_PART_TOOL[part], ['consents', CONSENT_KEY[part]], { ...consent });
}

/** The latest consent stored for each private part of a case. */
export function storedConsents(snapshot: CaseSnapshot): Partial<Record<PrivatePartId, Consent>> {
  const out: Partial<Record<PrivatePartId, Consent>> = {};
  for (const part of PRIVATE_PARTS) {
    const doc = snapshot.toolDocs.find((d) => d.tool === PRIVATE_PART_TOOL[part]);
    const consents = doc?.data.consents;
    const value =
      typeof consents === 'object' && consents !== null
        ? (consents as Record<string, unknown>)[CONSENT_KEY[part]]
        : undefined;
    if (isConsent(value)) out[part] = value;
  }
  return out;
}
