import type { Text, TextFn } from './types';

/**
 * Texts of the peer worker's own parts of a case (issue 18), with a volunteer case's wording
 * ("den frivillige peers", the board and the other volunteers instead of the team or HR): folded on the shared screen, and out of
 * every file unless the peer worker agrees. `name` is the peer worker's name in the possessive
 * ("Jonas'", "Mettes"), or "peer-medarbejderens" when the case has no name.
 */
export const consentUi = {
  partTitle: {
    'practicalities.voice': {
      da: (name: string) => `${name} egne overvejelser`,
      en: (name: string) => `${name} own thoughts`,
    },
    'practicalities.disclosure': {
      da: (name: string) => `${name} aftale om åbenhed`,
      en: (name: string) => `${name} agreement on openness`,
    },
    'role-star.solo': {
      da: (name: string) => `${name} egen rollestjerne`,
      en: (name: string) => `${name} own Role Star`,
    },
  } satisfies Record<string, TextFn<[string]>>,
  /** The same parts, spoken to the peer worker when they are asked for their yes. */
  partYours: {
    'practicalities.voice': { da: 'dine egne overvejelser', en: 'your own thoughts' },
    'practicalities.disclosure': { da: 'din aftale om åbenhed', en: 'your agreement on openness' },
    'role-star.solo': { da: 'din egen rollestjerne', en: 'your own Role Star' },
  } satisfies Record<string, Text>,
  /** In the PDF's consent line, after the name: "egne overvejelser, aftale om åbenhed". */
  partShort: {
    'practicalities.voice': { da: 'egne overvejelser', en: 'own thoughts' },
    'practicalities.disclosure': { da: 'aftale om åbenhed', en: 'agreement on openness' },
    'role-star.solo': { da: 'egen rollestjerne', en: 'own Role Star' },
  } satisfies Record<string, Text>,
  noName: {
    da: 'peer-medarbejderens',
    en: 'the peer worker’s',
    volunteer: { da: 'den frivillige peers', en: 'the volunteer peer’s' },
  } satisfies Text,
  show: { da: 'vis', en: 'show' } satisfies Text,
  hide: { da: 'skjul', en: 'hide' } satisfies Text,
  foldedHint: {
    da: 'Skjult, fordi det er peer-medarbejderens egne ord. Vis det, når I begge vil se det.',
    en: 'Hidden because these are the peer worker’s own words. Show it when you both want to see it.',
    volunteer: {
      da: 'Skjult, fordi det er den frivillige peers egne ord. Vis det, når I begge vil se det.',
      en: 'Hidden because these are the volunteer peer’s own words. Show it when you both want to see it.',
    },
  } satisfies Text,
  written: {
    da: (count: number) => (count === 1 ? '1 svar skrevet' : `${count} svar skrevet`),
    en: (count: number) => (count === 1 ? '1 answer written' : `${count} answers written`),
  } satisfies TextFn<[number]>,
} as const;

