/** Shared shapes of Peerstart's content: every text exists in Danish and English. */

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * What a case is (issue 22): the employment of a peer worker, or a volunteer peer engaged by an
 * association. Chosen when the case is made; every tool's texts follow it.
 */
export const CASE_KINDS = ['employment', 'volunteer'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** A record's kind of case; one made before there were kinds (none stored) is an employment. */
export function caseKindOf(record: { readonly kind?: unknown }): CaseKind {
  return record.kind === 'volunteer' ? 'volunteer' : 'employment';
}

/**
 * A value in every language, with an optional `volunteer` wording for a volunteer case (board,
 * volunteers, members instead of manager, employees, employment). Without it, the text reads the
 * same in both kinds of case.
 */
export type ByLang<V> = Readonly<Record<Lang, V>> & { readonly volunteer?: Readonly<Record<Lang, V>> };

/** A text in every language; a missing translation is a type error. */
export type Text = ByLang<string>;

/** A text with parameters, e.g. `(done, total) => '3 af 10'`. */
export type TextFn<A extends unknown[]> = ByLang<(...args: A) => string>;

/** The value for a language and a kind of case: the volunteer wording where one is written. */
export function pickText<V>(text: ByLang<V>, lang: Lang, kind: CaseKind): V {
  return (kind === 'volunteer' && text.volunteer ? text.volunteer : text)[lang];
}

/**
 * Items (questions, sections, tasks) that belong to one kind of case carry `only`; an item without
 * it is in both. E.g. the collective agreement is only for an employment, the volunteer agreement
 * only for a volunteer.
 */
export interface KindScoped {
  readonly only?: CaseKind;
}

/** The items of a list that belong in a case of `kind`. */
export function forKind<T extends KindScoped>(items: readonly T[], kind: CaseKind): T[] {
  return items.filter((item) => item.only === undefined || item.only === kind);
}

/**
 * Where an item list comes from: `source` when it follows the source's own items (in our words),
 * `inspired` when the original list could not be obtained and the list is our own, grounded in it.
 */
export type Provenance = 'source' | 'inspired';

/** The ids of Peerstart's tools; stable, used as storage keys. */
export const TOOL_IDS = [
  'motivation',
  'readiness',
  'role-mapping',
  'hiring-topics',
  'role-star',
  'practicalities',
  'job-start',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** The steps of a case's journey, in their suggested order. */
export const PHASES = ['before', 'hiring', 'jobstart', 'followup'] as const;
export type Phase = (typeof PHASES)[number];

/** The ids of the "5 gode råd", so a tool can show the advice that applies beside an item. */
export type AdviceId = 'openness' | 'sparring' | 'development' | 'equal-terms' | 'hire-right';
