import type { TextFn } from './types';

/** Texts of workshop mode: the facilitator's section in Settings, the pairs' start screen and the hand-over. */
export const workshopUi = {
  settings: {
    heading: { da: 'Workshop', en: 'Workshop' },
    intro: {
      da: 'Til en workshop, hvor flere par skiftes til at bruge tabletten. Hvert par laver sit eget forløb og tager det med som fil. Bagefter slettes forløbet fra tabletten, så det næste par starter på en ren skærm.',
      en: 'For a workshop where several pairs take turns with the tablet. Each pair makes its own case and takes it away as a file. Then the case is deleted from the tablet, so the next pair starts on a clean screen.',
    },
    start: { da: 'Start workshop', en: 'Start workshop' },
    notEmpty: {
      da: (n: number) =>
        `Der ligger ${n === 1 ? '1 forløb' : `${n} forløb`} på tabletten. Deltagerne må ikke kunne se dem, så en workshop starter på en tom tablet. Gem en sikkerhedskopi af alle forløb, og slet dem under "Slet alle data" nederst på siden. Efter workshoppen kan du hente dem ind igen fra sikkerhedskopien.`,
      en: (n: number) =>
        `There ${n === 1 ? 'is 1 case' : `are ${n} cases`} on the tablet. The participants must not see them, so a workshop starts on an empty tablet. Save a backup file of all cases, and delete them under "Delete all data" at the bottom of the page. After the workshop you can import them again from the backup file.`,
    } satisfies TextFn<[number]>,
    running: {
      da: (since: string) => `Workshoppen har kørt siden ${since}.`,
      en: (since: string) => `The workshop has been running since ${since}.`,
    } satisfies TextFn<[string]>,
    handedOver: {
      da: (n: number) =>
        n === 0
          ? 'Ingen par har afleveret endnu.'
          : n === 1
            ? '1 par har afleveret.'
            : `${n} par har afleveret.`,
      en: (n: number) =>
        n === 0
          ? 'No pair has handed over yet.'
          : n === 1
            ? '1 pair has handed over.'
            : `${n} pairs have handed over.`,
    } satisfies TextFn<[number]>,
    left: {
      da: (n: number) =>
        `${n === 1 ? '1 forløb er' : `${n} forløb er`} ikke afleveret. ${n === 1 ? 'Det' : 'De'} bliver slettet, når du afslutter workshoppen. Gem en sikkerhedskopi først, hvis ${n === 1 ? 'det' : 'de'} skal gemmes.`,
      en: (n: number) =>
        `${n === 1 ? '1 case has' : `${n} cases have`} not been handed over. ${n === 1 ? 'It is' : 'They are'} deleted when you end the workshop. Save a backup file first if ${n === 1 ? 'it' : 'they'} should be kept.`,
    } satisfies TextFn<[number]>,
    end: { da: 'Afslut workshoppen', en: 'End the workshop' },
    endHint: {
      da: 'Tabletten bliver tom og viser igen den almindelige forside.',
      en: 'The tablet is emptied and shows the usual start page again.',
    },
    ended: { da: 'Workshoppen er afsluttet.', en: 'The workshop has ended.' },
  },
  start: {
    title: { da: 'Workshop i gang', en: 'Workshop running' },
    intro: {
      da: 'Her laver I jeres eget forløb og arbejder med redskaberne. Når I er færdige, tager I forløbet med som PDF eller sikkerhedskopi, og så bliver det slettet fra tabletten.',
      en: 'Here you make your own case and work with the tools. When you are done, you take the case with you as a PDF or backup file, and then it is deleted from the tablet.',
    },
    begin: { da: 'Start jeres forløb', en: 'Start your case' },
    inProgress: {
      da: 'Et forløb er i gang på tabletten.',
      en: 'A case is in progress on the tablet.',
    },
    continue: { da: 'Fortsæt forløbet', en: 'Continue the case' },
    handOver: { da: 'Afslut og aflever', en: 'Finish and hand over' },
    done: {
      da: 'Forløbet er slettet fra tabletten. Tabletten er klar til det næste par.',
      en: 'The case has been deleted from the tablet. The tablet is ready for the next pair.',
    },
    facilitator: {
      da: 'Workshoppen afsluttes af facilitatoren under Indstillinger.',
      en: 'The facilitator ends the workshop under Settings.',
    },
  },
  overview: {
    heading: { da: 'Færdige?', en: 'Finished?' },
    text: {
      da: 'Tag forløbet med som PDF eller sikkerhedskopi. Bagefter slettes det fra tabletten.',
      en: 'Take the case with you as a PDF or backup file. Then it is deleted from the tablet.',
    },
  },
  handOver: {
    title: { da: 'Afslut og aflever', en: 'Finish and hand over' },
    back: { da: 'Tilbage til forløbet', en: 'Back to the case' },
    intro: {
      da: 'Vælg, hvad I vil tage med. Når I har delt eller hentet en fil, sletter Peerstart forløbet fra tabletten, så det næste par starter på en ren skærm.',
      en: 'Choose what to take with you. Once you have shared or downloaded a file, Peerstart deletes the case from the tablet, so the next pair starts on a clean screen.',
    },
    nothing: {
      da: 'Der er intet forløb at aflevere.',
      en: 'There is no case to hand over.',
    },
    toStart: { da: 'Til forsiden', en: 'To the start page' },
    pdf: {
      heading: { da: 'PDF', en: 'PDF' },
      text: {
        da: 'Hele forløbet som PDF, til jer selv, teamet eller HR.',
        en: 'The whole case as a PDF, for yourselves, the team or HR.',
      },
      make: { da: 'Lav PDF', en: 'Make PDF' },
      delivered: { da: 'PDF’en er delt eller hentet.', en: 'The PDF has been shared or downloaded.' },
    },
    backup: {
      heading: { da: 'Sikkerhedskopi', en: 'Backup file' },
      text: {
        da: 'En fil, som Peerstart kan hente ind igen, så I kan arbejde videre på en anden tablet.',
        en: 'A file Peerstart can import again, so you can continue on another tablet.',
      },
      make: { da: 'Lav sikkerhedskopi', en: 'Make backup file' },
      delivered: {
        da: 'Sikkerhedskopien er delt eller hentet.',
        en: 'The backup file has been shared or downloaded.',
      },
    },
    preparing: { da: 'Gør filen klar …', en: 'Preparing the file …' },
    ready: {
      da: (name: string) => `Filen er klar: ${name}`,
      en: (name: string) => `The file is ready: ${name}`,
    } satisfies TextFn<[string]>,
    failed: {
      da: 'Filen kunne ikke laves. Prøv igen; forløbet er ikke slettet.',
      en: 'The file could not be made. Try again; the case has not been deleted.',
    },
    finish: {
      heading: { da: 'Slet forløbet fra tabletten', en: 'Delete the case from the tablet' },
      waiting: {
        da: 'Del eller hent mindst én fil først.',
        en: 'Share or download at least one file first.',
      },
      ready: {
        da: 'Har I fået jeres fil? Så slet forløbet, og giv tabletten videre.',
        en: 'Do you have your file? Then delete the case and pass the tablet on.',
      },
      button: { da: 'Slet forløbet og giv tabletten videre', en: 'Delete the case and pass the tablet on' },
      noFile: { da: 'Vil I ikke have en fil med?', en: 'Don’t want a file?' },
      noFileText: {
        da: 'Så slettes forløbet uden at blive gemt nogen steder. Det kan ikke fortrydes.',
        en: 'Then the case is deleted without being kept anywhere. This cannot be undone.',
      },
      noFileButton: { da: 'Slet uden at tage en fil med', en: 'Delete without taking a file' },
      deleting: { da: 'Sletter forløbet …', en: 'Deleting the case …' },
      deleteFailed: {
        da: 'Forløbet kunne ikke slettes. Prøv igen.',
        en: 'The case could not be deleted. Try again.',
      },
    },
  },
} as const satisfies Record<string, unknown>;
