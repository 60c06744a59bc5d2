import type { CaseKind, Text } from './types';

/**
 * The two kinds of case (issue 22). Peer-Netværket's own start page speaks of both: employing peer
 * workers, and engaging volunteer peers in an association (a user organisation, a værested run by
 * a forening, a self-help group).
 */
export const caseKindUi = {
  legend: { da: 'Hvad er forløbet?', en: 'What is the case?' },
  kind: {
    employment: { da: 'Ansættelse af en peer-medarbejder', en: 'Employing a peer worker' },
    volunteer: { da: 'Frivillig peer i en forening', en: 'A volunteer peer in an association' },
  } satisfies Record<CaseKind, Text>,
  hint: {
    employment: {
      da: 'En lønnet stilling på en arbejdsplads: ansættelse, vilkår og jobstart.',
      en: 'A paid post at a workplace: hiring, terms and the first weeks in the job.',
    },
    volunteer: {
      da: 'Ulønnet, i en forening eller brugerorganisation: frivilligaftale, udgifter, forsikring og start.',
      en: 'Unpaid, in an association or user organisation: volunteer agreement, expenses, insurance and start.',
    },
  } satisfies Record<CaseKind, Text>,
  /** On the overview and the PDF's first page. */
  short: {
    employment: { da: 'Ansættelse', en: 'Employment' },
    volunteer: { da: 'Frivillig peer i en forening', en: 'Volunteer peer in an association' },
  } satisfies Record<CaseKind, Text>,
} as const;

/**
 * Words that belong to an employment and must not be on any screen or in any PDF of a volunteer
 * case (checked by content/volunteer-words.test.ts on every text, and by the browser spec on every
 * screen). A volunteer is unpaid, has no manager or colleagues in the employment sense, and no
 * employment law applies.
 */
export const EMPLOYMENT_ONLY_WORDS: Readonly<Record<'da' | 'en', readonly RegExp[]>> = {
  da: [
    /ansæt/i,
    /\bansat/i,
    /overenskomst/i,
    /funktionærlov/i,
    /fleksjob/i,
    /løntilskud/i,
    /\bløn(nen|ninger|ning|s)?\b/i,
    /jobstart/i,
    /jobsamtale/i,
    /prøvetid/i,
    /medarbejder/i,
    /\bkolleg/i,
    /\bleder(e|en|ens|ne|nes)?\b/i,
    /arbejdsgiver/i,
    /\bHR\b/,
  ],
  en: [
    /employ/i,
    /\bhir(e|ed|es|ing)\b/i,
    /\bsalary\b/i,
    /\bwages?\b/i,
    /\bmanager/i,
    /\bcolleague/i,
    /\bHR\b/,
    /job start/i,
    /probation/i,
    /collective agreement/i,
    /peer worker/i,
  ],
};
