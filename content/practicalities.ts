/**
 * Practicalities: what the hiring must settle besides the role itself – qualifications, hours,
 * terms, supervision, peer sparring – and the function description. Facts from Peer-Netværket /
 * PeerMidt's hiring page and Peer-støtte i Region Hovedstaden, in our own words. Field and option
 * ids are storage keys: never change them.
 */
import type { AdviceId, Text, TextFn } from './types';

export const PEER_EDUCATION_OPTIONS = ['yes', 'in-progress', 'no'] as const;
export type PeerEducation = (typeof PEER_EDUCATION_OPTIONS)[number];

export const TERMS_OPTIONS = ['ordinary', 'fleksjob', 'other'] as const;
export type Terms = (typeof TERMS_OPTIONS)[number];

export const peerEducationLabels: Readonly<Record<PeerEducation, Text>> = {
  yes: { da: 'Ja', en: 'Yes' },
  'in-progress': { da: 'I gang / planlagt', en: 'Under way / planned' },
  no: { da: 'Nej', en: 'No' },
};

export const termsLabels: Readonly<Record<Terms, Text>> = {
  ordinary: { da: 'Almindelige vilkår', en: 'Ordinary terms' },
  fleksjob: { da: 'Fleksjob', en: 'Flexi-job' },
  other: { da: 'Andet', en: 'Other' },
};

/** The sections of the screen, in order; each counts once towards progress when anything in it is filled. */
export const PRACTICALITIES_SECTIONS = [
  'qualifications',
  'hours',
  'terms',
  'supervision',
  'sparring',
  'functionDescription',
] as const;
export type PracticalitiesSection = (typeof PRACTICALITIES_SECTIONS)[number];

export interface SectionText {
  title: Text;
  intro: Text;
  advice?: AdviceId;
}

export const practicalitiesSections: Readonly<Record<PracticalitiesSection, SectionText>> = {
  qualifications: {
    title: { da: 'Kvalifikationer', en: 'Qualifications' },
    intro: {
      da: 'Mange peer-medarbejdere har taget en peer-uddannelse, som findes i flere lokale udgaver. Ud over den er baggrunden vidt forskellig. Levede erfaringer og egen recovery vejer ofte tungere end formel uddannelse.',
      en: 'Many peer workers have taken a peer education, which exists in several local versions. Beyond that, backgrounds vary widely. Lived experience and one’s own recovery often weigh more than formal education.',
    },
    advice: 'hire-right',
  },
  hours: {
    title: { da: 'Timetal', en: 'Hours' },
    intro: {
      da: 'Overvej timetallet som for enhver anden faggruppe. Det varierer meget fra sted til sted.',
      en: 'Consider the hours as for any other profession. They vary a lot from place to place.',
    },
  },
  terms: {
    title: { da: 'Vilkår og løn', en: 'Terms and pay' },
    intro: {
      da: 'Ansættelsen sker normalt på almindelige vilkår, men kan også være et fleksjob eller et job med løntilskud. Lønnen aftales lokalt efter den relevante overenskomst – på lige fod med andre medarbejdere.',
      en: 'Employment is normally on ordinary terms, but can also be a flexi-job or a wage-subsidised job. Pay is agreed locally under the relevant collective agreement – on the same footing as other employees.',
    },
    advice: 'equal-terms',
  },
  supervision: {
    title: { da: 'Supervision', en: 'Supervision' },
    intro: {
      da: 'Aftal, hvem der giver supervision, og hvor ofte – fx en ekstern supervisor med peer-baggrund eller en erfaren kollega.',
      en: 'Agree who gives supervision and how often – e.g. an external supervisor with a peer background or an experienced colleague.',
    },
  },
  sparring: {
    title: { da: 'Sparring med andre peers', en: 'Sparring with other peers' },
    intro: {
      da: 'Hvor møder peer-medarbejderen andre peer-medarbejdere? Fx et lokalt netværk, intervision eller Peer-Netværkets fællesskab.',
      en: 'Where does the peer worker meet other peer workers? E.g. a local network, peer group supervision or Peer-Netværket’s community.',
    },
    advice: 'sparring',
  },
  functionDescription: {
    title: { da: 'Funktionsbeskrivelse', en: 'Job description' },
    intro: {
      da: 'Alle erfaringer viser, at en tydelig funktionsbeskrivelse er vigtig. Lav et udkast ud fra jeres aftalte rollestjerne, og ret det til, så det passer.',
      en: 'All experience shows that a clear job description matters. Draft one from your agreed Role Star, then edit it until it fits.',
    },
  },
};

