import type { Text, TextFn } from './types';

/** The app shell's own texts (tools keep theirs in their own content file). */
export const ui = {
  appName: { da: 'Peerstart', en: 'Peerstart' },
  skipToContent: { da: 'Spring til indhold', en: 'Skip to content' },
  nav: {
    label: { da: 'Hovedmenu', en: 'Main menu' },
    cases: { da: 'Forløb', en: 'Cases' },
    sources: { da: 'Kilder', en: 'Sources' },
    settings: { da: 'Indstillinger', en: 'Settings' },
  },
  language: {
    label: { da: 'Sprog', en: 'Language' },
    da: { da: 'Dansk', en: 'Danish' },
    en: { da: 'Engelsk', en: 'English' },
  },
  save: {
    saving: { da: 'Gemmer …', en: 'Saving …' },
    saved: { da: 'Gemt', en: 'Saved' },
    failed: { da: 'Ikke gemt', en: 'Not saved' },
  },
  caseList: {
    title: { da: 'Forløb', en: 'Cases' },
    intro: {
      da: 'Et forløb er én peer-rolle – en ansættelse eller en frivillig i en forening: fra overvejelserne før, over starten, til opfølgningen.',
      en: 'A case is one peer role – an employment or a volunteer in an association: from the thinking beforehand, through the start, to follow-up.',
    },
    create: { da: 'Nyt forløb', en: 'New case' },
    search: { da: 'Søg i forløb', en: 'Search cases' },
    searchPlaceholder: { da: 'Organisation, rolle, navn …', en: 'Organisation, role, name …' },
    empty: {
      da: 'Der er ingen forløb endnu. Start et nyt forløb for at komme i gang.',
      en: 'There are no cases yet. Start a new case to begin.',
    },
    noMatch: { da: 'Ingen forløb passer til søgningen.', en: 'No cases match the search.' },
    showMore: {
      da: (n: number) => `Vis flere (${n} mere)`,
      en: (n: number) => `Show more (${n} more)`,
    } satisfies TextFn<[number]>,
    count: {
      da: (n: number) => (n === 1 ? '1 forløb' : `${n} forløb`),
      en: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    } satisfies TextFn<[number]>,
    untitled: { da: 'Forløb uden navn', en: 'Untitled case' },
    edited: {
      da: (when: string) => `Ændret ${when}`,
      en: (when: string) => `Edited ${when}`,
    } satisfies TextFn<[string]>,
    open: { da: 'Åbn', en: 'Open' },
    duplicate: { da: 'Kopiér', en: 'Duplicate' },
    delete: { da: 'Slet', en: 'Delete' },
    copySuffix: { da: '(kopi)', en: '(copy)' },
    deleted: {
      da: (name: string) => `"${name}" er slettet.`,
      en: (name: string) => `"${name}" was deleted.`,
    } satisfies TextFn<[string]>,
    undo: { da: 'Fortryd', en: 'Undo' },
    duplicated: {
      da: (name: string) => `Kopi oprettet: ${name}`,
      en: (name: string) => `Copy created: ${name}`,
    } satisfies TextFn<[string]>,
  },
  common: {
    close: { da: 'Luk', en: 'Close' },
    loading: { da: 'Henter …', en: 'Loading …' },
    notFound: { da: 'Siden findes ikke.', en: 'The page does not exist.' },
    goHome: { da: 'Til forsiden', en: 'Go to the front page' },
  },
  fieldLimits: {
    counter: {
      da: (used: number, max: number) =>
        `${used.toLocaleString('da-DK')} af ${max.toLocaleString('da-DK')} tegn`,
      en: (used: number, max: number) =>
        `${used.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters`,
    } satisfies TextFn<[number, number]>,
    reached: {
      da: (max: number) => `Feltet er fuldt: der er plads til ${max.toLocaleString('da-DK')} tegn.`,
      en: (max: number) => `The field is full: it holds ${max.toLocaleString('en-GB')} characters.`,
    } satisfies TextFn<[number]>,
    dateRange: {
      da: (from: string, to: string) =>
        `Datoen er ikke gemt: skriv en gyldig dato med fire cifre i året, mellem ${from} og ${to}.`,
      en: (from: string, to: string) =>
        `The date is not saved: enter a valid date with a four-digit year, between ${from} and ${to}.`,
    } satisfies TextFn<[string, string]>,
  },
  framed: {
    title: { da: 'Peerstart kan ikke vises her', en: 'Peerstart cannot be shown here' },
    body: {
      da: 'Af hensyn til dine data kører Peerstart kun i sit eget vindue, ikke inde i en anden side. Åbn Peerstart direkte i browseren.',
      en: 'To protect your data, Peerstart only runs in its own window, not inside another page. Open Peerstart directly in the browser.',
    },
  },
  // Added for the tablet: the empty start page of a fresh tablet (the other new texts: ui-tablet.ts).
  emptyStart: {
    importLink: { da: 'Hent en sikkerhedskopi ind', en: 'Load a backup file' },
    importHint: {
      da: 'Flytter I et forløb fra en anden tablet? Hent sikkerhedskopien ind her.',
      en: 'Moving a case from another tablet? Load its backup file here.',
    },
  },
} as const satisfies UiTree;

/** Every leaf of the UI tree is a translated text or a translated text function. */
type UiTree = { readonly [key: string]: Text | TextFn<never[]> | UiTree };
