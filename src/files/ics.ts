/**
 * A calendar file (iCalendar, RFC 5545) for one event, e.g. a follow-up meeting: a VCALENDAR with
 * the Europe/Copenhagen time zone and one VEVENT, in the plain form iPad and Android calendars
 * open. Pure: no DOM, no clock (the caller passes `now`). The file holds only what the caller
 * passes: no name is added here.
 */

export interface CalendarEventInput {
  /** Globally unique and stable for the event, e.g. `case-3m@peerstart.local`. */
  uid: string;
  title: string;
  /** Free text; newlines are kept (as `\n` in the file). */
  description: string;
  /** Local date in Copenhagen, `YYYY-MM-DD`. */
  date: string;
  /** Local time in Copenhagen, `HH:MM` (24-hour). */
  time: string;
  /** Length in whole minutes, at least 1. */
  minutes: number;
  /** When the file is made (DTSTAMP, in UTC). */
  now: Date;
}

export const ICS_TZID = 'Europe/Copenhagen';
export const ICS_PRODID = '-//Peerstart//Peerstart//DA';
/** The longest physical line, in octets of UTF-8, not counting its CRLF (RFC 5545 § 3.1). */
export const ICS_MAX_LINE_OCTETS = 75;

/**
 * Copenhagen's rules since 1996 (EU summer time): CEST from the last Sunday of March at 02:00,
 * CET from the last Sunday of October at 03:00 (both local). DTSTART is the first such Sunday in
 * 1970, so it matches the RRULE.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A `YYYY-MM-DD` that is a real calendar date, as [year, month, day]; else `null`. */
function parseDate(date: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d
    ? [y, m, d]
    : null;
}

/** A `HH:MM` (00:00–23:59) as [hours, minutes]; else `null`. */
function parseTime(time: string): [number, number] | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? [h, m] : null;
}

/** A wall-clock moment (no zone) as an iCalendar local DATE-TIME, `YYYYMMDDTHHMMSS`. */
function localStamp(wall: Date): string {
  return (
    `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}00`
  );
}

/** A moment as an iCalendar UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
function utcStamp(moment: Date): string {
  return (
    `${pad(moment.getUTCFullYear(), 4)}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}` +
    `T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`
  );
}

/**
 * A TEXT value (RFC 5545 § 3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, CR or LF) as `\n`, other control characters dropped (TEXT does not allow them).
 */
export function escapeIcsText(value: string): string {
  const kept = [...value.replace(/\r\n?/g, '\n')].filter((char) => !isDroppedControl(char)).join('');
  return kept.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/** A control character TEXT cannot hold (all but tab and the line feed, which becomes `\n`). */
function isDroppedControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t' && char !== '\n') || code === 0x7f;
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545 § 3.1): no physical line is longer than 75 octets of UTF-8, a
 * character (code point) is never split, and each continuation line starts with one space.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > ICS_MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Adds whole months to a `YYYY-MM-DD`, keeping the day or, past a month's end, its last day. */
export function addMonthsIso(date: string, months: number): string {
  const parsed = parseDate(date);
  if (!parsed) throw new RangeError(`Not a date: ${date}`);
  const [y, m, d] = parsed;
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/**
 * The calendar file for one event at a local time in Copenhagen, with CRLF line endings. DTEND is
 * the start plus `minutes` on the wall clock, so it moves to the next day past midnight. Throws a
 * RangeError for an invalid date, time or length.
 */
export function calendarEvent(input: CalendarEventInput): string {
  const day = parseDate(input.date);
  const clock = parseTime(input.time);
  if (!day) throw new RangeError(`Not a date: ${input.date}`);
  if (!clock) throw new RangeError(`Not a time: ${input.time}`);
  if (!Number.isInteger(input.minutes) || input.minutes < 1) {
    throw new RangeError(`Not a length in minutes: ${input.minutes}`);
  }
  if (Number.isNaN(input.now.getTime())) throw new RangeError('Not a moment: now');
  // Wall-clock arithmetic in a zone without shifts (UTC), then written as Copenhagen local time.
  const start = new Date(Date.UTC(day[0], day[1] - 1, day[2], clock[0], clock[1]));
  const end = new Date(start.getTime() + input.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(input.uid)}`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `DTSTART;TZID=${ICS_TZID}:${localStamp(start)}`,
    `DTEND;TZID=${ICS_TZID}:${localStamp(end)}`,
    `SUMMARY:${escapeIcsText(input.title)}`,
    `DESCRIPTION:${escapeIcsText(input.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
