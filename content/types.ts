/** Shared shapes of Peerstart's content: every text exists in Danish and English. */

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language; a missing translation is a type error. */
export type Text = Readonly<Record<Lang, string>>;

/** A text with parameters, e.g. `(done, total) => '3 af 10'`. */
export type TextFn<A extends unknown[]> = Readonly<Record<Lang, (...args: A) => string>>;

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
