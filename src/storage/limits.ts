/**
 * The limits on what Peerstart stores, defined once. The input fields (maxLength, the counter and the
 * date inputs' min/max), the writes, the backup export and the backup import all use these, so every
 * value the app can store is one the import accepts: a backup Peerstart writes, it can read back.
 * Pure: no database, no DOM.
 */

/** The longest text of each case field (UTF-16 code units, as `maxLength` counts them). */
export const CASE_TEXT_LIMITS = {
  organisation: 300,
  unit: 300,
  roleTitle: 300,
  managerName: 300,
  peerName: 300,
  note: 20_000,
} as const;
export type CaseTextField = keyof typeof CASE_TEXT_LIMITS;

/** The longest text any field may hold, also inside tool documents and rounds. */
export const TEXT_MAX = 20_000;

/** From this share of its limit on, a text field shows how many characters are left. */
export const COUNTER_FROM = 0.8;

/** Dates are ISO `YYYY-MM-DD` with a four-digit year, a real calendar date, in this range (or ''). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2199-12-31';

/** Tool data (`data` of tool documents and rounds): deep or huge structures are refused. */
export const DATA_MAX_DEPTH = 24;
export const DATA_MAX_NODES = 50_000;
export const DATA_MAX_KEY = 200;

/** Record ids: letters, digits, '-' and '_', at most 100 characters. */
export const ID_MAX = 100;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** How many cases a backup file holds, and rounds per case. */
export const BACKUP_MAX_CASES = 1_000;
export const ROUNDS_MAX_PER_CASE = 1_000;
/** The app version string in a backup file. */
export const APP_VERSION_MAX = 50;
/** Times are epoch milliseconds, from 1970 up to the largest time a Date can hold. */
export const TIME_MAX = 8.64e15;

/**
 * Names of Object.prototype's members ("toString", "constructor", "__proto__", "valueOf", …): a
 * lookup `record[id]` with one of them finds the prototype's member instead of nothing, so they are
 * never valid ids or keys from a file.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
]);

export function isPrototypeName(value: string): boolean {
  return PROTOTYPE_NAMES.has(value);
}

/** A record id: the id pattern, and not the name of an Object.prototype member. */
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !isPrototypeName(value);
}

/** `record[key]` only when `key` is the record's own property (never a prototype member). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`, within DATE_MIN…DATE_MAX. */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && value >= DATE_MIN && value <= DATE_MAX;
}

/** A stored date: '' (not set) or a valid date. */
export function isDateOrEmpty(value: unknown): value is string {
  return value === '' || isValidDate(value);
}

/**
 * Whether an ISO 8601 timestamp is one `Date` reads back (`Date.parse` does not read every form the
 * ISO standard allows, e.g. an offset of hours only, "+01").
 */
export function isReadableTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
}

/** `text` cut to at most `max` code units, never in the middle of a surrogate pair (an emoji). */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max));
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * `text` followed by a space and `suffix` (" (kopi)", " (importeret)"), within `max`: the text is
 * shortened (never the suffix) so the result fits. An empty text gives just the suffix.
 */
export function withSuffix(text: string, suffix: string, max: number): string {
  if (!suffix) return capText(text, max);
  if (!text) return capText(suffix, max);
  const room = max - suffix.length - 1;
  if (room <= 0) return capText(suffix, max);
  return `${capText(text, room).trimEnd()} ${suffix}`;
}

/** A case field's value as it may be stored: texts capped to their limit, dates valid or ''. */
export function clampCaseField(field: CaseTextField | 'startDate', value: string): string {
  if (field === 'startDate') return isDateOrEmpty(value) ? value : '';
  return capText(value, CASE_TEXT_LIMITS[field]);
}