export const practicalitiesText = {
  intro: {
    da: 'De praktiske rammer for ansættelsen: hvad peer-medarbejderen har med sig, timer, vilkår, supervision og sparring – og en funktionsbeskrivelse, I kan bruge.',
    en: 'The practical frame of the hiring: what the peer worker brings, hours, terms, supervision and sparring – and a job description you can use.',
  },
  peerEducation: {
    da: 'Har peer-medarbejderen en peer-uddannelse?',
    en: 'Does the peer worker have a peer education?',
  },
  peerEducationWhich: { da: 'Hvilken peer-uddannelse?', en: 'Which peer education?' },
  peerEducationWhichHint: {
    da: 'Fx navn, sted og år – eller hvornår den er planlagt.',
    en: 'E.g. name, place and year – or when it is planned.',
  },
  otherBackground: { da: 'Anden uddannelse og erhvervserfaring', en: 'Other education and work experience' },
  hours: { da: 'Timer om ugen', en: 'Hours per week' },
  hoursHint: {
    da: 'Typisk 20–30 timer, så peer-medarbejderen bliver en del af personalegruppen. Anbefalet mellem 12 og 37.',
    en: 'Typically 20–30 hours, so the peer worker becomes part of the staff group. Recommended between 12 and 37.',
  },
  hoursOutside: {
    da: (hours: string) =>
      `${hours} timer ligger uden for det anbefalede (12–37). Det kan være helt rigtigt hos jer – tal om hvorfor.`,
    en: (hours: string) =>
      `${hours} hours is outside the recommended range (12–37). That may be right for you – talk about why.`,
  } satisfies TextFn<[string]>,
  hoursNotNumber: {
    da: 'Skriv timetallet som et tal, fx 25.',
    en: 'Write the hours as a number, e.g. 25.',
  },
  terms: { da: 'Ansættelsesform', en: 'Type of employment' },
  termsNote: { da: 'Løn, overenskomst og andre vilkår', en: 'Pay, collective agreement and other terms' },
  termsNoteHint: {
    da: 'Som for andre medarbejdere: overenskomst, løntrin, titel, prøvetid.',
    en: 'As for other employees: collective agreement, pay grade, title, trial period.',
  },
  clear: { da: 'Ryd', en: 'Clear' },
  supervisionWho: { da: 'Hvem giver supervision?', en: 'Who gives supervision?' },
  supervisionHowOften: { da: 'Hvor ofte?', en: 'How often?' },
  supervisionHowOftenHint: { da: 'Fx hver 4. uge, 1½ time.', en: 'E.g. every 4 weeks, 1½ hours.' },
  sparring: { da: 'Sådan får peer-medarbejderen sparring', en: 'How the peer worker gets sparring' },
  functionDescription: { da: 'Funktionsbeskrivelse', en: 'Job description' },
  functionDescriptionHint: {
    da: 'Skriv frit, eller begynd med et udkast ud fra rollestjernen.',
    en: 'Write freely, or start from a draft made from the Role Star.',
  },
  draftButton: { da: 'Lav udkast ud fra rollestjernen', en: 'Draft from the Role Star' },
  draftFrom: {
    da: (round: string, count: number) =>
      `Den aftalte rollestjerne (${round}) har værdier for ${count} opgaver.`,
    en: (round: string, count: number) => `The agreed Role Star (${round}) has values for ${count} tasks.`,
  } satisfies TextFn<[string, number]>,
  noStar: {
    da: 'Der er ingen aftalt rollestjerne endnu. Tag rollestjernen sammen og aftal jeres fælles stjerne – så kan I lave et udkast til funktionsbeskrivelsen her.',
    en: 'There is no agreed Role Star yet. Take the Role Star together and agree on your joint star – then you can draft the job description here.',
  },
  toRoleStar: { da: 'Gå til rollestjernen', en: 'Go to the Role Star' },
  drafted: { da: 'Udkastet er sat ind.', en: 'The draft was inserted.' },
  replaced: {
    da: 'Udkastet erstattede jeres tekst.',
    en: 'The draft replaced your text.',
  },
  undo: { da: 'Fortryd', en: 'Undo' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
} as const;

/** The texts of a drafted function description. */
export const functionDraftText = {
  heading: {
    da: (role: string) => (role ? `Funktionsbeskrivelse: ${role}` : 'Funktionsbeskrivelse'),
    en: (role: string) => (role ? `Job description: ${role}` : 'Job description'),
  } satisfies TextFn<[string]>,
  basis: {
    da: (round: string) => `Udkast ud fra den aftalte rollestjerne (${round}). Ret det til, så det passer.`,
    en: (round: string) => `Draft from the agreed Role Star (${round}). Edit it until it fits.`,
  } satisfies TextFn<[string]>,
  core: { da: 'Kerneopgaver', en: 'Core tasks' },
  important: { da: 'Vigtige opgaver', en: 'Important tasks' },
  part: { da: 'Også en del af rollen', en: 'Also part of the role' },
  notPart: { da: 'Ikke en fast del af rollen', en: 'Not a regular part of the role' },
  unnamedRound: { da: 'uden navn', en: 'unnamed' },
} as const;
