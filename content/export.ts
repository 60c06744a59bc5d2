import type { Text, TextFn } from './types';

/** Texts of the PDF report, the backup file and the import flow. */
export const exportUi = {
  caseCard: {
    heading: { da: 'Del og gem', en: 'Share and keep' },
    intro: {
      da: 'En PDF, hvor I vælger, hvem den er til, og hvad den rummer. Peer-medarbejderens egne ord kommer kun med, hvis hun eller han siger ja. Og en sikkerhedskopi, så forløbet kan hentes ind igen eller flyttes til en anden enhed.',
      en: 'A PDF, where you choose who it is for and what it holds. The peer worker’s own words go in only if they say yes. And a backup file, so the case can be restored or moved to another device.',
      volunteer: {
        da: 'En PDF, hvor I vælger, hvem den er til, og hvad den rummer. Den frivillige peers egne ord kommer kun med, hvis hun eller han siger ja. Og en sikkerhedskopi, så forløbet kan hentes ind igen eller flyttes til en anden enhed.',
        en: 'A PDF, where you choose who it is for and what it holds. The volunteer peer’s own words go in only if they say yes. And a backup file, so the case can be restored or moved to another device.',
      },
    },
  },
  pdf: {
    heading: { da: 'PDF-rapport', en: 'PDF report' },
    intro: {
      da: 'Lav en PDF med forløbets oplysninger og alt, hvad I har udfyldt. Den kan deles med teamet eller HR.',
      en: 'Make a PDF with the case details and everything you have filled in. It can be shared with the team or HR.',
    },
    makeCase: { da: 'Lav PDF af forløbet', en: 'Make PDF of the case' },
    makeTool: { da: 'Lav PDF', en: 'Make PDF' },
    makeToolLabel: {
      da: (tool: string) => `Lav PDF af ${tool}`,
      en: (tool: string) => `Make PDF of ${tool}`,
    } satisfies TextFn<[string]>,
    readyShort: { da: 'PDF’en er klar.', en: 'The PDF is ready.' },
    share: { da: 'Del', en: 'Share' },
    download: { da: 'Hent', en: 'Download' },
    again: { da: 'Lav en ny', en: 'Make a new one' },
    ready: {
      da: (name: string) => `PDF’en er klar: ${name}`,
      en: (name: string) => `The PDF is ready: ${name}`,
    } satisfies TextFn<[string]>,
    failed: {
      da: 'PDF’en kunne ikke laves. Prøv igen; dine data er ikke påvirket.',
      en: 'The PDF could not be made. Try again; your data is not affected.',
    },
    shareFailed: {
      da: 'Delingen lykkedes ikke. Brug "Hent" i stedet.',
      en: 'Sharing did not work. Use "Download" instead.',
    },
    steps: {
      loading: { da: 'Gør PDF-værktøjet klar …', en: 'Preparing the PDF tool …' },
      collecting: { da: 'Samler forløbets indhold …', en: 'Gathering the case content …' },
      rendering: {
        da: (done: number, total: number) => `Skriver afsnit ${done} af ${total} …`,
        en: (done: number, total: number) => `Writing section ${done} of ${total} …`,
      } satisfies TextFn<[number, number]>,
      finishing: { da: 'Lægger sidste hånd på PDF’en …', en: 'Finishing the PDF …' },
    },
  },
  report: {
    documentTitle: { da: 'Forløbsrapport', en: 'Case report' },
    toolReport: {
      da: (tool: string) => `Rapport: ${tool}`,
      en: (tool: string) => `Report: ${tool}`,
    } satisfies TextFn<[string]>,
    untitled: { da: 'Forløb uden navn', en: 'Untitled case' },
    kind: { da: 'Forløb', en: 'Case' },
    organisation: {
      da: 'Organisation',
      en: 'Organisation',
      volunteer: { da: 'Forening', en: 'Association' },
    },
    unit: {
      da: 'Afdeling / enhed',
      en: 'Department / unit',
      volunteer: { da: 'Aktivitet / afdeling', en: 'Activity / branch' },
    },
    role: { da: 'Rolle', en: 'Role' },
    manager: { da: 'Leder', en: 'Manager', volunteer: { da: 'Koordinator', en: 'Coordinator' } },
    peer: {
      da: 'Peer-medarbejder',
      en: 'Peer worker',
      volunteer: { da: 'Frivillig peer', en: 'Volunteer peer' },
    },
    startDate: { da: 'Startdato', en: 'Start date' },
    note: { da: 'Note', en: 'Note' },
    madeOn: {
      da: (date: string) => `Lavet ${date}`,
      en: (date: string) => `Made ${date}`,
    } satisfies TextFn<[string]>,
    contents: { da: 'Indhold', en: 'Contents' },
    noContent: {
      da: 'Der er ikke udfyldt noget i redskaberne endnu.',
      en: 'Nothing has been filled in in the tools yet.',
    },
    noToolContent: {
      da: 'Der er ikke udfyldt noget i dette redskab endnu.',
      en: 'Nothing has been filled in in this tool yet.',
    },
    footer: {
      da: (date: string) => `Peerstart · ${date}`,
      en: (date: string) => `Peerstart · ${date}`,
    } satisfies TextFn<[string]>,
    page: {
      da: (page: number, total: number) => `Side ${page} af ${total}`,
      en: (page: number, total: number) => `Page ${page} of ${total}`,
    } satisfies TextFn<[number, number]>,
    done: { da: 'Udført', en: 'Done' },
    notDone: { da: 'Ikke udført', en: 'Not done' },
    chartTable: {
      da: 'Tallene bag diagrammet står i tabellen nedenfor.',
      en: 'The numbers behind the chart are in the table below.',
    },
    replacedCharacters: {
      da: 'Emoji og tegn, som PDF’ens skrifter ikke har, står som [emoji] eller �. Kopierer du teksten, får du tegnene, som de blev skrevet.',
      en: 'Emoji and characters the PDF’s fonts lack are shown as [emoji] or �. Copying the text gives the characters as they were typed.',
    },
    fileStem: { da: 'forloeb', en: 'case' },
  },
  backup: {
    heading: { da: 'Sikkerhedskopi', en: 'Backup file' },
    intro: {
      da: 'Peerstart gemmer kun på denne enhed. En sikkerhedskopi er en fil med forløbene, som du kan gemme et sikkert sted og hente ind igen – også på en anden enhed.',
      en: 'Peerstart stores data on this device only. A backup file holds the cases; keep it somewhere safe and import it again – also on another device.',
    },
    exportAll: { da: 'Gem sikkerhedskopi af alle forløb', en: 'Save a backup of all cases' },
    exportCase: { da: 'Gem sikkerhedskopi af forløbet', en: 'Save a backup of this case' },
    exported: {
      da: (name: string) => `Sikkerhedskopien er gemt som ${name}.`,
      en: (name: string) => `The backup was saved as ${name}.`,
    } satisfies TextFn<[string]>,
    exportFailed: {
      da: 'Sikkerhedskopien kunne ikke laves. Prøv igen.',
      en: 'The backup file could not be made. Try again.',
    },
    never: { da: 'Der er ikke taget en sikkerhedskopi endnu.', en: 'No backup file has been made yet.' },
    lastAt: {
      da: (when: string) => `Seneste sikkerhedskopi: ${when}.`,
      en: (when: string) => `Last backup: ${when}.`,
    } satisfies TextFn<[string]>,
    changedSince: {
      da: (n: number) => (n === 1 ? '1 forløb er ændret siden da.' : `${n} forløb er ændret siden da.`),
      en: (n: number) => (n === 1 ? '1 case has changed since then.' : `${n} cases have changed since then.`),
    } satisfies TextFn<[number]>,
    upToDate: { da: 'Alle ændringer er med i den.', en: 'It includes every change.' },
    reminder: {
      da: 'Husk en sikkerhedskopi: browseren kan slette data, der kun ligger på enheden.',
      en: 'Remember a backup: the browser may delete data that exists only on this device.',
    },
    fileStem: { da: 'peerstart-sikkerhedskopi', en: 'peerstart-backup' },
    allStem: { da: 'alle', en: 'all' },
    goToImport: { da: 'Hent en sikkerhedskopi ind', en: 'Import a backup file' },
  },
  importing: {
    heading: { da: 'Hent en sikkerhedskopi ind', en: 'Import a backup file' },
    intro: {
      da: 'Vælg en sikkerhedskopi (.json) fra Peerstart. Du ser, hvad den indeholder, før noget bliver gemt.',
      en: 'Choose a Peerstart backup file (.json). You see what it contains before anything is saved.',
    },
    choose: { da: 'Vælg fil …', en: 'Choose file …' },
    reading: { da: 'Læser filen …', en: 'Reading the file …' },
    previewTitle: {
      da: (file: string) => `Indhold i ${file}`,
      en: (file: string) => `Contents of ${file}`,
    } satisfies TextFn<[string]>,
    madeBy: {
      da: (version: string, when: string) => `Lavet med Peerstart ${version} ${when}.`,
      en: (version: string, when: string) => `Made with Peerstart ${version} on ${when}.`,
    } satisfies TextFn<[string, string]>,
    caseCount: {
      da: (n: number) => (n === 1 ? '1 forløb' : `${n} forløb`),
      en: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    } satisfies TextFn<[number]>,
    caseLine: {
      da: (tools: number, rounds: number, when: string) =>
        `${tools === 1 ? '1 redskab' : `${tools} redskaber`} udfyldt, ${rounds === 1 ? '1 runde' : `${rounds} runder`}, ændret ${when}`,
      en: (tools: number, rounds: number, when: string) =>
        `${tools === 1 ? '1 tool' : `${tools} tools`} filled in, ${rounds === 1 ? '1 round' : `${rounds} rounds`}, edited ${when}`,
    } satisfies TextFn<[number, number, string]>,
    conflict: {
      da: 'Findes allerede på denne enhed',
      en: 'Already on this device',
    },
    conflictQuestion: {
      da: (n: number) =>
        n === 1
          ? '1 forløb findes allerede her. Hvad skal der ske med det?'
          : `${n} forløb findes allerede her. Hvad skal der ske med dem?`,
      en: (n: number) =>
        n === 1
          ? '1 case is already here. What should happen to it?'
          : `${n} cases are already here. What should happen to them?`,
    } satisfies TextFn<[number]>,
    keepBoth: {
      da: 'Behold begge (filens udgave bliver en kopi)',
      en: 'Keep both (the file’s version becomes a copy)',
    },
    replace: {
      da: 'Erstat udgaven her med filens udgave',
      en: 'Replace the version here with the file’s version',
    },
    copySuffix: { da: '(importeret)', en: '(imported)' },
    confirm: { da: 'Importér', en: 'Import' },
    cancel: { da: 'Annuller', en: 'Cancel' },
    cancelled: { da: 'Intet er importeret.', en: 'Nothing was imported.' },
    done: {
      da: (n: number) => (n === 1 ? '1 forløb er importeret.' : `${n} forløb er importeret.`),
      en: (n: number) => (n === 1 ? '1 case was imported.' : `${n} cases were imported.`),
    } satisfies TextFn<[number]>,
  },
  errors: {
    empty: { da: 'Filen er tom.', en: 'The file is empty.' },
    tooLarge: {
      da: (mb: number) => `Filen er for stor (over ${mb} MB) til at være en sikkerhedskopi fra Peerstart.`,
      en: (mb: number) => `The file is too large (over ${mb} MB) to be a Peerstart backup file.`,
    } satisfies TextFn<[number]>,
    notJson: {
      da: 'Filen er ikke en Peerstart-sikkerhedskopi (det er ikke en JSON-fil).',
      en: 'The file is not a Peerstart backup file (it is not a JSON file).',
    },
    truncated: {
      da: 'Filen er afkortet eller beskadiget og kan ikke læses.',
      en: 'The file is truncated or damaged and cannot be read.',
    },
    notBackup: {
      da: 'Filen er ikke en Peerstart-sikkerhedskopi.',
      en: 'The file is not a Peerstart backup file.',
    },
    newer: {
      da: (version: number) =>
        `Filen er lavet af en nyere version af Peerstart (format ${version}). Opdater appen først.`,
      en: (version: number) =>
        `The file was made by a newer version of Peerstart (format ${version}). Update the app first.`,
    } satisfies TextFn<[number]>,
    unknownVersion: {
      da: 'Filen har et formatnummer, Peerstart ikke kender.',
      en: 'The file has a format number Peerstart does not know.',
    },
    invalid: {
      da: (where: string) =>
        `Filen indeholder data, Peerstart ikke kan bruge (ved ${where}). Intet er ændret.`,
      en: (where: string) =>
        `The file contains data Peerstart cannot use (at ${where}). Nothing was changed.`,
    } satisfies TextFn<[string]>,
    readFailed: {
      da: 'Filen kunne ikke læses. Prøv at vælge den igen.',
      en: 'The file could not be read. Try choosing it again.',
    },
    writeFailed: {
      da: 'Importen kunne ikke gemmes, så intet er ændret. Er der plads nok på enheden?',
      en: 'The import could not be saved, so nothing was changed. Is there enough space on the device?',
    },
    encoding: {
      da: 'Filen er ikke gemt som UTF-8-tekst, som Peerstart skriver sine sikkerhedskopier. Måske er den åbnet og gemt igen i et andet program. Vælg den oprindelige fil. Intet er ændret.',
      en: 'The file is not saved as UTF-8 text, the way Peerstart writes its backup files. It may have been opened and saved again in another program. Choose the original file. Nothing was changed.',
    },
    quota: {
      da: 'Der er ikke plads nok på enheden til sikkerhedskopien, så intet er importeret. Frigør plads, og prøv igen.',
      en: 'There is not enough space on the device for the backup, so nothing was imported. Free up space and try again.',
    },
    encrypted: {
      da: 'Filen er beskyttet med en adgangssætning og skal åbnes med den.',
      en: 'The file is protected with a passphrase and must be opened with it.',
    },
    wrongPassphrase: {
      da: 'Forkert adgangssætning: filen kunne ikke åbnes. Tjek store og små bogstaver, og prøv igen. Intet er ændret.',
      en: 'Wrong passphrase: the file could not be opened. Check upper and lower case, and try again. Nothing was changed.',
    },
    unreadableExport: {
      da: (caseName: string, where: string) =>
        `Sikkerhedskopien er IKKE gemt: forløbet "${caseName}" indeholder data, der ikke kan læses ind igen (ved ${where}). Ret feltet, og prøv igen.`,
      en: (caseName: string, where: string) =>
        `The backup was NOT saved: the case "${caseName}" holds data that could not be read back (at ${where}). Correct the field and try again.`,
    } satisfies TextFn<[string, string]>,
    unreadableExportAll: {
      da: 'Sikkerhedskopien er IKKE gemt: filen kunne ikke læses ind igen. Prøv igen; dine data er ikke påvirket.',
      en: 'The backup was NOT saved: the file could not be read back. Try again; your data is not affected.',
    },
  },
} as const satisfies ExportTree;

type ExportTree = { readonly [key: string]: Text | TextFn<never[]> | ExportTree };
