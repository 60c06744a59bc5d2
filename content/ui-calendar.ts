import type { Text, TextFn } from './types';

/**
 * The follow-ups the overview suggests ("Efter fx 3 og 12 måneder", ui-overview.ts
 * `followUpText`), each as a calendar event: months after the start, the event's title and its
 * agenda. The event names no one; the wording says "I", so it fits a workplace and an association (a volunteer case reads its own
 * wording where an employment's would not fit: the volunteer agreement, guidance).
 */
export const FOLLOW_UP_MONTHS = [3, 12] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

export interface FollowUpEvent {
  /** The follow-up as named beside its button. */
  name: Text;
  /** The calendar event's title. */
  title: Text;
  /** The agenda, one short point a line. */
  agenda: readonly Text[];
}

export const followUpEvents: Readonly<Record<FollowUpMonths, FollowUpEvent>> = {
  3: {
    name: { da: 'Opfølgning efter 3 måneder', en: 'Follow-up after 3 months' },
    title: { da: 'Peerstart: opfølgning efter 3 måneder', en: 'Peerstart: follow-up after 3 months' },
    agenda: [
      {
        da: 'Tag en ny runde af rollestjernen og sammenlign den med den første.',
        en: 'Take a new Role Star round and compare it with the first.',
      },
      {
        da: 'Tag temperaturmålingen igen og se, hvad der har flyttet sig.',
        en: 'Take the readiness check again and see what has changed.',
      },
      {
        da: 'Hvordan går det med sparring og supervision?',
        en: 'How are supervision and reflection with other peer workers going?',
        volunteer: {
          da: 'Hvordan går det med sparring og vejledning?',
          en: 'How are guidance and reflection with other volunteer peers going?',
        },
      },
      {
        da: 'Hvad skal I justere i funktionsbeskrivelsen eller aftalen?',
        en: 'What do you need to adjust in the job description or the agreement?',
        volunteer: {
          da: 'Hvad skal I justere i opgaverne eller frivilligaftalen?',
          en: 'What do you need to adjust in the tasks or the volunteer agreement?',
        },
      },
    ],
  },
  12: {
    name: { da: 'Opfølgning efter 12 måneder', en: 'Follow-up after 12 months' },
    title: { da: 'Peerstart: opfølgning efter 12 måneder', en: 'Peerstart: follow-up after 12 months' },
    agenda: [
      {
        da: 'Hvordan er det første år gået? Hvad har virket, og hvad har været svært?',
        en: 'How has the first year gone? What has worked, and what has been hard?',
      },
      {
        da: 'Tag en ny runde af rollestjernen og sammenlign den med den første.',
        en: 'Take a new Role Star round and compare it with the first.',
      },
      {
        da: 'Tag temperaturmålingen igen og se, hvad der har flyttet sig.',
        en: 'Take the readiness check again and see what has changed.',
      },
      {
        da: 'Hvordan går det med sparring og supervision, og er der nok af det?',
        en: 'How are supervision and reflection with other peer workers going, and is there enough of it?',
        volunteer: {
          da: 'Hvordan går det med sparring og vejledning, og er der nok af det?',
          en: 'How are guidance and reflection with other volunteer peers going, and is there enough of it?',
        },
      },
      {
        da: 'Hvad skal I justere i funktionsbeskrivelsen eller aftalen for det næste år?',
        en: 'What do you need to adjust in the job description or the agreement for the year ahead?',
        volunteer: {
          da: 'Hvad skal I justere i opgaverne eller frivilligaftalen for det næste år?',
          en: 'What do you need to adjust in the tasks or the volunteer agreement for the year ahead?',
        },
      },
    ],
  },
};

/** The lengths offered, in minutes; the form starts at `DEFAULT_FOLLOW_UP_MINUTES`. */
export const FOLLOW_UP_DURATIONS = [30, 60, 90] as const;
export const DEFAULT_FOLLOW_UP_MINUTES = 60;
export const DEFAULT_FOLLOW_UP_TIME = '10:00';

/** Texts of "Læg i kalenderen" and its small form. */
export const calendarUi = {
  add: { da: 'Læg i kalenderen', en: 'Add to calendar' },
  /** The button's full name for screen readers, with the follow-up it is for. */
  addLabel: {
    da: (name: string) => `Læg i kalenderen: ${name}`,
    en: (name: string) => `Add to calendar: ${name}`,
  } satisfies TextFn<[string]>,
  suggested: {
    da: (date: string) => `Forslag: ${date}`,
    en: (date: string) => `Suggested: ${date}`,
  } satisfies TextFn<[string]>,
  date: { da: 'Dato', en: 'Date' },
  time: { da: 'Tidspunkt', en: 'Time' },
  duration: { da: 'Varighed', en: 'Length' },
  minutes: {
    da: (minutes: number) => `${minutes} minutter`,
    en: (minutes: number) => `${minutes} minutes`,
  } satisfies TextFn<[number]>,
  noNames: {
    da: 'Begivenheden nævner ingen navne. Skriv selv et navn i kalenderen, hvis I vil.',
    en: 'The event names no one. Add a name in your calendar yourselves if you want to.',
  },
  download: { da: 'Hent kalenderfilen', en: 'Download the calendar file' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  invalid: {
    da: 'Vælg en dato og et tidspunkt.',
    en: 'Choose a date and a time.',
  },
  ready: {
    da: 'Kalenderfilen er hentet. Åbn den for at lægge opfølgningen i kalenderen.',
    en: 'The calendar file is downloaded. Open it to add the follow-up to your calendar.',
  },
  agendaHeading: { da: 'Dagsorden', en: 'Agenda' },
  /** The file's name: no person's name, no letters outside ASCII. */
  fileName: {
    da: (months: number) => `peerstart-opfoelgning-${months}-maaneder.ics`,
    en: (months: number) => `peerstart-follow-up-${months}-months.ics`,
  } satisfies TextFn<[number]>,
} as const satisfies Record<string, Text | TextFn<never[]>>;
