import type { CaseKind, Lang, Text } from './types';

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
      da: 'Ulønnet, i en forening, et værested eller en selvhjælpsgruppe: frivilligaftale, udgifter, forsikring og start.',
      en: 'Unpaid, in an association, a drop-in centre or a self-help group: volunteer agreement, expenses, insurance and start.',
    },
  } satisfies Record<CaseKind, Text>,
  /** On the overview and the PDF's first page. */
  short: {
    employment: { da: 'Ansættelse', en: 'Employment' },
    volunteer: { da: 'Frivillig peer i en forening', en: 'Volunteer peer in an association' },
  } satisfies Record<CaseKind, Text>,
} as const;

/** The employment-only words of one language. */
export function employmentOnlyWords(lang: Lang): RegExp[] {
  return EMPLOYMENT_ONLY_WORDS.filter((entry) => entry.lang === lang).map((entry) => entry.word);
}

/**
 * Words that belong to an employment and must not be on any screen or in any PDF of a volunteer
 * case (checked by content/volunteer-words.test.ts on every text, and by the browser spec on every
 * screen). A volunteer is unpaid, has no manager or colleagues in the employment sense, and no
 * employment law applies.
 */
export const EMPLOYMENT_ONLY_WORDS: readonly { lang: Lang; word: RegExp }[] = [
  { lang: 'da', word: /ansæt/i },
  { lang: 'da', word: /\bansat/i },
  { lang: 'da', word: /overenskomst/i },
  { lang: 'da', word: /funktionærlov/i },
  { lang: 'da', word: /fleksjob/i },
  { lang: 'da', word: /løntilskud/i },
  { lang: 'da', word: /\bløn(nen|ninger|ning|s)?\b/i },
  { lang: 'da', word: /jobstart/i },
  { lang: 'da', word: /jobsamtale/i },
  { lang: 'da', word: /prøvetid/i },
  { lang: 'da', word: /medarbejder/i },
  { lang: 'da', word: /\bkolleg/i },
  { lang: 'da', word: /\bleder(e|en|ens|ne|nes)?\b/i },
  { lang: 'da', word: /arbejdsgiver/i },
  { lang: 'da', word: /\bHR\b/ },
  { lang: 'en', word: /employ/i },
  { lang: 'en', word: /\bhir(e|ed|es|ing)\b/i },
  { lang: 'en', word: /\bsalary\b/i },
  { lang: 'en', word: /\bwages?\b/i },
  { lang: 'en', word: /\bmanager/i },
  { lang: 'en', word: /\bcolleague/i },
  { lang: 'en', word: /\bHR\b/ },
  { lang: 'en', word: /job start/i },
  { lang: 'en', word: /probation/i },
  { lang: 'en', word: /collective agreement/i },
  { lang: 'en', word: /peer worker/i },
];
