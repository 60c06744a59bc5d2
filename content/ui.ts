import type { Text, TextFn } from './types';

/** The app shell's own texts (tools keep theirs in their own content file). */
export const ui = {
  appName: { da: 'Peerstart', en: 'Peerstart' },
  tagline: {
    da: 'Ansættelse og jobstart for peer-medarbejdere',
    en: 'Hiring and starting a peer worker',
  },
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
    quota: {
      da: 'Der er ikke plads på enheden, så den seneste ændring blev ikke gemt. Din tekst står der stadig. Frigør plads (fx ved at slette gamle forløb eller filer), så gemmes den ved næste ændring.',
      en: 'The device is out of space, so the latest change was not saved. Your text is still here. Free some space (e.g. delete old cases or files) and it will be saved on the next change.',
    },
    unknown: {
      da: 'Den seneste ændring kunne ikke gemmes. Din tekst står der stadig; prøv igen om lidt.',
      en: 'The latest change could not be saved. Your text is still here; try again in a moment.',
    },
    retry: { da: 'Prøv at gemme igen', en: 'Try saving again' },
  },
  database: {
    opening: { da: 'Åbner dine data …', en: 'Opening your data …' },
    blocked: {
      da: 'Peerstart er åben i en anden fane med en ældre version. Luk den anden fane, så fortsætter vi her.',
      en: 'Peerstart is open in another tab with an older version. Close the other tab and we will continue here.',
    },
    newerVersion: {
      da: 'Dine data er gemt af en nyere version af Peerstart. Genindlæs siden for at hente den nye version.',
      en: 'Your data was saved by a newer version of Peerstart. Reload the page to get the new version.',
    },
    versionChange: {
      da: 'Peerstart er blevet opdateret i en anden fane. Genindlæs for at fortsætte – alt er gemt.',
      en: 'Peerstart was updated in another tab. Reload to continue – everything is saved.',
    },
    unavailable: {
      da: 'Browseren giver ikke Peerstart lov til at gemme data (fx i privat tilstand). Intet kan gemmes her.',
      en: 'The browser does not let Peerstart store data (e.g. in private mode). Nothing can be saved here.',
    },
    reload: { da: 'Genindlæs', en: 'Reload' },
  },
  caseList: {
    title: { da: 'Forløb', en: 'Cases' },
    intro: {
      da: 'Et forløb er én ansættelse: fra overvejelserne før, over ansættelsen, til jobstart og opfølgning.',
      en: 'A case is one hiring: from the thinking beforehand, through the hiring, to job start and follow-up.',
    },
    create: { da: 'Nyt forløb', en: 'New case' },
    search: { da: 'Søg i forløb', en: 'Search cases' },
    searchPlaceholder: { da: 'Organisation, rolle, navn …', en: 'Organisation, role, name …' },
    empty: {
      da: 'Der er ingen forløb endnu. Start et nyt forløb for at komme i gang.',
      en: 'There are no cases yet. Start a new case to begin.',
    },
    noMatch: { da: 'Ingen forløb passer til søgningen.', en: 'No cases match the search.' },
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
    actionsFor: {
      da: (name: string) => `Handlinger for ${name}`,
      en: (name: string) => `Actions for ${name}`,
    } satisfies TextFn<[string]>,
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
    cancel: { da: 'Annuller', en: 'Cancel' },
    loading: { da: 'Henter …', en: 'Loading …' },
    whatDoesItMean: { da: 'Hvad betyder det?', en: 'What does it mean?' },
    changedElsewhere: {
      da: 'Teksten blev ændret i en anden fane. Din udgave står her og gemmes, når du skriver videre.',
      en: 'The text was changed in another tab. Your version is shown here and is saved when you keep typing.',
    },
    useOtherVersion: { da: 'Brug den anden udgave', en: 'Use the other version' },
    notFound: { da: 'Siden findes ikke.', en: 'The page does not exist.' },
    goHome: { da: 'Til forsiden', en: 'Go to the front page' },
  },
} as const satisfies UiTree;

/** Every leaf of the UI tree is a translated text or a translated text function. */
type UiTree = { readonly [key: string]: Text | TextFn<never[]> | UiTree };
