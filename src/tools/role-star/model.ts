/**
 * The Role Star's state, pure (no DOM, no storage).
 * - Per case, toolDoc 'role-star' holds the star's configuration:
 *   `{ custom: { [id]: { label, description? } }, renamed: { [defaultId]: label }, hidden: { [id]: true }, order: id[] }`.
 * - Each sitting is a RoundRecord (tool 'role-star') whose data is a `RoundData` (see below).
 * Everything read from storage passes through `normaliseConfig` / `normaliseRound` first.
 * Ids come from files too: an id is never the name of an Object.prototype member, and every lookup
 * by id reads only own properties (`ownValue`, i.e. Object.hasOwn) or a Map.
 */

import {
  GENERAL_TASKS_ID,
  MAX_DIMENSIONS,
  ROLE_STAR_MAX,
  ROLE_STAR_MIN,
  type RoleStarDimension,
  roleStarDimensions,
  roleStarText,
} from '../../../content/role-star';
import { type CaseKind, type Lang, pickText } from '../../../content/types';
import { isPrototypeName, ownValue } from '../../storage/limits';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import type { Owner, OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const ROLE_STAR_TOOL = 'role-star';
export const MAX_LABEL = 120;
export const MAX_DESCRIPTION = 400;
export const MAX_NOTE = 2000;
export const MAX_ROUND_NAME = 120;
const MAX_ID = 64;
/** More custom dimensions than this are dropped when normalising (the star shows at most 24 anyway). */
const MAX_CUSTOM = 48;

/** Who rates: the manager and the peer worker, and optionally a colleague as a third rater. */
export type Person = 'manager' | 'peer' | 'colleague';
/** The two people of a round when the round does not name its raters (every round before modes). */
export const PEOPLE: readonly Person[] = ['manager', 'peer'];
/** Every person who can rate, in the order the screens list them. */
export const ALL_PEOPLE: readonly Person[] = ['manager', 'peer', 'colleague'];
export const MAX_COLLEAGUE_NAME = 80;
export type Rating = number | 'skip';

export interface CustomDimension {
  label: string;
  description?: string;
}

export interface StarConfig {
  custom: Readonly<Record<string, CustomDimension>>;
  renamed: Readonly<Record<string, string>>;
  hidden: Readonly<Record<string, true>>;
  /** Every dimension id, visible and hidden, in the order the star shows them. */
  order: readonly string[];
}

export interface RoundData {
  name: string;
  /** ISO date `YYYY-MM-DD`, or '' when not set. */
  date: string;
  /** The dimensions of this round, in order (a snapshot taken when the round starts). */
  dimensionIds: readonly string[];
  /** Label snapshot, so a round stays readable when a dimension is renamed or removed later. */
  labels: Readonly<Record<string, string>>;
  ratings: Readonly<Record<Person, Readonly<Record<string, Rating>>>>;
  finished: Readonly<Partial<Record<Person, true>>>;
  revealed?: true;
  agreed: Readonly<Record<string, number>>;
  notes: Readonly<Record<string, string>>;
  /** The round whose agreed values this round started from. */
  startedFrom?: string;
  /** Who holds the tablet and rates now (additive to the shared contract). */
  current?: Person;
  /** Who rates in this round, in order; absent means the manager and the peer worker. */
  raters?: readonly Person[];
  /** The colleague's name, when a colleague rates as the third person. */
  colleagueName?: string;
  /** The earlier round whose agreed star is shown after the reveal, as the comparison. */
  previous?: string;
}

/**
 * A usable id: a short non-empty string without dots (dots would break key paths), and no name of an
 * Object.prototype member ("toString", "__proto__", …), which a lookup would find on every object.
 */
export function isValidId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_ID &&
    !value.includes('.') &&
    !isPrototypeName(value)
  );
}

const defaultIds: readonly string[] = roleStarDimensions.map((d) => d.id);
const defaultById = new Map<string, RoleStarDimension>(roleStarDimensions.map((d) => [d.id, d]));

export function isDefaultDimension(id: string): boolean {
  return defaultById.has(id);
}

