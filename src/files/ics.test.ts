import { describe, expect, test } from 'vitest';
import { addMonthsIso, type CalendarEventInput, calendarEvent, escapeIcsText, foldIcsLine } from './ics';

/** Undoes line folding (RFC 5545 § 3.1): a CRLF followed by one space or tab is removed. */
function unfoldIcs(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** Undoes TEXT escaping: `\n`/`\N` → newline, `\\`, `\;`, `\,` → the character. */
function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Splits unfolded content lines into name, parameters and raw value (no quoted parameters here). */
function parseIcs(ics: string): Property[] {
  return unfoldIcs(ics).map((line) => {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    return {
      name,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

/** The properties of one component (e.g. VEVENT), the first of its kind. */
function component(props: Property[], kind: string): Property[] {
  const start = props.findIndex((p) => p.name === 'BEGIN' && p.value === kind);
  const end = props.findIndex((p, i) => i > start && p.name === 'END' && p.value === kind);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return props.slice(start + 1, end);
}

function prop(props: Property[], name: string): Property {
  const found = props.filter((p) => p.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Property;
}

const octets = (text: string) => new TextEncoder().encode(text).length;

const longAgenda = [
  'Dagsorden:',
  '– Tag en ny runde af rollestjernen og sammenlign den med den første; hvad har flyttet sig, og hvorfor?',
  '– Tag temperaturmålingen igen, også de spørgsmål, I svarede “ved ikke” til.',
  '– Hvordan går det med sparring og supervision? Er der det, der skal til, hver uge, hver måned?',
  '– Hvad skal justeres i funktionsbeskrivelsen eller aftalen: timer, opgaver, ansvar \\ samarbejde?',
  'Æblegrød, øl og ål – ÆØÅ æøå 🙂 ',
].join('\n');

const base: CalendarEventInput = {
  uid: 'case-1-3m@peerstart.local',
  title: 'æøå ÆØÅ – “citat”',
  description: longAgenda,
  date: '2031-05-14',
  time: '10:00',
  minutes: 60,
  now: new Date(Date.UTC(2031, 1, 3, 8, 9, 7)),
};

describe('calendarEvent', () => {
  test('holds the calendar and event fields RFC 5545 asks for, in order', () => {
    const props = parseIcs(calendarEvent(base));
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(prop(props, 'VERSION').value).toBe('2.0');
    expect(prop(props, 'PRODID').value).toMatch(/^-\/\/Peerstart\/\//);
    expect(prop(props, 'CALSCALE').value).toBe('GREGORIAN');
    expect(prop(props, 'METHOD').value).toBe('PUBLISH');
    const event = component(props, 'VEVENT');
    expect(prop(event, 'UID').value).toBe('case-1-3m@peerstart.local');
    expect(prop(event, 'DTSTAMP').value).toBe('20310203T080907Z');
    expect(prop(event, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Copenhagen' },
      value: '20310514T100000',
    });
    expect(prop(event, 'DTEND')).toEqual({
      name: 'DTEND',
      params: { TZID: 'Europe/Copenhagen' },
      value: '20310514T110000',
    });
    // Every BEGIN has its END, and nothing but properties stands between them.
    const stack: string[] = [];
    for (const p of props) {
      expect(p.name).toMatch(/^[A-Z][A-Z0-9-]*$/);
      if (p.name === 'BEGIN') stack.push(p.value);
      if (p.name === 'END') expect(stack.pop()).toBe(p.value);
    }
    expect(stack).toEqual([]);
    expect(props.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toHaveLength(1);
  });

  test('gives the Copenhagen time zone with the EU summer time rules', () => {
    const props = parseIcs(calendarEvent(base));
    const zone = component(props, 'VTIMEZONE');
    expect(prop(zone, 'TZID').value).toBe('Europe/Copenhagen');
    const daylight = component(zone, 'DAYLIGHT');
    expect(prop(daylight, 'TZOFFSETFROM').value).toBe('+0100');
    expect(prop(daylight, 'TZOFFSETTO').value).toBe('+0200');
    expect(prop(daylight, 'RRULE').value).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    const standard = component(zone, 'STANDARD');
    expect(prop(standard, 'TZOFFSETFROM').value).toBe('+0200');
    expect(prop(standard, 'TZOFFSETTO').value).toBe('+0100');
    expect(prop(standard, 'RRULE').value).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    // Each rule's DTSTART is itself a last Sunday of its month, at the local switching hour.
    for (const [part, hour] of [
      [daylight, '020000'],
      [standard, '030000'],
    ] as const) {
      const start = prop(part, 'DTSTART').value;
      expect(start.slice(9)).toBe(hour);
      const y = Number(start.slice(0, 4));
      const m = Number(start.slice(4, 6));
      const d = Number(start.slice(6, 8));
      const date = new Date(Date.UTC(y, m - 1, d));
      expect(date.getUTCDay()).toBe(0);
      expect(new Date(Date.UTC(y, m - 1, d + 7)).getUTCMonth()).not.toBe(m - 1);
    }
  });

  test('ends every line with CRLF, and no physical line is longer than 75 octets', () => {
    const ics = calendarEvent(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
    // The long agenda really was folded, over several lines.
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4);
  });

  test('gives back the title and a long agenda exactly, Danish characters and newlines included', () => {
    const event = component(parseIcs(calendarEvent(base)), 'VEVENT');
    expect(unescapeIcsText(prop(event, 'SUMMARY').value)).toBe('æøå ÆØÅ – “citat”');
    expect(unescapeIcsText(prop(event, 'DESCRIPTION').value)).toBe(longAgenda);
  });

  test('never splits a character when folding, wherever the fold falls', () => {
    for (let shift = 0; shift < 8; shift++) {
      const title = `${'x'.repeat(shift)}${'æøå–“”🙂'.repeat(20)}`;
      const ics = calendarEvent({ ...base, title });
      // A split multi-byte character would show as U+FFFD once the lines are decoded one by one.
      for (const line of ics.split('\r\n')) {
        const bytes = new TextEncoder().encode(line);
        expect(bytes.length).toBeLessThanOrEqual(75);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
        expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      expect(unescapeIcsText(prop(parseIcs(ics), 'SUMMARY').value)).toBe(title);
    }
  });

  test('folds at exactly 75 octets, continuing with one space', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1, -1).every((l) => l.length === 75 && l.startsWith(' ') && l[1] !== ' ')).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    // 'æ' is two octets: 36 of them after 'X:' make 74 octets, one more would make 76.
    const danish = foldIcsLine(`X:${'æ'.repeat(37)}`).split('\r\n');
    expect(danish).toEqual([`X:${'æ'.repeat(36)}`, ' æ']);
  });

  test('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\there\u0007')).toBe('tab\there');
    const ics = calendarEvent({ ...base, title: 'Møde; 3 mdr., plan\\b', description: 'én\nto' });
    expect(ics).toContain('SUMMARY:Møde\\; 3 mdr.\\, plan\\\\b\r\n');
    expect(ics).toContain('DESCRIPTION:én\\nto\r\n');
    const event = component(parseIcs(ics), 'VEVENT');
    expect(unescapeIcsText(prop(event, 'SUMMARY').value)).toBe('Møde; 3 mdr., plan\\b');
  });

  test('ends on the next day when the event runs past midnight', () => {
    const event = component(
      parseIcs(calendarEvent({ ...base, date: '2031-12-31', time: '23:30', minutes: 90 })),
      'VEVENT',
    );
    expect(prop(event, 'DTSTART').value).toBe('20311231T233000');
    expect(prop(event, 'DTEND').value).toBe('20320101T010000');
    const leap = component(
      parseIcs(calendarEvent({ ...base, date: '2028-02-28', time: '23:45', minutes: 30 })),
      'VEVENT',
    );
    expect(prop(leap, 'DTEND').value).toBe('20280229T001500');
  });

  test('keeps local Copenhagen time on the days the clocks change', () => {
    // 2027-03-28 and 2027-10-31 are the last Sundays of March and October 2027.
    for (const [date, start, end] of [
      ['2027-03-28', '20270328T100000', '20270328T110000'],
      ['2027-10-31', '20271031T100000', '20271031T110000'],
    ] as const) {
      const props = parseIcs(calendarEvent({ ...base, date }));
      const event = component(props, 'VEVENT');
      expect(prop(event, 'DTSTART')).toMatchObject({ params: { TZID: 'Europe/Copenhagen' }, value: start });
      expect(prop(event, 'DTEND')).toMatchObject({ params: { TZID: 'Europe/Copenhagen' }, value: end });
      // The zone the event names is defined in the file.
      expect(prop(component(props, 'VTIMEZONE'), 'TZID').value).toBe('Europe/Copenhagen');
    }
    expect(new Date(Date.UTC(2027, 2, 28)).getUTCDay()).toBe(0);
    expect(new Date(Date.UTC(2027, 9, 31)).getUTCDay()).toBe(0);
  });

  test('holds no name beyond what the caller passed', () => {
    const ics = calendarEvent({
      ...base,
      title: 'Peerstart: opfølgning efter 3 måneder',
      description: 'Dagsorden:\n– Tag temperaturmålingen igen.',
    });
    const event = component(parseIcs(ics), 'VEVENT');
    expect(event.map((p) => p.name).sort()).toEqual(
      ['DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'UID'].sort(),
    );
    // No organiser, attendee, contact or location: nothing that could carry a person.
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE|CONTACT|LOCATION|mailto:/);
    const words = new Set(
      unfoldIcs(ics)
        .join('\n')
        .split(/[^\p{L}]+/u),
    );
    const passed = new Set(
      [base.uid, 'Peerstart: opfølgning efter 3 måneder', 'Dagsorden:\n– Tag temperaturmålingen igen.']
        .join(' ')
        .split(/[^\p{L}]+/u),
    );
    const fixed = new Set(
      'BEGIN VCALENDAR PRODID Peerstart DA VERSION CALSCALE GREGORIAN METHOD PUBLISH VTIMEZONE TZID Europe Copenhagen DAYLIGHT STANDARD TZOFFSETFROM TZOFFSETTO TZNAME CEST CET DTSTART RRULE FREQ YEARLY BYMONTH BYDAY SU END VEVENT UID DTSTAMP T Z DTEND SUMMARY DESCRIPTION n'.split(
        ' ',
      ),
    );
    expect([...words].filter((w) => w !== '' && !passed.has(w) && !fixed.has(w))).toEqual([]);
  });

  test('refuses an invalid date, time or length', () => {
    expect(() => calendarEvent({ ...base, date: '2031-02-30' })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, date: '' })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, time: '24:00' })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, time: '9:00' })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, minutes: 0 })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, minutes: 1.5 })).toThrow(RangeError);
    expect(() => calendarEvent({ ...base, now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('addMonthsIso', () => {
  test('adds months, across years, keeping the last day of a short month', () => {
    expect(addMonthsIso('2031-05-14', 3)).toBe('2031-08-14');
    expect(addMonthsIso('2031-11-01', 3)).toBe('2032-02-01');
    expect(addMonthsIso('2031-05-14', 12)).toBe('2032-05-14');
    expect(addMonthsIso('2031-11-30', 3)).toBe('2032-02-29');
    expect(addMonthsIso('2032-02-29', 12)).toBe('2033-02-28');
    expect(() => addMonthsIso('nope', 3)).toThrow(RangeError);
  });
});
