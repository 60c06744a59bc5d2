/**
 * The small checks every normaliser is made of, for the tools' models and the backup import alike:
 * stored and imported data is untrusted (an old version, a hand-edited file), and each tool's
 * `normalise…` turns it into a valid state with these.
 */

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string from untrusted data, capped at `max` characters; anything else becomes ''. */
export function cleanString(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Today (or `date`) as an ISO date `YYYY-MM-DD` in local time: what a date field holds. */
export function todayIso(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