/** Clamps a stored number to the scale as an integer; `null` when it is not a number. */
export function clampValue(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(ROLE_STAR_MAX, Math.max(ROLE_STAR_MIN, Math.round(value)));
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Turns any stored configuration into a valid one: unknown ids dropped, every known id in `order`. */
export function normaliseConfig(data: unknown): StarConfig {
  const record = isRecord(data) ? data : {};
  const custom: Record<string, CustomDimension> = {};
  if (isRecord(record.custom)) {
    for (const [id, value] of Object.entries(record.custom)) {
      if (Object.keys(custom).length >= MAX_CUSTOM) break;
      if (!isValidId(id) || isDefaultDimension(id) || !isRecord(value)) continue;
      const description = cleanString(value.description, MAX_DESCRIPTION);
      custom[id] = { label: cleanString(value.label, MAX_LABEL), ...(description ? { description } : {}) };
    }
  }
  const known = new Set([...defaultIds, ...Object.keys(custom)]);
  const renamed: Record<string, string> = {};
  if (isRecord(record.renamed)) {
    for (const [id, value] of Object.entries(record.renamed)) {
      const label = cleanString(value, MAX_LABEL);
      if (isDefaultDimension(id) && label.trim()) renamed[id] = label;
    }
  }
  const hidden: Record<string, true> = {};
  if (isRecord(record.hidden)) {
    for (const [id, value] of Object.entries(record.hidden))
      if (known.has(id) && value === true) hidden[id] = true;
  }
  const order: string[] = [];
  if (Array.isArray(record.order)) {
    for (const id of record.order)
      if (typeof id === 'string' && known.has(id) && !order.includes(id)) order.push(id);
  }
  for (const id of known) if (!order.includes(id)) order.push(id);
  return { custom, renamed, hidden, order };
}

export interface Dimension {
  id: string;
  label: string;
  description: string;
  kind: 'default' | 'custom';
  hidden: boolean;
  /** The content's own name of a default dimension (shown when it is renamed). */
  defaultLabel?: string;
}

/**
 * Every dimension of the configuration, hidden ones included, in order, in the given language and
 * in the wording of the case's kind.
 */
export function configDimensions(config: StarConfig, lang: Lang, kind: CaseKind = 'employment'): Dimension[] {
  return config.order.map((id) => {
    const base = defaultById.get(id);
    const hidden = ownValue(config.hidden, id) === true;
    if (base) {
      const renamed = ownValue(config.renamed, id);
      return {
        id,
        label: renamed ?? pickText(base.label, lang, kind),
        description: pickText(base.description, lang, kind),
        kind: 'default' as const,
        hidden,
        defaultLabel: pickText(base.label, lang, kind),
      };
    }
    const own = ownValue(config.custom, id);
    return {
      id,
      label: own?.label ?? '',
      description: own?.description ?? '',
      kind: 'custom' as const,
      hidden,
    };
  });
}

/** The dimensions a new round rates: the visible ones, in order. */
export function visibleDimensions(
  config: StarConfig,
  lang: Lang,
  kind: CaseKind = 'employment',
): Dimension[] {
  return configDimensions(config, lang, kind).filter((d) => !d.hidden);
}

/** Turns any stored round data into a valid round. */
export function normaliseRound(data: unknown): RoundData {
  const record = isRecord(data) ? data : {};
  const dimensionIds: string[] = [];
  if (Array.isArray(record.dimensionIds)) {
    for (const id of record.dimensionIds) {
      if (dimensionIds.length >= MAX_DIMENSIONS) break;
      if (isValidId(id) && !dimensionIds.includes(id)) dimensionIds.push(id);
    }
  }
  const inRound = new Set(dimensionIds);
  const storedLabels = isRecord(record.labels) ? record.labels : {};
  const labels: Record<string, string> = {};
  for (const id of dimensionIds) {
    const label = cleanString(ownValue(storedLabels, id), MAX_LABEL);
    if (label) labels[id] = label;
  }
  const ratingsRecord = isRecord(record.ratings) ? record.ratings : {};
  const ratings = {
    manager: normaliseRatings(ratingsRecord.manager, inRound),
    peer: normaliseRatings(ratingsRecord.peer, inRound),
    colleague: normaliseRatings(ratingsRecord.colleague, inRound),
  };
  const finishedRecord = isRecord(record.finished) ? record.finished : {};
  const finished: Partial<Record<Person, true>> = {};
  for (const person of ALL_PEOPLE) if (finishedRecord[person] === true) finished[person] = true;
  const agreed: Record<string, number> = {};
  if (isRecord(record.agreed)) {
    for (const [id, value] of Object.entries(record.agreed)) {
      const clamped = clampValue(value);
      if (inRound.has(id) && clamped !== null) agreed[id] = clamped;
    }
  }
  const notes: Record<string, string> = {};
  if (isRecord(record.notes)) {
    for (const [id, value] of Object.entries(record.notes)) {
      const note = cleanString(value, MAX_NOTE);
      if (inRound.has(id) && note) notes[id] = note;
    }
  }
  return {
    name: cleanString(record.name, MAX_ROUND_NAME),
    date: isIsoDate(record.date) ? record.date : '',
    dimensionIds,
    labels,
    ratings,
    finished,
    ...(record.revealed === true ? { revealed: true as const } : {}),
    agreed,
    notes,
    ...(isValidId(record.startedFrom) ? { startedFrom: record.startedFrom } : {}),
    ...(isPerson(record.current) ? { current: record.current } : {}),
    ...normaliseRaters(record.raters),
    ...(typeof record.colleagueName === 'string' && record.colleagueName.trim()
      ? { colleagueName: cleanString(record.colleagueName, MAX_COLLEAGUE_NAME) }
      : {}),
    ...(isValidId(record.previous) ? { previous: record.previous } : {}),
  };
}

export function isPerson(value: unknown): value is Person {
  return value === 'manager' || value === 'peer' || value === 'colleague';
}

/**
 * A round's raters as stored, when they form one of the three modes: the peer worker alone, the two
 * people, or the two people and a colleague. Anything else means the two people (the field is left out).
 */
function normaliseRaters(value: unknown): { raters?: readonly Person[] } {
  if (!Array.isArray(value)) return {};
  const raters = ALL_PEOPLE.filter((p) => value.includes(p));
  const solo = raters.length === 1 && raters[0] === 'peer';
  const three = raters.length === 3;
  return solo || three ? { raters } : {};
}

/** Who rates in a round: its own raters, or the manager and the peer worker. */
export function roundRaters(round: Pick<RoundData, 'raters'>): readonly Person[] {
  return round.raters && round.raters.length > 0 ? round.raters : PEOPLE;
}

/** A round the peer worker rates alone, to clarify their own role (nothing to agree on). */
export function isSoloRound(round: Pick<RoundData, 'raters'>): boolean {
  const raters = roundRaters(round);
  return raters.length === 1;
}

/** Whose each field is (issue 18): the star's tasks are settled together. */
export const starConfigOwners: OwnerTable<StarConfig> = {
  custom: 'both',
  renamed: 'both',
  hidden: 'both',
  order: 'both',
};

/**
 * Whose each field of a shared round is: each person rates alone, but blind ratings are made to be
 * revealed to each other, and what is agreed is agreed together; a colleague's name is theirs.
 */
export const sharedRoundOwners: OwnerTable<RoundData> = {
  name: 'both',
  date: 'both',
  dimensionIds: 'both',
  labels: 'both',
  ratings: 'both',
  finished: 'both',
  revealed: 'both',
  agreed: 'both',
  notes: 'both',
  startedFrom: 'both',
  current: 'both',
  raters: 'both',
  colleagueName: 'colleague',
  previous: 'both',
};

/**
 * Whose a round is: a round the peer worker rates alone is theirs, every field of it ("du bestemmer
 * selv, om du vil vise den"); any other round is shared (sharedRoundOwners).
 */
export function roundOwner(round: Pick<RoundData, 'raters'>): Owner {
  return isSoloRound(round) ? 'peer' : 'both';
}

function normaliseRatings(value: unknown, inRound: ReadonlySet<string>): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  if (!isRecord(value)) return ratings;
  for (const [id, rating] of Object.entries(value)) {
    if (!inRound.has(id)) continue;
    if (rating === 'skip') ratings[id] = 'skip';
    else {
      const clamped = clampValue(rating);
      if (clamped !== null) ratings[id] = clamped;
    }
  }
  return ratings;
}