export const AUDIENCES = ['pair', 'team', 'custom'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The choice of who a PDF is for, and what it holds. */
export const audienceUi = {
  legend: { da: 'Hvem er PDF’en til?', en: 'Who is the PDF for?' } satisfies Text,
  audience: {
    pair: { da: 'Til jer to', en: 'For the two of you' },
    team: {
      da: 'Til teamet eller HR',
      en: 'For the team or HR',
      volunteer: {
        da: 'Til bestyrelsen eller de andre frivillige',
        en: 'For the board or the other volunteers',
      },
    },
    custom: { da: 'Vælg selv', en: 'Choose yourselves' },
  } satisfies Record<Audience, Text>,
  audienceHint: {
    pair: {
      da: 'Alt, hvad I har skrevet sammen, også noten om forløbet.',
      en: 'Everything you have written together, including the note on the case.',
    },
    team: {
      da: 'Det, teamet skal bruge. Noten om forløbet er ikke med.',
      en: 'What the team needs. The note on the case is left out.',
      volunteer: {
        da: 'Det, foreningen skal bruge. Noten om forløbet er ikke med.',
        en: 'What the association needs. The note on the case is left out.',
      },
    },
    custom: { da: 'Sæt selv flueben ved det, der skal med.', en: 'Tick what is to go in.' },
  } satisfies Record<Audience, Text>,
  contents: { da: 'PDF’en kommer til at indeholde', en: 'The PDF will hold' } satisfies Text,
  caseDetails: { da: 'Oplysninger om forløbet', en: 'Details of the case' } satisfies Text,
  caseNote: { da: 'Noten om forløbet', en: 'The note on the case' } satisfies Text,
  advice: { da: 'Peer-Netværkets 5 gode råd', en: 'Peer-Netværket’s 5 pieces of advice' } satisfies Text,
  peerPartsHeading: {
    da: (name: string) => `${name} egne dele – kun med samtykke`,
    en: (name: string) => `${name} own parts – only with consent`,
  } satisfies TextFn<[string]>,
  peerPartsIntro: {
    da: 'De er ikke med, medmindre peer-medarbejderen selv siger ja.',
    en: 'They are left out unless the peer worker says yes.',
    volunteer: {
      da: 'De er ikke med, medmindre den frivillige peer selv siger ja.',
      en: 'They are left out unless the volunteer peer says yes.',
    },
  } satisfies Text,
  confirmQuestion: {
    da: (name: string, part: string) => `${name}, vil du have ${part} med i PDF’en?`,
    en: (name: string, part: string) => `${name}, do you want ${part} in the PDF?`,
  } satisfies TextFn<[string, string]>,
  confirmYes: {
    da: (name: string) => `Ja, jeg er ${name}, og jeg siger ja`,
    en: (name: string) => `Yes, I am ${name}, and I agree`,
  } satisfies TextFn<[string]>,
  confirmNoName: {
    da: 'peer-medarbejderen',
    en: 'the peer worker',
    volunteer: { da: 'den frivillige peer', en: 'the volunteer peer' },
  } satisfies Text,
  confirmNo: { da: 'Nej, lad det være ude', en: 'No, leave it out' } satisfies Text,
  consentGiven: {
    da: (date: string) => `Med, efter samtykke ${date}`,
    en: (date: string) => `In, with consent on ${date}`,
  } satisfies TextFn<[string]>,
  make: { da: 'Lav PDF’en', en: 'Make the PDF' } satisfies Text,
  cancel: { da: 'Annullér', en: 'Cancel' } satisfies Text,
  nothingChosen: {
    da: 'Sæt flueben ved mindst én del.',
    en: 'Tick at least one part.',
  } satisfies Text,
  /** On the PDF's first page. */
  coverAudience: {
    pair: {
      da: 'Til jer to: lederen og peer-medarbejderen',
      en: 'For the two of you: the manager and the peer worker',
      volunteer: {
        da: 'Til jer to: koordinatoren og den frivillige peer',
        en: 'For the two of you: the coordinator and the volunteer peer',
      },
    },
    team: {
      da: 'Til teamet eller HR',
      en: 'For the team or HR',
      volunteer: {
        da: 'Til bestyrelsen eller de andre frivillige',
        en: 'For the board or the other volunteers',
      },
    },
    custom: { da: 'Med de dele, I selv har valgt', en: 'With the parts you chose yourselves' },
  } satisfies Record<Audience, Text>,
  coverConsent: {
    da: (name: string, parts: string, date: string) =>
      `Indeholder ${name} egne oplysninger (${parts}), delt med samtykke ${date}.`,
    en: (name: string, parts: string, date: string) =>
      `Holds ${name} own information (${parts}), shared with consent on ${date}.`,
  } satisfies TextFn<[string, string, string]>,
  coverNoPeerParts: {
    da: 'Peer-medarbejderens egne dele er ikke med.',
    en: 'The peer worker’s own parts are not included.',
    volunteer: {
      da: 'Den frivillige peers egne dele er ikke med.',
      en: 'The volunteer peer’s own parts are not included.',
    },
  } satisfies Text,
  backupWhy: {
    da: 'Forløbet indeholder peer-medarbejderens egne ord. En sikkerhedskopi har alt med, så beskyt den med en adgangssætning.',
    en: 'The case holds the peer worker’s own words. A backup carries everything, so protect it with a passphrase.',
    volunteer: {
      da: 'Forløbet indeholder den frivillige peers egne ord. En sikkerhedskopi har alt med, så beskyt den med en adgangssætning.',
      en: 'The case holds the volunteer peer’s own words. A backup carries everything, so protect it with a passphrase.',
    },
  } satisfies Text,
} as const;