/**
 * A dimension's name in a round: today's content wording (for the case's kind) for an untouched
 * default, in either kind's wording, else the snapshot.
 */
export function roundLabel(round: RoundData, id: string, lang: Lang, kind: CaseKind = 'employment'): string {
  const base = defaultById.get(id);
  const snapshot = ownValue(round.labels, id);
  if (base && (!snapshot || contentLabels(base).includes(snapshot))) return pickText(base.label, lang, kind);
  return snapshot?.trim() || (base ? pickText(base.label, lang, kind) : '') || id;
}

/** A default dimension's content names, in every language and kind. */
function contentLabels(base: RoleStarDimension): string[] {
  const { da, en, volunteer } = base.label as RoleStarDimension['label'];
  return volunteer ? [da, en, volunteer.da, volunteer.en] : [da, en];
}

/** A number for the chart: skipped and unanswered both become `null` (never 0). */
export function ratingValue(rating: Rating | undefined): number | null {
  return typeof rating === 'number' ? rating : null;
}

export function otherPerson(person: Person): Person {
  return person === 'manager' ? 'peer' : 'manager';
}

/** The next rater after `person` (in the round's order, wrapping) who has not finished; undefined when all have. */
export function nextRater(round: RoundData, person: Person): Person | undefined {
  const raters = roundRaters(round);
  const at = raters.indexOf(person);
  for (let step = 1; step <= raters.length; step++) {
    const candidate = raters[(at + step) % raters.length] as Person;
    if (candidate !== person && !round.finished[candidate]) return candidate;
  }
  return undefined;
}

/** Where a round is; the screen is derived from this, so a reload resumes exactly there. */
export type RoundStage =
  | { kind: 'choose-first' }
  | { kind: 'rating'; person: Person }
  | { kind: 'handover'; from: Person; to: Person }
  | { kind: 'ready' }
  | { kind: 'agreeing' }
  | { kind: 'complete' }
  /** The peer worker rated alone and is done: their own star is the outcome. */
  | { kind: 'own' };

export function roundStage(round: RoundData): RoundStage {
  const { finished, current } = round;
  const raters = roundRaters(round);
  if (raters.every((p) => finished[p])) {
    if (raters.length === 1) return { kind: 'own' };
    if (!round.revealed) return { kind: 'ready' };
    return isAgreementComplete(round) ? { kind: 'complete' } : { kind: 'agreeing' };
  }
  const done = raters.find((p) => finished[p]);
  if (done) {
    if (current && raters.includes(current) && !finished[current]) return { kind: 'rating', person: current };
    const to = nextRater(round, done) ?? otherPerson(done);
    return { kind: 'handover', from: done, to };
  }
  return current && raters.includes(current) ? { kind: 'rating', person: current } : { kind: 'choose-first' };
}

export function isAgreementComplete(round: RoundData): boolean {
  return (
    round.dimensionIds.length > 0 &&
    round.dimensionIds.every((id) => ownValue(round.agreed, id) !== undefined)
  );
}

/** How many dimensions a person has rated or skipped. */
export function ratedCount(round: RoundData, person: Person): number {
  return round.dimensionIds.filter((id) => ownValue(round.ratings[person], id) !== undefined).length;
}

/** The dimensions a person has neither rated nor skipped yet. */
export function unansweredIds(round: RoundData, person: Person): string[] {
  return round.dimensionIds.filter((id) => ownValue(round.ratings[person], id) === undefined);
}

export interface Difference {
  id: string;
  manager: Rating | undefined;
  peer: Rating | undefined;
  /** Absolute difference; `null` when either skipped or did not answer. */
  gap: number | null;
  /** Among the differences to talk about first. */
  talk: boolean;
}

/** The toolkit research warns that a role full of general staff tasks loses what makes it distinct. */
export function generalTasksWarning(agreed: Readonly<Record<string, number>>): boolean {
  return (ownValue(agreed, GENERAL_TASKS_ID) ?? -1) >= 3;
}

/** The data for a new round: the visible dimensions, optionally starting both people from agreed values. */
export function newRoundData(
  config: StarConfig,
  lang: Lang,
  name: string,
  date: string,
  from?: { id: string; round: RoundData },
  kind: CaseKind = 'employment',
): RoundData {
  const dims = visibleDimensions(config, lang, kind).slice(0, MAX_DIMENSIONS);
  const labels: Record<string, string> = {};
  for (const d of dims) labels[d.id] = d.label.trim() || roleStarText.untitledDimension[lang];
  const start: Record<string, Rating> = {};
  if (from)
    for (const d of dims) {
      const agreed = ownValue(from.round.agreed, d.id);
      if (agreed !== undefined) start[d.id] = agreed;
    }
  return {
    name: name.slice(0, MAX_ROUND_NAME),
    date: isIsoDate(date) ? date : '',
    dimensionIds: dims.map((d) => d.id),
    labels,
    ratings: { manager: { ...start }, peer: { ...start }, colleague: {} },
    finished: {},
    agreed: {},
    notes: {},
    ...(from ? { startedFrom: from.id } : {}),
  };
}

export interface RoundEntry {
  id: string;
  createdAt: number;
  updatedAt: number;
  data: RoundData;
}

/** Rounds normalised and sorted oldest first (by creation). */
export function normaliseRounds(
  records: readonly { id: string; tool: string; createdAt: number; updatedAt: number; data: unknown }[],
): RoundEntry[] {
  return records
    .filter((r) => r.tool === ROLE_STAR_TOOL)
    .map((r) => ({ id: r.id, createdAt: r.createdAt, updatedAt: r.updatedAt, data: normaliseRound(r.data) }))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** The newest round with at least one agreed value. */
export function latestAgreedRound(rounds: readonly RoundEntry[]): RoundEntry | undefined {
  return [...rounds].reverse().find((r) => Object.keys(r.data.agreed).length > 0);
}

export interface Change {
  id: string;
  a: number | null;
  b: number | null;
  /** b − a; `null` when the dimension is missing or not agreed in one of the rounds. */
  delta: number | null;
  status: 'changed' | 'same' | 'added' | 'removed' | 'unknown';
}

/** What changed between two rounds' agreed stars: every dimension of either, biggest change first. */
export function compareRounds(a: RoundData, b: RoundData): Change[] {
  const ids = [...b.dimensionIds, ...a.dimensionIds.filter((id) => !b.dimensionIds.includes(id))];
  const changes = ids.map((id, index) => {
    const inA = a.dimensionIds.includes(id);
    const inB = b.dimensionIds.includes(id);
    const va = ownValue(a.agreed, id) ?? null;
    const vb = ownValue(b.agreed, id) ?? null;
    const delta = va !== null && vb !== null ? vb - va : null;
    const status: Change['status'] = !inA
      ? 'added'
      : !inB
        ? 'removed'
        : delta === null
          ? 'unknown'
          : delta === 0
            ? 'same'
            : 'changed';
    return { id, a: va, b: vb, delta, status, index };
  });
  const rank = (c: (typeof changes)[number]) =>
    c.delta !== null ? Math.abs(c.delta) : c.status === 'unknown' ? -2 : -1;
  changes.sort((x, y) => rank(y) - rank(x) || x.index - y.index);
  return changes.map(({ index: _index, ...c }) => c);
}

/** Progress for the case overview: agreed dimensions of the latest round. */
export function roleStarProgress(
  config: StarConfig,
  rounds: readonly RoundEntry[],
): { answered: number; total: number } {
  // A round the peer worker takes alone is their own clarification, not the agreed star the journey asks for.
  const latest = rounds.filter((r) => !isSoloRound(r.data)).at(-1);
  if (!latest) return { answered: 0, total: visibleDimensions(config, 'da').length };
  const { data } = latest;
  return {
    answered: data.dimensionIds.filter((id) => ownValue(data.agreed, id) !== undefined).length,
    total: data.dimensionIds.length,
  };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const roleStarData = { id: ROLE_STAR_TOOL, normalise: normaliseConfig } satisfies ToolData<unknown>;
